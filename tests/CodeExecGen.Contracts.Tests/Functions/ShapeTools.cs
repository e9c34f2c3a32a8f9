using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CodeExecGen;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>The issue's class: C# <c>required</c> members, set only in an object initializer, and a nullable <c>init</c> one.</summary>
public sealed class Budget
{
    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public double? Tolerance { get; init; }
}

/// <summary>A positional record with a nullable value type, a default and a nullable collection.</summary>
public sealed record Stop(string Name, int? Minutes = null, IReadOnlyList<string>? Tags = null);

/// <summary>
/// A class of every kind of member: required (one of them nullable, so null is a value and absence is
/// not), settable with an initial value, init-only with one, a nested class, and a list of records.
/// </summary>
public sealed class Trip
{
    public required string Title { get; set; }

    public required string? Owner { get; init; }

    public List<Stop> Stops { get; set; } = [];

    public Budget? Budget { get; set; }

    public Units? Units { get; init; }

    public string? Note { get; init; } = "none";
}

/// <summary>A class whose constructor takes its property under a camelCase parameter name.</summary>
public sealed class Label
{
    public Label(string text, int size = 12)
    {
        Text = text;
        Size = size;
    }

    public string Text { get; }

    public int Size { get; }
}

/// <summary>
/// One function per family of parameter shapes, for the agreement property (FunctionAgreementTests). Each
/// answers with what it was given, so a test can also see what an explicit null bound to.
/// </summary>
public static partial class ShapeTools
{
    [GeminiFunction("Takes a budget.")]
    public static string Budget(Budget budget) => $"{budget.Amount} {budget.Currency} ±{Show(budget.Tolerance)}";

    [GeminiFunction("Takes stops.")]
    public static string Stops(List<Stop> stops) => string.Join("; ", stops.Select(Show));

    [GeminiFunction("Takes a trip.")]
    public static string Trip(Trip trip)
        => $"{trip.Title} by {Show(trip.Owner)} [{string.Join("; ", trip.Stops.Select(Show))}] budget={Show(trip.Budget?.Amount)} units={Show(trip.Units)} note={Show(trip.Note)}";

    [GeminiFunction("Takes scalars, nullable and with defaults.")]
    public static string Scalars(int? count = null, string? label = null, bool flag = false, Units? unit = null, double ratio = 1, DateTimeOffset? at = null, TimeSpan? wait = null, byte small = 7, ulong big = 0, decimal? price = null)
        => $"{Show(count)}|{Show(label)}|{flag}|{Show(unit)}|{ratio}|{Show(at?.Year)}|{Show(wait?.TotalSeconds)}|{small}|{big}|{Show(price)}";

    [GeminiFunction("Takes nested and nullable collections.")]
    public static string Grid(long[][] grid, List<string?>? names = null, int?[]? slots = null, IReadOnlyList<Point>? points = null)
        => $"{string.Join("/", grid.Select(r => string.Join(",", r)))}|{(names is null ? "-" : string.Join(",", names.Select(Show)))}|{(slots is null ? "-" : string.Join(",", slots.Select(Show)))}|{points?.Count}";

    [GeminiFunction("Takes any JSON.")]
    public static string Any(JsonElement value, JsonElement? maybe = null) => $"{value.ValueKind}|{Show(maybe?.ValueKind)}";

    [GeminiFunction("Takes labels.")]
    public static string Labels(Label label, Label[]? more = null) => $"{label.Text}:{label.Size}|{more?.Length}";

    private static string Show(Stop stop) => $"{stop.Name} {Show(stop.Minutes)} {(stop.Tags is null ? "-" : string.Join(",", stop.Tags))}";

    private static string Show<T>(T value) => value?.ToString() ?? "null";
}
