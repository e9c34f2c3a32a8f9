using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CodeExecGen.Conformance.Tests;

/// <summary>One JSON case of protobuf's conformance suite, as extracted into Cases/.</summary>
public sealed record ConformanceCase(string Name, string Level, string Kind, string Json, int Line)
{
    public bool IsValid => Kind != "invalid";

    public bool IgnoresUnknownFields => Kind == "valid-ignore-unknown";

    public override string ToString() => Name;

    public static IReadOnlyList<ConformanceCase> All { get; } = Load();

    private static IReadOnlyList<ConformanceCase> Load()
    {
        var path = Path.Combine(System.AppContext.BaseDirectory, "Cases", "binary_json_conformance_suite.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Select(c => new ConformanceCase(c.GetProperty("name").GetString()!, c.GetProperty("level").GetString()!, c.GetProperty("kind").GetString()!, c.GetProperty("json").GetString()!, c.GetProperty("line").GetInt32()))
            .ToArray();
    }
}
