using System;
using System.Collections.Generic;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// How a scalar of one <see cref="TypeRefKind"/> is spelled in C# and read and written by the runtime's
/// JSON rules. The emitters look a kind's row up here; only objects, enums, arrays and maps, whose code
/// depends on the type they name, are written case by case.
/// </summary>
/// <param name="TypeName">The C# type, without the nullable mark.</param>
/// <param name="IsValueType">True when <see cref="TypeName"/> is a struct, so null checks do not apply.</param>
/// <param name="Reader">
/// Reads a property's value at the token: <c>Reader(ref reader)</c>, or, when <see cref="ReaderMayRefuse"/>,
/// <c>Reader(ref reader, options, out var value)</c>.
/// </param>
/// <param name="ReaderMayRefuse">
/// The reader returns false for text this kind cannot hold (bad base64, a malformed timestamp), which the
/// converter then keeps raw instead of failing the whole message.
/// </param>
/// <param name="ElementReader">The runtime's <c>JsonValueReader&lt;T&gt;</c> for an array element or map value.</param>
/// <param name="PropertyWriter">Writes a property's name and value in one call, or null: the name, then <see cref="ValueWriter"/>.</param>
/// <param name="ValueWriter">The statement that writes a value (no name) held in an expression.</param>
internal sealed record ScalarKind(
    string TypeName,
    bool IsValueType,
    string Reader,
    bool ReaderMayRefuse,
    string ElementReader,
    string? PropertyWriter,
    Func<string, string> ValueWriter);

/// <summary>The rows of <see cref="ScalarKind"/>, one per scalar <see cref="TypeRefKind"/>.</summary>
internal static class ScalarKinds
{
    private static readonly ScalarKind String = new("string", false, JsonRuntime.ReadString, false, JsonRuntime.StringElement, JsonRuntime.WriteString, Call(JsonRuntime.WriteStringValue));

    private static readonly Dictionary<TypeRefKind, ScalarKind> Rows = new()
    {
        [TypeRefKind.String] = String,
        [TypeRefKind.FieldMask] = String,
        [TypeRefKind.Boolean] = new("bool", true, JsonRuntime.ReadBoolean, false, JsonRuntime.BooleanElement, JsonRuntime.WriteBoolean, Call(JsonRuntime.WriteBooleanValue)),
        [TypeRefKind.Int32] = new("int", true, JsonRuntime.ReadInt32, false, JsonRuntime.Int32Element, JsonRuntime.WriteInt32, Call(JsonRuntime.WriteInt32Value)),
        [TypeRefKind.UInt32] = new("uint", true, JsonRuntime.ReadUInt32, false, JsonRuntime.UInt32Element, JsonRuntime.WriteUInt32, Call(JsonRuntime.WriteUInt32Value)),
        // proto3 JSON writes 64-bit integers as strings; their readers take a string or a number.
        [TypeRefKind.Int64] = new("long", true, JsonRuntime.ReadInt64, false, JsonRuntime.Int64Element, null, Call(JsonRuntime.WriteInt64String)),
        [TypeRefKind.UInt64] = new("ulong", true, JsonRuntime.ReadUInt64, false, JsonRuntime.UInt64Element, null, Call(JsonRuntime.WriteUInt64String)),
        [TypeRefKind.Float] = new("float", true, JsonRuntime.ReadSingle, false, JsonRuntime.SingleElement, null, Call(JsonRuntime.WriteSingleValue)),
        [TypeRefKind.Double] = new("double", true, JsonRuntime.ReadDouble, false, JsonRuntime.DoubleElement, null, Call(JsonRuntime.WriteDoubleValue)),
        [TypeRefKind.Bytes] = new(GeneratedNames.Bytes, false, JsonRuntime.TryReadBytes, true, JsonRuntime.BytesElement, JsonRuntime.WriteBytes, Call(JsonRuntime.WriteBytesValue)),
        [TypeRefKind.Timestamp] = new(GeneratedNames.Timestamp, true, JsonRuntime.TryReadTimestamp, true, JsonRuntime.TimestampElement, null, Call(JsonRuntime.WriteStringValue, ".ToString()")),
        [TypeRefKind.Duration] = new(GeneratedNames.Duration, true, JsonRuntime.TryReadDuration, true, JsonRuntime.DurationElement, null, Call(JsonRuntime.WriteStringValue, ".ToString()")),
        // A JSON null is a value here (google.protobuf.Value), so it is read and kept.
        [TypeRefKind.Any] = new("global::System.Text.Json.JsonElement", true, JsonRuntime.ReadAny, false, JsonRuntime.AnyElement, null, value => value + ".WriteTo(writer);"),
    };

    /// <summary>The row of a scalar kind; null for an object, enum, array or map.</summary>
    public static ScalarKind? Find(TypeRefKind kind) => Rows.TryGetValue(kind, out var row) ? row : null;

    private static Func<string, string> Call(string method, string suffix = "") => value => method + "(writer, " + value + suffix + ");";
}
