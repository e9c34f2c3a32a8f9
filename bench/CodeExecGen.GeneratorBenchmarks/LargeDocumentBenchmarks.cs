using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CodeExecGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>
/// One whole generator run (read, bind, emit every file) per operation, in a fresh driver, on the
/// largest documents: Gemini's own, Compute Engine v1 (the largest in the tests), and Gemini's schemas
/// replicated under new names to 4 MB (Compute Engine's size today) and to just under the 16 Mi limit.
/// </summary>
/// <remarks>Its figures are docs/performance.md's "Whole documents" table (bench/report/run.sh), which docs/reliability.md points to.</remarks>
[MemoryDiagnoser]
public class LargeDocumentBenchmarks
{
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create("Consumer", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private SchemaItem _schema = null!;

    [Params("gemini", "compute-v1", "synthetic-4MB", "synthetic-16Mi")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var gemini = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "generativelanguage.v1beta.json"));
        var text = Document switch
        {
            "gemini" => gemini,
            "compute-v1" => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "compute-v1.json")),
            "synthetic-4MB" => Replicate(gemini, 4_000_000),
            _ => Replicate(gemini, 16 * 1024 * 1024 - 100_000),
        };
        Console.WriteLine($"// {Document}: {text.Length:N0} characters");
        _schema = SchemaItem.Create(text, "Large");
    }

    [Benchmark]
    public int Generate()
    {
        var driver = CSharpGeneratorDriver.Create([new CodeExecGenGenerator().AsSourceGenerator()], [_schema.File], optionsProvider: _schema.Options);
        return driver.RunGenerators(Empty).GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>Copies of every Gemini schema under new names (each copy's references kept inside it), up to about <paramref name="length"/> characters.</summary>
    private static string Replicate(string gemini, int length)
    {
        var document = JsonNode.Parse(gemini)!.AsObject();
        document["name"] = "synthetic";
        var schemas = document["schemas"]!.AsObject();
        var originals = schemas.Select(p => (p.Key, Text: p.Value!.ToJsonString())).ToList();
        var size = document.ToJsonString().Length;
        for (var copy = 2; ; copy++)
        {
            foreach (var (name, text) in originals)
            {
                var renamed = text
                    .Replace("\"$ref\":\"", "\"$ref\":\"C" + copy + "_", StringComparison.Ordinal)
                    .Replace("\"id\":\"" + name + "\"", "\"id\":\"C" + copy + "_" + name + "\"", StringComparison.Ordinal);
                size += renamed.Length + name.Length + 8;
                if (size > length)
                {
                    return document.ToJsonString();
                }

                schemas["C" + copy + "_" + name] = JsonNode.Parse(renamed);
            }
        }
    }
}
