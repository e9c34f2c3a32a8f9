using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen;

namespace CodeExecGen.Contracts.Tests.Functions;

public enum Units
{
    Celsius,
    Fahrenheit,
}

/// <summary>A record parameter: its constructor takes every property.</summary>
public sealed record Place([property: Description("City name, such as Utrecht.")] string City, string? Country = null);

/// <summary>A class parameter: settable properties.</summary>
public sealed class Window
{
    public int Days { get; set; } = 3;

    public List<string>? Fields { get; set; }
}

public sealed record Forecast(string City, double Temperature, Units Units, DateTimeOffset At, IReadOnlyList<string> Notes);

/// <summary>Function tools the tests call: every supported parameter shape, sync and async, static.</summary>
public static partial class WeatherTools
{
    /// <summary>
    /// The methods that ran in the current test's flow: a test sets a list, and each method adds its name. An
    /// AsyncLocal, since other test classes call these static functions at the same time.
    /// </summary>
    internal static readonly AsyncLocal<List<string>?> Ran = new();

    [GeminiFunction("The weather forecast for a place.", Name = "get_weather")]
    public static async Task<Forecast> GetWeatherAsync(
        Place place,
        [Description("Temperature units.")] Units units = Units.Celsius,
        Window? window = null,
        CancellationToken cancellationToken = default)
    {
        Record();
        await Task.Delay(1, cancellationToken);
        return new Forecast(place.City, units == Units.Celsius ? 11.5 : 52.7, units, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), [$"{window?.Days ?? 3} days", .. window?.Fields ?? []]);
    }

    [GeminiFunction("Adds numbers of every width.")]
    public static decimal Add(int a, long b, short c = 0, byte d = 0, uint e = 0, ulong f = 0, float g = 0, double h = 0, decimal i = 0)
    {
        Record();
        return (decimal)a + b + c + d + e + f + (decimal)g + (decimal)h + i;
    }

    [GeminiFunction("Echoes optional and nullable values.")]
    public static string Echo(string text, bool? loud = null, int[]? counts = null, TimeSpan? wait = null, DateTimeOffset? when = null, JsonElement extra = default)
    {
        Record();
        return $"{(loud == true ? text.ToUpperInvariant() : text)}|{(counts is null ? "-" : string.Join(",", counts))}|{wait?.TotalSeconds}|{when?.Year}|{(extra.ValueKind == JsonValueKind.Undefined ? "-" : extra.GetRawText())}";
    }

    [GeminiFunction("Always fails.")]
    public static void Explode()
    {
        Record();
        throw new InvalidOperationException("the sandbox is on fire");
    }

    [GeminiFunction("Waits until cancelled.")]
    public static ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        Record();
        return new(Task.Delay(Timeout.Infinite, cancellationToken));
    }

    private static void Record([CallerMemberName] string method = "") => Ran.Value?.Add(method);
}
