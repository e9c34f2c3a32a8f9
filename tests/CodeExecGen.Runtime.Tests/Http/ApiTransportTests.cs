using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Http;
using CodeExecGen.Runtime.Tests.Infrastructure;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Http;

public class ApiTransportTests
{
    private const string Key = "AIzaSyFAKE-test-key-0123456789abcdef";
    private const string Root = "https://generativelanguage.googleapis.com/";

    [Fact]
    public async Task The_key_travels_in_its_header_and_the_body_as_UTF8_JSON()
    {
        var handler = RecordingHandler.Answering(HttpStatusCode.OK, "{\"text\":\"hello\"}");

        var answer = await Transport(handler).SendAsync("models.generateContent", HttpMethod.Post, "models/gemini-2.5-flash:generateContent", ApiTransport.JsonContent(new Chunk { Text = "hi" }, TestJsonContext.Default.Chunk), TestJsonContext.Default.Chunk, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("hello", answer.Text);
        Assert.Equal(Root + "v1beta/models/gemini-2.5-flash:generateContent", request.RequestUri!.AbsoluteUri);
        Assert.DoesNotContain(Key, request.RequestUri.AbsoluteUri);
        Assert.Equal(Key, Assert.Single(request.Headers.GetValues(ApiTransport.ApiKeyHeader)));
        Assert.Equal("application/json; charset=utf-8", request.Content!.Headers.ContentType!.ToString());
        Assert.Equal("{\"text\":\"hi\"}", handler.Bodies[0]);
    }

    [Fact]
    public async Task A_client_s_BaseAddress_takes_the_place_of_the_root_URL()
    {
        var handler = RecordingHandler.Answering(HttpStatusCode.NoContent, "");
        var transport = new ApiTransport(new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:5000/proxy") }, Key, Root, "v1beta/");

        await transport.SendAsync("models.delete", HttpMethod.Delete, "tunedModels/x", null, CancellationToken.None);

        Assert.Equal("http://127.0.0.1:5000/proxy/v1beta/tunedModels/x", handler.Requests[0].RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("key with space")]
    [InlineData("key\n")]
    [InlineData("kéy")]
    public void A_key_an_HTTP_header_cannot_carry_is_refused(string key)
        => Assert.Equal("apiKey", Assert.Throws<ArgumentException>(() => new ApiTransport(new HttpClient(), key, Root, "v1beta/")).ParamName);

    [Fact]
    public void A_missing_client_or_key_is_refused_by_name()
    {
        Assert.Equal("apiKey", Assert.Throws<ArgumentNullException>(() => new ApiTransport(new HttpClient(), null!, Root, "v1beta/")).ParamName);
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new ApiTransport(null!, Key, Root, "v1beta/")).ParamName);
    }

    [Fact]
    public async Task An_error_answer_echoing_the_key_throws_without_it()
    {
        var body = "{\"error\":{\"code\":400,\"message\":\"API key not valid: " + Key + "\",\"status\":\"INVALID_ARGUMENT\","
            + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\",\"metadata\":{\"key\":\"" + Key + "\"}}]}}";
        var handler = RecordingHandler.Answering(HttpStatusCode.BadRequest, body);

        var error = await Assert.ThrowsAsync<GoogleApiException>(() => Transport(handler).SendAsync("models.list", HttpMethod.Get, "models", null, TestJsonContext.Default.Chunk, CancellationToken.None));

        Assert.Equal("models.list failed with HTTP 400: INVALID_ARGUMENT (API key not valid: [redacted])", error.Message);
        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("API_KEY_INVALID", error.Status.ErrorInfo!.Reason);
        Assert.DoesNotContain(Key, error.Status.ErrorInfo.Metadata["key"]);
        Assert.DoesNotContain(Key, error.Status.Details[0].GetRawText());
    }

    [Fact]
    public async Task A_proxy_s_page_gives_the_HTTP_status_and_a_reason_without_the_key()
    {
        var handler = RecordingHandler.Answering(HttpStatusCode.BadGateway, "<html>502</html>", reasonPhrase: "Bad Gateway for " + Key);

        var error = await Assert.ThrowsAsync<GoogleApiException>(() => Transport(handler).SendAsync("models.list", HttpMethod.Get, "models", null, CancellationToken.None));

        Assert.Equal("models.list failed with HTTP 502: UNKNOWN (Bad Gateway for [redacted])", error.Message);
        Assert.Equal(502, error.Status.Code);
    }

    [Fact]
    public async Task An_error_in_the_middle_of_a_stream_throws_after_the_values_before_it_without_the_key()
    {
        var body = "data: {\"text\":\"a\"}\n\ndata: {\"error\":{\"code\":500,\"message\":\"internal, key " + Key + "\",\"status\":\"INTERNAL\"}}\n\n";
        var received = new List<string?>();

        var error = await Assert.ThrowsAsync<GoogleApiException>(() => Stream(body, received));

        Assert.Equal(new[] { "a" }, received);
        Assert.Null(error.HttpStatusCode);
        Assert.Equal("models.streamGenerateContent failed in the middle of the stream: INTERNAL (internal, key [redacted])", error.Message);
    }

    [Fact]
    public async Task A_line_quoted_up_to_the_middle_of_the_key_loses_the_key_s_start_too()
    {
        var error = await Assert.ThrowsAsync<JsonException>(() => Stream("Invalid API key: " + Key + "\n", new List<string?>()));

        Assert.Contains("'Invalid API key: [redacted]...'", error.Message);
        Assert.DoesNotContain(Key.Substring(0, 6), error.Message);
    }

    [Fact]
    public async Task A_dropped_connection_says_how_many_chunks_arrived()
    {
        var received = new List<string?>();
        var handler = RecordingHandler.Streaming(new DroppedConnectionStream("data: {\"text\":\"a\"}\n\n"));

        var error = await Assert.ThrowsAsync<GoogleStreamInterruptedException>(() => Stream(handler, received));

        Assert.Equal(new[] { "a" }, received);
        Assert.Equal(1, error.ChunksReceived);
        Assert.Equal("models.streamGenerateContent", error.Method);
        Assert.Equal("models.streamGenerateContent: the connection ended after 1 chunk of the stream", error.Message);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public async Task A_stream_request_asks_for_server_sent_events()
    {
        var handler = RecordingHandler.Streaming(new MemoryStream());

        await Stream(handler, new List<string?>());

        Assert.Contains("text/event-stream", handler.Requests[0].Headers.Accept.Select(accept => accept.MediaType));
    }

    [Fact]
    public async Task A_JSON_null_answer_is_refused()
    {
        var error = await Assert.ThrowsAsync<JsonException>(() => Transport(RecordingHandler.Answering(HttpStatusCode.OK, "null")).SendAsync("models.get", HttpMethod.Get, "models/x", null, TestJsonContext.Default.Chunk, CancellationToken.None));

        Assert.Equal("models.get: the answer is JSON null.", error.Message);
    }

    [Theory]
    [InlineData("gemini-2.5-flash", "models/gemini-2.5-flash")]
    [InlineData("models/gemini-2.5-flash", "models/gemini-2.5-flash")]
    [InlineData("tunedModels/mine", "tunedModels/mine")]
    public void A_bare_id_gets_its_collection_s_prefix(string value, string expected)
        => Assert.Equal(expected, ApiTransport.CheckPathValue(value, "model", null, "models/"));

    [Fact]
    public void A_path_value_that_does_not_match_its_pattern_is_refused_by_parameter_name()
    {
        var pattern = new Regex("^models/[^/]+$");
        var tooLong = new string('x', 100) + "/y";

        var wrong = Assert.Throws<ArgumentException>(() => ApiTransport.CheckPathValue("tunedModels/mine", "model", pattern, "models/"));
        var cut = Assert.Throws<ArgumentException>(() => ApiTransport.CheckPathValue(tooLong, "model", pattern, null));

        Assert.Equal("model", wrong.ParamName);
        Assert.StartsWith("'tunedModels/mine' is not a valid model: it must match ^models/[^/]+$.", wrong.Message);
        Assert.Contains("'" + new string('x', 80) + "...'", cut.Message);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ApiTransport.CheckPathValue("", "name", null, null)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ApiTransport.CheckPathValue(null, "name", null, null)).ParamName);
    }

    [Fact]
    public void Reserved_expansion_keeps_slashes_and_simple_expansion_escapes_them()
    {
        Assert.Equal("models/a%20b%3Ax/c%3F", ApiTransport.ExpandReserved("models/a b:x/c?"));
        Assert.Equal("models%2Fa%20b", ApiTransport.ExpandSimple("models/a b"));
    }

    [Fact]
    public void A_query_adds_each_set_parameter_escaped_in_invariant_form()
    {
        var query = new ApiQuery();
        query.Add("pageSize", (long?)50);
        query.Add("pageToken", (string?)null);
        query.Add("filter", "a=b&c d");
        query.Add("flag", (bool?)false);
        query.Add("ratio", (double?)0.1);
        query.Add("big", (ulong?)ulong.MaxValue);
        query.Add("unset", (long?)null);

        Assert.Equal("?pageSize=50&filter=a%3Db%26c%20d&flag=false&ratio=0.1&big=18446744073709551615", query.ToString());
        Assert.Equal("", new ApiQuery().ToString());
    }

    private static ApiTransport Transport(HttpMessageHandler handler) => new(new HttpClient(handler), Key, Root, "v1beta/");

    private static Task Stream(string body, List<string?> received)
        => Stream(RecordingHandler.Streaming(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body))), received);

    private static async Task Stream(RecordingHandler handler, List<string?> received)
    {
        var values = Transport(handler).StreamAsync("models.streamGenerateContent", HttpMethod.Post, "models/x:streamGenerateContent?alt=sse", null, TestJsonContext.Default.Chunk, chunk => chunk.ExtensionData, CancellationToken.None);
        await foreach (var chunk in values)
        {
            received.Add(chunk.Text);
        }
    }
}
