using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>The typed client: which methods it gets, how they are named and ordered, and what it refuses.</summary>
public class ClientTests
{
    private const string Path = "/app/api.json";

    // Untrusted text everywhere: names, paths and patterns that try to break out of literals and comments.
    private const string Hostile = """
        {
          "kind": "discovery#restDescription", "name": "myApi", "version": "v1",
          "rootUrl": "https://example.test/", "servicePath": "svc/",
          "schemas": {
            "Thing": {"id": "Thing", "type": "object", "properties": {"name": {"type": "string"}}},
            "MyApiClient": {"id": "MyApiClient", "type": "object"}
          },
          "resources": {
            "things\"; System.Environment.Exit(1); //": {
              "methods": {
                "get": {"httpMethod": "GET", "path": "v1/{+name}\"+\"x", "description": "*/ </summary> \n#error boom",
                  "parameters": {"name": {"location": "path", "type": "string", "required": true, "pattern": "^things/[^/\"]+$", "description": "</param>\u2028#error"}},
                  "response": {"$ref": "Thing"}},
                "badTemplate": {"httpMethod": "GET", "path": "v1/{other}", "parameters": {"name": {"location": "path", "type": "string"}}, "response": {"$ref": "Thing"}},
                "badPattern": {"httpMethod": "GET", "path": "v1/{+name}", "parameters": {"name": {"location": "path", "type": "string", "pattern": "^(unclosed$"}}, "response": {"$ref": "Thing"}},
                "badVerb": {"httpMethod": "GET X", "path": "v1/x", "response": {"$ref": "Thing"}},
                "objectQuery": {"httpMethod": "GET", "path": "v1/x", "parameters": {"filter": {"location": "query", "$ref": "Thing"}}, "response": {"$ref": "Thing"}},
                "repeatedQuery": {"httpMethod": "GET", "path": "v1/x", "parameters": {"ids": {"location": "query", "type": "integer", "format": "uint32", "repeated": true}, "class": {"location": "query", "type": "string", "required": true}}, "response": {"$ref": "Thing"}},
                "missingType": {"httpMethod": "POST", "path": "v1/x", "request": {"$ref": "Nowhere"}, "response": {"$ref": "Thing"}},
                "byFlag": {"httpMethod": "DELETE", "path": "v1/{flag}/{count}", "parameters": {"flag": {"location": "path", "type": "boolean", "required": true}, "count": {"location": "path", "type": "integer", "format": "int64", "required": true}}}
              }
            }
          }
        }
        """;

    private static SchemaModel Bind(string text, string? client = "true", string? roots = null, List<Generator.Diagnostics.DiagnosticInfo>? diagnostics = null)
    {
        var result = Binder.ReadAndBind(Path, text, "T", null, new BindOptions(null, roots, client));
        diagnostics?.AddRange(result.Diagnostics);
        return result.Model!;
    }

    private static IEnumerable<MethodSpec> Methods(ClientSpec client)
    {
        IEnumerable<ResourceSpec> All(IEnumerable<ResourceSpec> resources) => resources.SelectMany(r => new[] { r }.Concat(All(r.Resources)));
        return All(client.Resources).SelectMany(r => r.Methods);
    }

    [Fact]
    public void A_schema_item_has_no_client_unless_it_asks()
    {
        var sources = GeneratorRunner.Sources(GeneratorRunner.Run(GeneratorRunner.Gemini() with { Client = null }));
        Assert.DoesNotContain(sources.Keys, k => k.EndsWith(".Client.g.cs", System.StringComparison.Ordinal));
        Assert.DoesNotContain("Gemini.ApiTransport.Support.g.cs", sources.Keys);
        Assert.DoesNotContain("Gemini.GoogleApiException.Support.g.cs", sources.Keys);
    }

    [Fact]
    public void An_unknown_knob_value_is_CEG0012_and_no_client()
    {
        var diagnostics = new List<Generator.Diagnostics.DiagnosticInfo>();
        var model = Bind(GeneratorRunner.GeminiSchemaText, "yes", diagnostics: diagnostics);
        Assert.Null(model.Client);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "CEG0012");
        Assert.Equal(["CodeExecGenClient", "yes", "true, false", "false"], diagnostic.Arguments);
    }

    [Fact]
    public void The_gemini_client_follows_the_document()
    {
        var client = Bind(GeneratorRunner.GeminiSchemaText).Client!;
        Assert.Equal("GenerativeLanguageClient", client.Name);
        Assert.Equal("https://generativelanguage.googleapis.com/", client.RootUrl);
        Assert.Equal(
            ["AuthTokens", "Batches", "CachedContents", "Corpora", "Dynamic", "FileSearchStores", "Files", "GeneratedFiles", "Media", "Models", "TunedModels"],
            client.Resources.Select(r => r.PropertyName));

        var methods = Methods(client).ToList();
        Assert.Equal(80, methods.Count); // every method of the document
        var generate = methods.Single(m => m.WireId == "models.generateContent");
        Assert.Equal(("GenerateContentAsync", "POST", "v1beta/{+model}:generateContent", "GenerateContentRequest", "GenerateContentResponse", false),
            (generate.Name, generate.HttpMethod, generate.Path, generate.RequestType, generate.ResponseType, generate.Streams));
        var model = Assert.Single(generate.Parameters);
        Assert.Equal(("model", true, "^models/[^/]+$", "models/"), (model.Name, model.InPath, model.Pattern, model.BarePrefix));

        // The binder cuts the path and names the patterns; the emitter only prints them.
        Assert.Equal([PathSegment.Literal("v1beta/"), PathSegment.Variable(0, reserved: true), PathSegment.Literal(":generateContent")], generate.PathSegments);
        Assert.Equal(new PatternSpec(model.PatternName!, model.Pattern!), client.Patterns.Single(p => p.Name == model.PatternName));
        Assert.Equal(client.Patterns.Count, client.Patterns.Select(p => p.Expression).Distinct().Count());
        Assert.True(methods.Single(m => m.WireId == "models.streamGenerateContent").Streams);
        Assert.Equal(3, methods.Count(m => m.Streams));

        // Path parameters first, then optional query parameters by name (the document's order is shuffled between revisions).
        Assert.Equal(["name", "filter", "pageSize", "pageToken", "returnPartialSuccess"], methods.Single(m => m.WireId == "models.operations.list").Parameters.Select(p => p.Name));
        Assert.Null(methods.Single(m => m.WireId == "batches.list").Parameters[0].BarePrefix);
    }

    [Fact]
    public void Root_types_keep_only_the_methods_whose_types_are_generated()
    {
        var client = Bind(GeneratorRunner.GeminiSchemaText, roots: "GenerateContentRequest;GenerateContentResponse").Client!;
        Assert.Equal(["Dynamic", "Models", "TunedModels"], client.Resources.Select(r => r.PropertyName));
        Assert.All(client.Resources, r => Assert.Equal(["GenerateContentAsync", "StreamGenerateContentAsync"], r.Methods.Select(m => m.Name)));
    }

    [Fact]
    public void A_document_without_a_root_url_or_methods_has_no_client()
    {
        Assert.Null(Bind("""{"name": "a", "schemas": {"A": {"type": "object"}}, "resources": {"as": {"methods": {"get": {"httpMethod": "GET", "path": "v1/a", "response": {"$ref": "A"}}}}}}""").Client);
        Assert.Null(Bind("""{"name": "a", "rootUrl": "https://a.test/", "schemas": {"A": {"type": "object"}}}""").Client);
        Assert.Null(Bind("""{"name": "a", "rootUrl": "file:///etc/", "schemas": {"A": {"type": "object"}}, "resources": {"as": {"methods": {"get": {"httpMethod": "GET", "path": "v1/a", "response": {"$ref": "A"}}}}}}""").Client);
    }

    [Fact]
    public void Methods_the_client_cannot_call_are_skipped_with_CEG0005_at_their_place()
    {
        var diagnostics = new List<Generator.Diagnostics.DiagnosticInfo>();
        var client = Bind(Hostile, diagnostics: diagnostics).Client!;

        var methods = Methods(client).ToList();
        Assert.Equal(["BadPatternAsync", "ByFlagAsync", "GetAsync", "RepeatedQueryAsync"], methods.Select(m => m.Name));
        var warnings = diagnostics.Where(d => d.Id == "CEG0005").Select(d => (d.Arguments[0], d.Location!.StartLine + 1)).ToList();
        var resource = "things\"; System.Environment.Exit(1); //";
        Assert.Equal(
            [
                (resource + ".badPattern.name", 15),
                (resource + ".badTemplate", 14),
                (resource + ".badVerb", 16),
                (resource + ".objectQuery.filter", 17),
            ],
            warnings.OrderBy(w => w.Item1, System.StringComparer.Ordinal));
        Assert.Null(methods[0].Parameters.Single().Pattern);
        Assert.Null(methods[1].ResponseType);

        // The client's name was taken by a schema: it gets the next free one, reported.
        Assert.Equal("MyApiClient2", client.Name);
        Assert.Contains(diagnostics, d => d.Id == "CEG0004" && d.Arguments.Contains("MyApiClient2"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hostile_names_paths_and_docs_compile_warning_free(bool net8)
    {
        var result = GeneratorRunner.Run(new SchemaInput(Path, Hostile, "T", Client: "true"));
        var client = GeneratorRunner.Sources(result)["T.MyApiClient2.Client.g.cs"];
        Assert.DoesNotContain("\n#error", client);
        Assert.Contains("\"v1/\" + global::CodeExecGen.Http.ApiTransport.ExpandReserved(", client);
        Assert.Contains("global::CodeExecGen.Http.ApiTransport.ExpandSimple((flag ? \"true\" : \"false\")) + \"/\" + global::CodeExecGen.Http.ApiTransport.ExpandSimple(count.ToString(global::System.Globalization.CultureInfo.InvariantCulture))", client);
        Assert.Contains("public global::System.Threading.Tasks.Task ByFlagAsync(bool flag, long count, ", client);
        var references = net8 ? CodeExecGen.Tests.TestReferences.Net80 : CodeExecGen.Tests.TestReferences.Net100;
        var problems = GeneratorRunner.CompileGenerated(result, references).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }
}
