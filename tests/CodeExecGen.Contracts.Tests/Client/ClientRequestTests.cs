using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>What the generated client sends: paths, verbs, query strings, headers and bodies, against a real server.</summary>
public class ClientRequestTests
{
    internal const string Key = "test-key-0123456789";

    private static GenerateContentRequest CodeExecutionRequest() => new()
    {
        Contents = [new Content { Role = "user", Parts = [Part.FromText("What is the sum of the first 50 prime numbers?")] }],
        Tools = [Tool.ForCodeExecution()],
    };

    [Fact]
    public async Task GenerateContent_posts_the_body_with_the_key_in_its_header_and_reads_the_answer_losslessly()
    {
        var recorded = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__unary-success-code-execution.json");
        await using var server = await LoopbackServer.ServingAsync(recorded);
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var response = await client.Models.GenerateContentAsync("models/gemini-2.5-flash", CodeExecutionRequest());

        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1beta/models/gemini-2.5-flash:generateContent", request.Target);
        Assert.Equal(Key, request.Headers["x-goog-api-key"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal(ModelJson.Serialize(CodeExecutionRequest()), request.Body);
        JsonAssert.Equal(recorded, ModelJson.Serialize(response));
        Assert.NotEmpty(response.GetCodeExecutionSteps());
    }

    [Theory]
    [InlineData("gemini-2.5-flash", "/v1beta/models/gemini-2.5-flash:generateContent")]
    [InlineData("models/gemini-2.5-flash", "/v1beta/models/gemini-2.5-flash:generateContent")]
    [InlineData("models/gemini-2.5-flash-preview-09-2025", "/v1beta/models/gemini-2.5-flash-preview-09-2025:generateContent")]
    [InlineData("models/a b", "/v1beta/models/a%20b:generateContent")]
    public async Task A_bare_model_id_gets_the_collection_prefix_and_segments_are_escaped(string model, string target)
    {
        await using var server = await LoopbackServer.ServingAsync("{}");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);
        await client.Models.GenerateContentAsync(model, CodeExecutionRequest());
        Assert.Equal(target, server.Single.Target);
    }

    [Theory]
    [InlineData("models/a/b")]
    [InlineData("tunedModels/x")]
    [InlineData("models/")]
    [InlineData("")]
    [InlineData("../../v1beta/files")]
    public async Task A_model_outside_the_documents_pattern_is_refused_before_anything_is_sent(string model)
    {
        await using var server = await LoopbackServer.ServingAsync("{}");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var unary = Assert.Throws<ArgumentException>(() => { _ = client.Models.GenerateContentAsync(model, CodeExecutionRequest()); });
        var stream = Assert.Throws<ArgumentException>(() => client.Models.StreamGenerateContentAsync(model, CodeExecutionRequest()));

        Assert.Equal("model", unary.ParamName);
        Assert.Equal("model", stream.ParamName);
        Assert.Contains("^models/[^/]+$", unary.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Null_arguments_name_the_argument()
    {
        await using var server = await LoopbackServer.ServingAsync("{}");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => { _ = client.Models.GenerateContentAsync(null!, CodeExecutionRequest()); }).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => { _ = client.Models.GenerateContentAsync("m", null!); }).ParamName);
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new GenerativeLanguageClient(null!, Key)).ParamName);
        Assert.Equal("apiKey", Assert.Throws<ArgumentNullException>(() => new GenerativeLanguageClient(server.CreateClient(), null!)).ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret key")]
    [InlineData("secret\r\nX-Injected: 1")]
    [InlineData("clé-secrète")]
    public void A_key_that_cannot_be_a_header_is_refused_without_repeating_it(string key)
    {
        using var http = new HttpClient();
        var exception = Assert.Throws<ArgumentException>(() => new GenerativeLanguageClient(http, key));
        Assert.Equal("apiKey", exception.ParamName);
        if (key.Length > 0)
        {
            Assert.DoesNotContain(key, exception.ToString());
        }
    }

    [Fact]
    public async Task Query_parameters_are_typed_escaped_and_left_out_when_null()
    {
        await using var server = await LoopbackServer.ServingAsync("{}");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        await client.Models.ListAsync(pageSize: 5, pageToken: "a b&c=d/é");
        await client.Models.ListAsync();
        await client.Models.Operations.ListAsync("gemini-2.5-flash", returnPartialSuccess: true, filter: "done=true");
        await client.FileSearchStores.DeleteAsync("fileSearchStores/s1", force: false);

        var requests = server.Requests.ToArray();
        Assert.All(requests.Take(3), r => Assert.Equal("GET", r.Method));
        Assert.Equal("/v1beta/models?pageSize=5&pageToken=a%20b%26c%3Dd%2F%C3%A9", requests[0].Target);
        Assert.Equal("/v1beta/models", requests[1].Target);
        Assert.Equal("/v1beta/models/gemini-2.5-flash/operations?filter=done%3Dtrue&returnPartialSuccess=true", requests[2].Target);
        Assert.Equal("DELETE", requests[3].Method);
        Assert.Equal("/v1beta/fileSearchStores/s1?force=false", requests[3].Target);
        Assert.All(requests, r => Assert.Equal(string.Empty, r.Body));
    }

    [Fact]
    public async Task Methods_without_a_body_or_an_answer_body_send_and_read_nothing_extra()
    {
        await using var server = await LoopbackServer.ServingAsync("{}");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var empty = await client.Batches.CancelAsync("batches/b-1");
        var model = await client.Models.GetAsync("gemini-2.5-flash");

        var requests = server.Requests.ToArray();
        Assert.Equal(("POST", "/v1beta/batches/b-1:cancel", ""), (requests[0].Method, requests[0].Target, requests[0].Body));
        Assert.Equal(("GET", "/v1beta/models/gemini-2.5-flash"), (requests[1].Method, requests[1].Target));
        Assert.NotNull(empty);
        Assert.NotNull(model);
    }

    [Fact]
    public async Task A_base_address_with_a_path_replaces_the_documents_root_url()
    {
        await using var server = await LoopbackServer.ServingAsync("{}");
        var client = new GenerativeLanguageClient(server.CreateClient("proxy/gemini/"), Key);
        await client.Models.CountTokensAsync("gemini-2.5-flash", new CountTokensRequest());
        Assert.Equal("/proxy/gemini/v1beta/models/gemini-2.5-flash:countTokens", server.Single.Target);
        Assert.Equal("https://generativelanguage.googleapis.com/", GenerativeLanguageClient.DefaultRootUrl);
    }

    [Fact]
    public async Task The_key_is_in_the_header_and_nowhere_else()
    {
        await using var server = await LoopbackServer.ServingAsync("{}");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);
        await client.Models.GenerateContentAsync("gemini-2.5-flash", CodeExecutionRequest());
        await foreach (var unused in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", CodeExecutionRequest()))
        {
        }

        await client.Files.ListAsync(pageSize: 1);
        foreach (var request in server.Requests)
        {
            Assert.DoesNotContain(Key, request.Target);
            Assert.DoesNotContain(Key, request.Body);
            Assert.Equal([Key], request.Headers.Where(h => h.Value.Contains(Key)).Select(h => h.Value));
            Assert.Equal(Key, request.Headers["x-goog-api-key"]);
        }
    }
}
