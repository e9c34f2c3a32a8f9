using System;
using CodeExecGen;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>The functions the recorded responses call (see Samples/responses), as a user would write them.</summary>
public sealed partial class RecordedTools
{
    private readonly string _country;

    public RecordedTools(string country) => _country = country;

    [GeminiFunction("The current time.", Name = "now")]
    public static string Now() => "2026-12-02T09:00:00Z";

    [GeminiFunction("Multiply two numbers.", Name = "multiply")]
    public static long Multiply(long x, long y) => x * y;

    [GeminiFunction("The weather at a location.", Name = "weather")]
    public static string Weather(string location) => "Sunny in " + location;

    [GeminiFunction("The weather between two dates.", Name = "weather_server_get_weather")]
    public static string WeatherBetween(string location, string startDate, string endDate) => $"{location}: {startDate}..{endDate}";

    [GeminiFunction("Finds a show.", Name = "functionName")]
    public static string FindShow(string original_title, int? season = null) => original_title + (season is null ? string.Empty : " S" + season);

    [GeminiFunction("The final response which ends this conversation", Name = "final_result")]
    public string FinalResult(string city, string country) => $"{city}, {country} ({_country})";
}
