using System;
using System.Text.Json;
using CodeExecGen;
using Gemini;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>A record whose every member is a required value type: left out, none may bind as its default.</summary>
public sealed record Reading(
    int Count,
    long Total,
    ulong Size,
    double Mean,
    float Ratio,
    decimal Price,
    bool Valid,
    Units Unit,
    DateTimeOffset At,
    TimeSpan Span,
    GoogleTimestamp Stamp,
    GoogleDuration Wait);

/// <summary>A class with a C# <c>required</c> property and an <c>init</c> one: both only settable in an object initializer.</summary>
public sealed class Settings
{
    public required int Level { get; set; }

    public string Name { get; init; } = "unnamed";
}

/// <summary>A struct argument: a value type made of value types.</summary>
public readonly record struct Point(int X, int Y);

/// <summary>
/// One function per kind of required value-type parameter. A value type has a default (0, false, the
/// first enum member) that the method could silently run with; <see cref="Runs"/> tells whether it ran.
/// </summary>
public sealed partial class RequiredValueTools
{
    /// <summary>How many calls reached a method.</summary>
    public int Runs { get; private set; }

    [GeminiFunction("Adds two integers.")]
    public int Add(int a, int b) => Ran(a + b);

    [GeminiFunction("Takes a short.")]
    public short Short(short value) => Ran(value);

    [GeminiFunction("Takes a long.")]
    public long Long(long value) => Ran(value);

    [GeminiFunction("Takes an unsigned int.")]
    public uint UInt(uint value) => Ran(value);

    [GeminiFunction("Takes an unsigned long.")]
    public ulong ULong(ulong value) => Ran(value);

    [GeminiFunction("Takes a double.")]
    public double Double(double value) => Ran(value);

    [GeminiFunction("Takes a float.")]
    public float Float(float value) => Ran(value);

    [GeminiFunction("Takes a decimal.")]
    public decimal Decimal(decimal value) => Ran(value);

    [GeminiFunction("Takes a bool.")]
    public bool Bool(bool value) => Ran(value);

    [GeminiFunction("Takes an enum.")]
    public Units Enum(Units value) => Ran(value);

    [GeminiFunction("Takes a date-time.")]
    public DateTimeOffset Date(DateTimeOffset value) => Ran(value);

    [GeminiFunction("Takes a time span.")]
    public TimeSpan Span(TimeSpan value) => Ran(value);

    [GeminiFunction("Takes a Google timestamp.")]
    public GoogleTimestamp Timestamp(GoogleTimestamp value) => Ran(value);

    [GeminiFunction("Takes a Google duration.")]
    public GoogleDuration Duration(GoogleDuration value) => Ran(value);

    [GeminiFunction("Takes an optional Google timestamp and duration.")]
    public string Optional(GoogleTimestamp? at, GoogleDuration? wait = null) => Ran((at?.ToString() ?? "-") + "|" + (wait?.ToString() ?? "-"));

    [GeminiFunction("Takes any JSON.")]
    public JsonElement Json(JsonElement value) => Ran(value);

    [GeminiFunction("Takes a struct.")]
    public Point Struct(Point value) => Ran(value);

    [GeminiFunction("Takes a record of value types.")]
    public Reading Record(Reading reading) => Ran(reading);

    [GeminiFunction("Takes settings.")]
    public string Configure(Settings settings) => Ran(settings.Name + ":" + settings.Level);

    private T Ran<T>(T value)
    {
        Runs++;
        return value;
    }
}
