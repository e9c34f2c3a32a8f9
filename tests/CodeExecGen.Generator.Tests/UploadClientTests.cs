using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Bind;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>The upload overloads of methods that say <c>supportsMediaUpload</c>: what Bind reads from <c>mediaUpload</c>, and what it refuses (CEG0015).</summary>
public class UploadClientTests
{
    private const string Path = "/app/api.json";

    private static string Document(string mediaUpload, string supports = "true") => """
        {
          "kind": "discovery#restDescription", "name": "myApi", "version": "v1", "rootUrl": "https://example.test/", "servicePath": "",
          "schemas": {"Meta": {"id": "Meta", "type": "object", "properties": {"name": {"type": "string"}}}},
          "resources": {"media": {"methods": {"upload": {"httpMethod": "POST", "path": "v1/{+parent}/files",
            "parameters": {"parent": {"location": "path", "type": "string", "required": true}, "tag": {"location": "query", "type": "string"}},
            "request": {"$ref": "Meta"}, "response": {"$ref": "Meta"},
            "supportsMediaUpload": 
        """ + supports + """
        ,
            "mediaUpload": 
        """ + mediaUpload + """
        }}}}
        }
        """;

    private const string WellFormed = """{"accept": ["image/*", "text/csv"], "maxSize": "1048576", "protocols": {"simple": {"path": "/upload/v1/{+parent}/files", "multipart": true}, "resumable": {"path": "/resumable/upload/v1/{+parent}/files", "multipart": true}}}""";

    private static (ClientSpec Client, List<Generator.Diagnostics.DiagnosticInfo> Diagnostics) Bind(string text)
    {
        var result = Binder.ReadAndBind(Path, text, "T", null, new BindOptions(null, null, "true"));
        return (result.Model!.Client!, result.Diagnostics.ToList());
    }

    private static MethodSpec Upload(ClientSpec client) => client.Resources.Single().Methods.Single();

    [Fact]
    public void The_gemini_upload_methods_send_both_protocols_to_the_simple_path()
    {
        var client = Bind(GeneratorRunner.GeminiSchemaText).Client;
        var media = client.Resources.Single(r => r.WirePath == "media").Methods;

        var upload = media.Single(m => m.WireId == "media.upload").Upload!;
        Assert.Equal(("upload/v1beta/files", 2147483648L), (upload.Path, upload.MaxSize));
        Assert.Equal(["*/*"], upload.Accept);
        var store = media.Single(m => m.WireId == "media.uploadToFileSearchStore").Upload!;
        Assert.Equal(("upload/v1beta/{+fileSearchStoreName}:uploadToFileSearchStore", 104857600L), (store.Path, store.MaxSize));
        Assert.Equal([PathSegment.Literal("upload/v1beta/"), PathSegment.Variable(0, reserved: true), PathSegment.Literal(":uploadToFileSearchStore")], store.PathSegments);
        Assert.Equal(2, client.Resources.SelectMany(r => r.Methods).Count(m => m.Upload is not null));
    }

    [Fact]
    public void A_well_formed_upload_gets_an_overload_that_compiles_warning_free()
    {
        var (client, diagnostics) = Bind(Document(WellFormed));
        Assert.Empty(diagnostics);
        var upload = Upload(client).Upload!;
        Assert.Equal(("upload/v1/{+parent}/files", 1048576L), (upload.Path, upload.MaxSize));
        Assert.Equal([PathSegment.Literal("upload/v1/"), PathSegment.Variable(0, reserved: true), PathSegment.Literal("/files")], upload.PathSegments);
        Assert.Equal(["image/*", "text/csv"], upload.Accept);

        var result = GeneratorRunner.Run(new SchemaInput(Path, Document(WellFormed), "T", Client: "true"));
        var source = GeneratorRunner.Sources(result)["T.MyApiClient.Client.g.cs"];
        Assert.Contains("public global::System.Threading.Tasks.Task<global::T.Meta> UploadAsync(string parent, global::System.IO.Stream content, string mimeType, global::T.Meta? metadata = null, string? tag = null, global::System.IProgress<long>? progress = null, global::System.Threading.CancellationToken cancellationToken = default)", source);
        Assert.Contains("new global::CodeExecGen.Http.MediaUploadLimits(1048576L, \"image/*\", \"text/csv\")", source);
        Assert.Contains("public global::CodeExecGen.Http.MediaUploadOptions UploadOptions { get; }", source);
        var problems = GeneratorRunner.CompileGenerated(result, CodeExecGen.Tests.TestReferences.Net100).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void A_document_without_supportsMediaUpload_gets_nothing_new()
    {
        var (client, diagnostics) = Bind(Document(WellFormed, supports: "false"));
        Assert.Empty(diagnostics);
        Assert.Null(Upload(client).Upload);

        var source = GeneratorRunner.Sources(GeneratorRunner.Run(new SchemaInput(Path, Document(WellFormed, supports: "false"), "T", Client: "true")))["T.MyApiClient.Client.g.cs"];
        Assert.DoesNotContain("MediaUpload", source);
        Assert.DoesNotContain("UploadOptions", source);
        Assert.DoesNotContain("global::System.IO.Stream", source);
    }

    [Theory]
    [InlineData("""{"accept": ["*/*"], "maxSize": "2GB", "protocols": {"simple": {"path": "/upload/v1/{+parent}/files"}}}""", "'maxSize' \"2GB\" is not a number of bytes")]
    [InlineData("""{"accept": ["*/*"], "maxSize": 5, "protocols": {"simple": {"path": "/upload/v1/{+parent}/files"}}}""", "'maxSize' must be a string such as \"2147483648\"")]
    [InlineData("""{"accept": [1], "protocols": {"simple": {"path": "/upload/v1/{+parent}/files"}}}""", "'accept' must be an array of MIME type strings")]
    [InlineData("""{"accept": ["csv"], "protocols": {"simple": {"path": "/upload/v1/{+parent}/files"}}}""", "'accept' holds \"csv\", which is not a MIME type pattern")]
    [InlineData("""{"accept": ["*/*"], "protocols": {}}""", "'protocols' names no 'simple' or 'resumable' path")]
    [InlineData("""{"accept": ["*/*"], "protocols": {"simple": {"path": "/upload/v1/{+other}/files"}}}""", "the upload path's variables do not match the method's path parameters")]
    [InlineData("\"yes\"", "'supportsMediaUpload' needs a 'mediaUpload' object")]
    public void A_malformed_mediaUpload_is_CEG0015_in_the_schema_and_the_metadata_call_stays(string mediaUpload, string message)
    {
        var (client, diagnostics) = Bind(Document(mediaUpload));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CEG0015", diagnostic.Id);
        Assert.Equal(["media.upload", message], diagnostic.Arguments);
        Assert.Equal(Path, diagnostic.Location!.FilePath);
        Assert.Equal(7, diagnostic.Location.StartLine);
        var method = Upload(client);
        Assert.Equal("UploadAsync", method.Name);
        Assert.Null(method.Upload);
    }
}
