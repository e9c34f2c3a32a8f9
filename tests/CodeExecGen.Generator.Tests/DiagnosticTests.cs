using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>Each CEG0xxx, from a tiny bad schema, with its location in the schema file.</summary>
public class DiagnosticTests
{
    private const string Path = "/app/schema.json";

    private static DiagnosticResult Expect(string id, DiagnosticSeverity severity) => new(id, severity);

    private static Task Verify(string schema, string? ns, params DiagnosticResult[] expected)
    {
        var test = new GeneratorTest().WithSchema(Path, schema, ns);
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task CEG0001_truncated_json_points_at_the_end()
        => Verify(
            "{\"schemas\": {\n  \"A\": {\"type\": \"object\"",
            null,
            Expect("CEG0001", DiagnosticSeverity.Error).WithSpan(Path, 2, 25, 2, 25).WithArguments("Expected ',' or '}' in an object"));

    [Fact]
    public Task CEG0001_bad_token_points_at_it()
        => Verify(
            "{\n  \"schemas\": {\n    \"A\": {\"type\": object}\n  }\n}",
            null,
            Expect("CEG0001", DiagnosticSeverity.Error).WithSpan(Path, 3, 19, 3, 20).WithArguments("Unexpected character 'o'"));

    [Fact]
    public Task CEG0001_empty_file()
        => Verify("", null, Expect("CEG0001", DiagnosticSeverity.Error).WithSpan(Path, 1, 1, 1, 1).WithArguments("The file is empty"));

    [Fact]
    public Task CEG0002_json_array_at_the_root()
        => Verify(
            "[{\"schemas\": {}}]",
            null,
            Expect("CEG0002", DiagnosticSeverity.Error).WithSpan(Path, 1, 1, 1, 18).WithArguments("the root is not a JSON object"));

    [Fact]
    public Task CEG0002_wrong_kind()
        => Verify(
            "{\"kind\": \"storage#bucket\", \"schemas\": {}}",
            null,
            Expect("CEG0002", DiagnosticSeverity.Error).WithSpan(Path, 1, 10, 1, 26).WithArguments("'kind' is not 'discovery#restDescription'"));

    [Fact]
    public Task CEG0002_openapi_document()
        => Verify(
            "{\"openapi\": \"3.0.3\", \"components\": {}}",
            null,
            Expect("CEG0002", DiagnosticSeverity.Error).WithSpan(Path, 1, 13, 1, 20).WithArguments("OpenAPI documents are not supported yet; use the Discovery document"));

    [Fact]
    public Task CEG0002_schemas_that_are_not_an_object()
        => Verify(
            "{\"kind\": \"discovery#restDescription\", \"schemas\": []}",
            null,
            Expect("CEG0002", DiagnosticSeverity.Error).WithSpan(Path, 1, 50, 1, 52).WithArguments("'schemas' is not an object"));

    [Fact]
    public Task CEG0003_dangling_reference_points_at_the_ref()
        => Verify(
            """
            {"schemas": {"Part": {"id": "Part", "type": "object", "properties": {
              "mediaResolution": {"$ref": "MediaResolution"}
            }}}}
            """,
            null,
            Expect("CEG0003", DiagnosticSeverity.Info).WithSpan(Path, 2, 31, 2, 48).WithArguments("Part.mediaResolution", "MediaResolution"));

    [Fact]
    public Task CEG0004_collision_is_reported_on_the_renamed_property()
        => Verify(
            """
            {"schemas": {"A": {"id": "A", "type": "object", "properties": {
              "mime_type": {"type": "string"},
              "mimeType": {"type": "string"}
            }}}}
            """,
            null,
            Expect("CEG0004", DiagnosticSeverity.Info).WithSpan(Path, 2, 3, 2, 14).WithArguments("Property", "mime_type", "MimeType", "MimeType2"));

    [Fact]
    public Task CEG0005_unknown_type_and_array_without_items()
        => Verify(
            """
            {"schemas": {"A": {"id": "A", "type": "object", "properties": {
              "x": {"type": "frob"},
              "y": {"type": "array"}
            }}}}
            """,
            null,
            Expect("CEG0005", DiagnosticSeverity.Warning).WithSpan(Path, 2, 8, 2, 24).WithArguments("A.x", "type 'frob' is not supported and is typed System.Text.Json.JsonElement"),
            Expect("CEG0005", DiagnosticSeverity.Warning).WithSpan(Path, 3, 8, 3, 25).WithArguments("A.y", "an array without an 'items' schema is typed System.Text.Json.JsonElement"));

    [Fact]
    public Task CEG0006_invalid_namespace_falls_back_to_the_default()
        => Verify(
            "{\"name\": \"demo\", \"version\": \"v1\", \"schemas\": {}}",
            "My-App.1st",
            Expect("CEG0006", DiagnosticSeverity.Error).WithSpan(Path, 1, 1, 1, 1).WithArguments("My-App.1st", "Demo.V1"));

    [Fact]
    public async Task CEG0007_two_schemas_in_one_namespace()
    {
        const string schema = "{\"schemas\": {\"A\": {\"id\": \"A\", \"type\": \"object\"}}}";
        var test = new GeneratorTest().WithSchema("/app/one.json", schema, "Same").WithSchema("/app/two.json", schema, "Same");
        test.TestState.ExpectedDiagnostics.Add(Expect("CEG0007", DiagnosticSeverity.Error).WithSpan("/app/two.json", 1, 1, 1, 1).WithArguments("/app/one.json", "/app/two.json", "Same"));
        await test.RunAsync();
    }

    [Fact]
    public void CEG0011_below_CSharp_11_generates_nothing_and_says_why()
    {
        var old = GeneratorRunner.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10);
        var result = GeneratorRunner.CreateDriver([GeneratorRunner.Gemini()], out _, old)
            .RunGenerators(GeneratorRunner.CreateCompilation()).GetRunResult();
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CEG0011");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("C# 10.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GeneratorRunner.GeminiSchemaPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(GeneratorRunner.Sources(result).Keys);

        var current = GeneratorRunner.CreateDriver([GeneratorRunner.Gemini()], out _, GeneratorRunner.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11))
            .RunGenerators(GeneratorRunner.CreateCompilation()).GetRunResult();
        Assert.DoesNotContain(current.Diagnostics, d => d.Id == "CEG0011");
        Assert.True(current.GeneratedTrees.Length > 500);
    }

    [Fact]
    public void Every_descriptor_has_a_docs_page_and_a_release_entry()
    {
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(SourceDirectory(), "..", ".."));
        var unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "src", "CodeExecGen.Generator", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Diagnostics.DiagnosticDescriptors.All)
        {
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md")), descriptor.Id);
            Assert.Contains(descriptor.Id + " |", unshipped);
            Assert.EndsWith("docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
        }

        Assert.Equal(Diagnostics.DiagnosticDescriptors.All.Length, Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;
}
