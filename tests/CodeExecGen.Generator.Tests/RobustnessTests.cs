using System;
using System.Linq;
using CodeExecGen.Generator.Read.Json;
using CodeExecGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>The generator never throws: damaged schemas give diagnostics, never CS8785.</summary>
public class RobustnessTests
{
    [Fact]
    public void Corrupted_overlays_never_crash_the_generator()
    {
        var overlay = System.IO.File.ReadAllText(System.IO.Path.Combine(SourceDirectory(), "..", "..", "schema", "generativelanguage.v1beta.overlay.json"));
        var random = new Random(5117);

        // Each case compiles the whole Gemini output, so a dozen: every kind of damage three times.
        for (var i = 0; i < 12; i++)
        {
            var damaged = (i % 4) switch
            {
                0 => overlay.Substring(0, random.Next(overlay.Length)),
                1 => Replace(overlay, random.Next(overlay.Length), "\"}]{[,:"[random.Next(7)].ToString()),
                2 => overlay.Replace("\"Part\"", "\"CodeExecutionResult\"").Replace("\"outcome\"", "\"output\""),
                _ => Replace(overlay, random.Next(overlay.Length), "\"members\": 3, \"success\": [null], "),
            };
            var result = GeneratorRunner.Run(
                GeneratorRunner.Gemini() with { Overlay = "gemini.overlay.json" },
                new SchemaInput("/project/schema/gemini.overlay.json", damaged, IsSchema: false));
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8784" or "CS8785");
            var errors = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            Assert.True(errors.Count == 0, $"case {i}: " + string.Join("\n", errors.Take(3)));
        }
    }

    [Fact]
    public void Very_deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var parsed = JsonParser.Parse(deep);
        Assert.Null(parsed.Root);
        Assert.Contains("nested deeper", parsed.Error);

        var result = GeneratorRunner.Run(GeneratorRunner.Gemini() with { Text = "{\"schemas\": " + deep + "}" });
        Assert.Equal("CEG0001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_document_longer_than_the_limit_is_an_error_at_the_limit_and_one_at_the_limit_is_read()
    {
        var atLimit = "{\"schemas\": {}, \"description\": \"" + new string('x', JsonParser.MaxLength - 34) + "\"}";
        Assert.Equal(JsonParser.MaxLength, atLimit.Length);
        Assert.NotNull(JsonParser.Parse(atLimit).Root);

        var longer = atLimit.Insert(20, " ");
        var result = GeneratorRunner.Run(GeneratorRunner.Gemini() with { Text = longer });
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CEG0001", diagnostic.Id);
        Assert.Contains("longer than 16 Mi characters", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(JsonParser.MaxLength, diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void Wrongly_shaped_but_valid_json_gives_diagnostics_and_still_generates_what_it_can()
    {
        const string schema = """
            {"schemas": {
              "Good": {"id": "Good", "type": "object", "properties": {"n": {"type": "integer", "format": "int32"}}},
              "Odd": {"id": "Odd", "type": "object", "properties": {"p": 42, "q": {"type": "array", "items": 7}, "r": {"type": "string", "enum": [1, "A", "A"]}}},
              "Alias": {"id": "Alias", "type": "string"},
              "Num": 3
            }}
            """;
        var result = GeneratorRunner.Run(new SchemaInput("/s.json", schema, "Ns"));
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var sources = GeneratorRunner.Sources(result);
        Assert.Contains("Ns.Good.g.cs", sources.Keys);
        Assert.Contains("Ns.Odd.g.cs", sources.Keys);
        Assert.All(result.Diagnostics, d => Assert.Equal("CEG0005", d.Id));
        Assert.Equal(5, result.Diagnostics.Length); // "Alias" is a string alias: references take its type

        Assert.Empty(GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Select(d => d.ToString()));
    }

    /// <summary>The documents in TestSchemas/others, and every document in CODEEXECGEN_MORE_DISCOVERY_DOCUMENTS (a directory) for a longer run.</summary>
    public static TheoryData<string> OtherDocuments
    {
        get
        {
            var files = System.IO.Directory.GetFiles(System.IO.Path.Combine(SourceDirectory(), "TestSchemas", "others"), "*.json").Select(System.IO.Path.GetFileName).OfType<string>();
            if (Environment.GetEnvironmentVariable("CODEEXECGEN_MORE_DISCOVERY_DOCUMENTS") is { Length: > 0 } more)
            {
                files = files.Concat(System.IO.Directory.GetFiles(more, "*.json"));
            }

            return new(files.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(OtherDocuments))]
    public void Other_Google_discovery_documents_generate_code_that_compiles(string file)
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.IsPathRooted(file) ? file : System.IO.Path.Combine(SourceDirectory(), "TestSchemas", "others", file));
        var result = GeneratorRunner.Run(new SchemaInput("/project/" + System.IO.Path.GetFileName(file), text, "Other.Api"));
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.True(GeneratorRunner.Sources(result).Count >= 2, file); // at least ModelJson and its resolver (a methods-only document has no types)
        var hintNames = GeneratorRunner.Sources(result).Keys.ToList();
        Assert.Equal(hintNames.Count, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // Only CEG0005 (the 'variant' construct) and CEG0004 are expected; everything else is modelled.
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Id, new[] { "CEG0004", "CEG0005" }));
        var errors = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
    }

    [Fact]
    public void Names_that_differ_only_by_case_get_distinct_files_and_a_document_without_schemas_generates()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(SourceDirectory(), "TestSchemas", "others", "codeexecgen__unusual-v1.json"));
        var result = GeneratorRunner.Run(new SchemaInput("/project/unusual.json", text, "Unusual"));
        var names = GeneratorRunner.Sources(result).Keys.Where(k => k.Contains("HealthCheck")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Unusual.HTTPHealthCheck.g.cs", "Unusual.HttpHealthCheck2.g.cs", "Unusual.Serialization.HTTPHealthCheckConverter.g.cs", "Unusual.Serialization.HttpHealthCheck2Converter.g.cs" }, names);
        Assert.Contains(result.Diagnostics, d => d.Id == "CEG0004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("HttpHealthCheck"));

        var methodsOnly = System.IO.File.ReadAllText(System.IO.Path.Combine(SourceDirectory(), "TestSchemas", "others", "codeexecgen__methods-only-v1.json"));
        var empty = GeneratorRunner.Run(new SchemaInput("/project/methods.json", methodsOnly, "MethodsOnly"));
        Assert.Empty(empty.Diagnostics);
        Assert.Contains("MethodsOnly.Serialization.ModelJsonResolver.g.cs", GeneratorRunner.Sources(empty).Keys);
    }

    [Fact]
    public void Empty_and_ten_thousand_character_names_generate_code_that_compiles()
    {
        var longName = new string('n', 10_000);
        var schema = """
            {"schemas": {
              "": {"id": "", "type": "object", "properties": {"a": {"type": "string"}}},
              "LONG": {"id": "LONG", "type": "object", "properties": {
                "LONG": {"type": "string", "enum": ["LONG", "", "LONGx"]},
                "": {"$ref": "LONG"},
                "b": {"$ref": ""}}}
            }}
            """.Replace("LONG", longName);
        var result = GeneratorRunner.Run(new SchemaInput("/long.json", schema, "Long"));
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.All(GeneratorRunner.Sources(result).Keys, hint => Assert.True(hint.Length < 300, hint[..Math.Min(80, hint.Length)]));
        var errors = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(3).Select(e => e.Length > 300 ? e.Substring(0, 300) : e)));
    }

    [Fact]
    public void Alias_schemas_give_their_type_to_references()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(SourceDirectory(), "TestSchemas", "others", "go-generator-testdata__variants.json"));
        var model = CodeExecGen.Generator.Bind.Binder.ReadAndBind("/v.json", text, "V").Model!;
        var lineString = model.Types.OfType<CodeExecGen.Generator.Model.ObjectTypeSpec>().Single(t => t.Name == "GeoJsonLineString");
        var coordinates = lineString.Properties.Single(p => p.JsonName == "coordinates").Type;
        Assert.Equal(CodeExecGen.Generator.Model.TypeRef.ArrayOf(CodeExecGen.Generator.Model.TypeRef.ArrayOf(CodeExecGen.Generator.Model.TypeRef.Of(CodeExecGen.Generator.Model.TypeRefKind.Double))), coordinates);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;

    private static string Replace(string text, int at, string insert) => text.Substring(0, at) + insert + text.Substring(Math.Min(text.Length, at + insert.Length));
}
