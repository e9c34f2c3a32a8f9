using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>The overlay: found through metadata, applied, and every problem in it reported where it is.</summary>
public class OverlayTests
{
    private const string SchemaPath = "/app/schema.json";
    private const string OverlayPath = "/app/schema.overlay.json";

    private const string Schema = """
        {"schemas": {
          "Part": {"id": "Part", "type": "object", "properties": {"text": {"type": "string"}, "code": {"type": "string"}}},
          "Result": {"id": "Result", "type": "object", "properties": {
            "outcome": {"type": "string", "enum": ["OUTCOME_UNSPECIFIED", "OUTCOME_OK"]},
            "output": {"type": "string"}, "size": {"type": "integer", "format": "int32"}}}
        }}
        """;

    [Fact]
    public void A_custom_overlay_adds_a_union_guard_factories_and_renames_that_compile()
    {
        var result = Run("union");
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var sources = GeneratorRunner.Sources(result);
        Snapshot.Match("Rules/union", sources.Where(s => s.Key.StartsWith("Rules.Union.", StringComparison.Ordinal) && !s.Key.Contains(".Serialization.") && !s.Key.EndsWith(".Support.g.cs", StringComparison.Ordinal)).ToDictionary(s => s.Key, s => s.Value));
        Assert.Contains("public string? Colour", sources["Rules.Union.Shape.g.cs"]);
        Assert.Contains("public bool IsSuccess => Status is global::Rules.Union.ResultStatus.Ok or global::Rules.Union.ResultStatus.Partial;", sources["Rules.Union.Result.g.cs"]);
        var compileErrors = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Select(d => d.ToString()).ToList();
        Assert.True(compileErrors.Count == 0, string.Join("\n", compileErrors));
    }

    [Fact]
    public void The_Gemini_document_gets_the_shipped_overlay_unless_told_none()
    {
        var withDefault = Binder.ReadAndBind(GeneratorRunner.GeminiSchemaPath, GeneratorRunner.GeminiSchemaText, null).Model!;
        Assert.NotNull(withDefault.Types.OfType<ObjectTypeSpec>().Single(t => t.Name == "Part").Union);
        Assert.Contains(withDefault.SupportFiles, f => f.File == "CodeExecutionSteps");

        var without = Binder.ReadAndBind(GeneratorRunner.GeminiSchemaPath, GeneratorRunner.GeminiSchemaText, null, new OverlaySource("none", null, null)).Model!;
        Assert.Null(without.Types.OfType<ObjectTypeSpec>().Single(t => t.Name == "Part").Union);
        Assert.DoesNotContain(without.Types, t => t.Name == "PartKind");
    }

    [Fact]
    public void The_shipped_overlay_is_the_file_in_schema()
    {
        var shipped = OverlayReader.BuiltInGeminiOverlay();
        var inRepository = File.ReadAllText(Path.Combine(SourceDirectory(), "..", "..", "schema", "generativelanguage.v1beta.overlay.json"));
        Assert.Equal(inRepository, shipped);
    }

    [Fact]
    public Task CEG0008_invalid_json()
        => Verify("{\"unions\": [", Expect("CEG0008", DiagnosticSeverity.Error).WithSpan(OverlayPath, 1, 13, 1, 13).WithArguments("Unexpected end of the JSON document"));

    [Fact]
    public Task CEG0008_wrong_shapes()
        => Verify(
            """
            {"unions": [{"schema": "Part", "members": "text"}],
             "extras": []}
            """,
            Expect("CEG0008", DiagnosticSeverity.Error).WithSpan(OverlayPath, 1, 43, 1, 49).WithArguments("'members' must be an array of strings"),
            Expect("CEG0008", DiagnosticSeverity.Error).WithSpan(OverlayPath, 2, 2, 2, 10).WithArguments("'extras' is not an overlay section (unions, guards, factories, renames)"));

    [Fact]
    public Task CEG0009_entries_that_do_not_fit_the_schema()
        => Verify(
            """
            {"unions": [{"schema": "Nope", "members": ["x"]}, {"schema": "Part", "members": ["text", "missing"]}],
             "guards": [{"schema": "Result", "property": "output", "guard": "size", "success": ["1"]},
                        {"schema": "Result", "property": "output", "guard": "outcome", "success": ["OUTCOME_GOOD"]}]}
            """,
            Expect("CEG0009", DiagnosticSeverity.Warning).WithSpan(OverlayPath, 1, 24, 1, 30).WithArguments("the schema has no object type 'Nope'"),
            Expect("CEG0009", DiagnosticSeverity.Warning).WithSpan(OverlayPath, 1, 90, 1, 99).WithArguments("'Part' has no property 'missing'"),
            Expect("CEG0009", DiagnosticSeverity.Warning).WithSpan(OverlayPath, 2, 65, 2, 71).WithArguments("the guard 'size' must be an enum property"),
            Expect("CEG0009", DiagnosticSeverity.Warning).WithSpan(OverlayPath, 3, 88, 3, 102).WithArguments("'OUTCOME_GOOD' is not a value of ResultOutcome"));

    [Fact]
    public async Task CEG0010_overlay_that_is_not_an_additional_file()
    {
        var test = new GeneratorTest();
        test.TestState.AdditionalFiles.Add((SchemaPath, Schema));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n[" + SchemaPath + "]\nbuild_metadata.AdditionalFiles.CodeExecGenSchema = true\nbuild_metadata.AdditionalFiles.CodeExecGenOverlay = missing.overlay.json\n"));
        test.TestState.ExpectedDiagnostics.Add(Expect("CEG0010", DiagnosticSeverity.Error).WithSpan(SchemaPath, 1, 1, 1, 1).WithArguments("missing.overlay.json"));
        await test.RunAsync();
    }

    private static Task Verify(string overlay, params DiagnosticResult[] expected)
    {
        var test = new GeneratorTest();
        test.TestState.AdditionalFiles.Add((SchemaPath, Schema));
        test.TestState.AdditionalFiles.Add((OverlayPath, overlay));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n[" + SchemaPath + "]\nbuild_metadata.AdditionalFiles.CodeExecGenSchema = true\nbuild_metadata.AdditionalFiles.CodeExecGenOverlay = schema.overlay.json\n"));
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expect(string id, DiagnosticSeverity severity) => new(id, severity);

    private static GeneratorDriverRunResult Run(string name)
    {
        var directory = Path.Combine(SourceDirectory(), "TestSchemas");
        return GeneratorRunner.Run(
            new SchemaInput("/project/" + name + ".json", File.ReadAllText(Path.Combine(directory, name + ".json")), "Rules.Union", Overlay: name + ".overlay.json"),
            new SchemaInput("/project/" + name + ".overlay.json", File.ReadAllText(Path.Combine(directory, name + ".overlay.json")), IsSchema: false));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
