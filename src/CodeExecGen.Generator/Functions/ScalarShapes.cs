using System;
using System.Collections.Generic;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Functions;

/// <summary>
/// A C# type a function tool binds as one JSON value: its <see cref="ShapeKind"/>, the range the schema
/// states and the dispatcher checks, the <c>FunctionArguments</c> reader named after it, and how a value
/// is written back.
/// </summary>
/// <param name="Kind">What the value is on the wire (every integer up to 32 bits is an <see cref="ShapeKind.Int32"/>).</param>
/// <param name="Name">
/// The <c>FunctionArguments</c> member that reads it (<c>arguments.Int16(json, path, out value)</c>), and the
/// name its array helpers take (<c>ReadInt16List</c>).
/// </param>
/// <param name="Write">The statement that writes a value: given the value and the <c>FunctionArguments</c> type.</param>
internal sealed record ScalarShape(ShapeKind Kind, string Name, Func<string, string, string> Write, string? Minimum = null, string? Maximum = null);

/// <summary>
/// The rows of <see cref="ScalarShape"/>, keyed by the C# type as the parser spells it (fully qualified,
/// keywords for the special types): what the parser recognises, and what the emitter reads and writes.
/// </summary>
internal static class ScalarShapes
{
    private static readonly Func<string, string, string> WriteNumber = Writer("WriteNumberValue");

    /// <summary>Google's value types write their wire form with <c>ToString</c>.</summary>
    private static readonly Func<string, string, string> WriteText = Writer("WriteStringValue", ".ToString()");

    private static readonly Dictionary<string, ScalarShape> Rows = new(StringComparer.Ordinal)
    {
        ["string"] = new(ShapeKind.String, "String", Writer("WriteStringValue")),
        ["bool"] = new(ShapeKind.Boolean, "Boolean", Writer("WriteBooleanValue")),
        ["sbyte"] = new(ShapeKind.Int32, "SByte", WriteNumber, "-128", "127"),
        ["byte"] = new(ShapeKind.Int32, "Byte", WriteNumber, "0", "255"),
        ["short"] = new(ShapeKind.Int32, "Int16", WriteNumber, "-32768", "32767"),
        ["ushort"] = new(ShapeKind.Int32, "UInt16", WriteNumber, "0", "65535"),
        ["int"] = new(ShapeKind.Int32, "Int32", WriteNumber, "-2147483648", "2147483647"),
        ["uint"] = new(ShapeKind.Int64, "UInt32", WriteNumber, "0", "4294967295"),
        ["long"] = new(ShapeKind.Int64, "Int64", WriteNumber, "-9223372036854775808", "9223372036854775807"),
        ["ulong"] = new(ShapeKind.UInt64, "UInt64", WriteNumber),
        ["double"] = new(ShapeKind.Double, "Double", WriteNumber),
        ["float"] = new(ShapeKind.Single, "Single", WriteNumber),
        ["decimal"] = new(ShapeKind.Decimal, "Decimal", WriteNumber),
        ["global::System.DateTimeOffset"] = WrittenByArguments(ShapeKind.DateTimeOffset, "DateTimeOffset"),
        ["global::System.TimeSpan"] = WrittenByArguments(ShapeKind.TimeSpan, "TimeSpan"),
        ["global::System.Text.Json.JsonElement"] = WrittenByArguments(ShapeKind.Json, "Json"),
        [GeneratedNames.Timestamp] = new(ShapeKind.Timestamp, "Timestamp", WriteText),
        [GeneratedNames.Duration] = new(ShapeKind.Duration, "Duration", WriteText),
    };

    /// <summary>The row of a C# type, or null when it is not a scalar a function tool binds.</summary>
    public static ScalarShape? Find(string typeName) => Rows.TryGetValue(typeName, out var row) ? row : null;

    /// <summary>The row of a scalar shape the parser made.</summary>
    public static ScalarShape Of(ValueShape shape) => Rows[shape.TypeName];

    private static Func<string, string, string> Writer(string method, string suffix = "") => (value, _) => "writer." + method + "(" + value + suffix + ");";

    /// <summary>A form <c>Utf8JsonWriter</c> has no method for: <c>FunctionArguments</c> writes it, as <c>Write</c> and the name.</summary>
    private static ScalarShape WrittenByArguments(ShapeKind kind, string name) => new(kind, name, (value, arguments) => arguments + ".Write" + name + "(writer, " + value + ");");
}
