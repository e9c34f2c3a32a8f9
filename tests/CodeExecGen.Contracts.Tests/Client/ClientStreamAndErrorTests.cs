using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>Streaming, errors, cancellation and dropped connections, against a real server.</summary>
public class ClientStreamAndErrorTests
{
    private const string Key = ClientRequestTests.Key;

    private static readonly GenerateContentRequest Request = new()
    {
        Contents = [new Content { Role = "user", Parts = [Part.FromText("Run some code.")] }],
        Tools = [Tool.ForCodeExecution()],
    };

    /// <summary>Serves the body in pieces, one flush per SSE event, as Google's endpoint does.</summary>
    private static Func<HttpContext, Task> ServeEvents(string body, string separator)
        => async context =>
        {
            context.Response.ContentType = "text/event-stream";
            foreach (var piece in body.Split(separator).Where(p => p.Length > 0))
            {
                await context.Response.WriteAsync(piece + separator);
                await context.Response.Body.FlushAsync();
            }
        };

    [Fact]
    public async Task StreamGenerateContent_asks_for_sse_and_yields_every_event_of_the_recording()
    {
        var recorded = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__streaming-success-code-execution.sse");
        await using var server = await LoopbackServer.StartAsync(ServeEvents(recorded, "\r\n\r\n"));
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var chunks = new List<GenerateContentResponse>();
        await foreach (var chunk in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
        {
            chunks.Add(chunk);
        }

        var expected = recorded.Split("\r\n\r\n").Where(p => p.Length > 0).Select(p => p["data: ".Length..]).ToList();
        Assert.Equal(expected.Count, chunks.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            JsonAssert.Equal(expected[i], ModelJson.Serialize(chunks[i]));
        }

        var request = server.Single;
        Assert.Equal("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", request.Target);
        Assert.Equal("text/event-stream", request.Headers["Accept"]);
        Assert.Equal(ModelJson.Serialize(Request), request.Body);
        var accumulator = new GenerateContentAccumulator();
        Assert.NotEmpty(chunks.SelectMany(accumulator.Add).ToList());
    }

    [Theory]
    [InlineData("simonw__llm-gemini__test_prompt.json", "application/json")]
    [InlineData("googleapis__dotnet-genai__GenerateContentStreamToolsTest.GenerateContentStreamGoogleSearchGeminiTest.jsonl", "application/x-ndjson")]
    public async Task A_stream_answered_as_a_json_array_or_json_lines_is_read_too(string file, string contentType)
    {
        // What a proxy that drops alt=sse returns: every value, in order, unchanged.
        var recorded = Samples.Read("responses", file);
        await using var server = await LoopbackServer.ServingAsync(recorded, contentType: contentType);
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var chunks = new List<string>();
        await foreach (var chunk in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
        {
            chunks.Add(ModelJson.Serialize(chunk));
        }

        using var document = JsonDocument.Parse(recorded.TrimStart().StartsWith('[') ? recorded : "[" + string.Join(",", recorded.Split('\n', StringSplitOptions.RemoveEmptyEntries)) + "]");
        var expected = document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.Equal(expected.Count, chunks.Count);
        Assert.True(expected.Count >= 2);
        for (var i = 0; i < expected.Count; i++)
        {
            JsonAssert.Equal(expected[i], chunks[i]);
        }
    }

    [Fact]
    public async Task A_chunk_is_yielded_as_soon_as_it_arrives()
    {
        var secondMayGo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("data: {\"responseId\": \"1\"}\n\n");
            await context.Response.Body.FlushAsync();
            await secondMayGo.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await context.Response.WriteAsync("data: {\"responseId\": \"2\"}\n\n");
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var seen = new List<string?>();
        await foreach (var chunk in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
        {
            seen.Add(chunk.ResponseId);
            secondMayGo.TrySetResult(); // the server holds chunk 2 back until chunk 1 is here
        }

        Assert.Equal(["1", "2"], seen);
    }

    [Fact]
    public async Task An_error_answer_is_a_typed_exception_with_the_status_and_its_details()
    {
        var recorded = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__unary-failure-api-key.json");
        await using var server = await LoopbackServer.ServingAsync(recorded, status: 400);
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request));

        Assert.Equal(HttpStatusCode.BadRequest, exception.HttpStatusCode);
        Assert.Equal("models.generateContent", exception.Method);
        Assert.Equal(400, exception.Status.Code);
        Assert.Equal("INVALID_ARGUMENT", exception.Status.Status);
        Assert.Equal("API key not valid. Please pass a valid API key.", exception.Status.Message);
        Assert.Equal("API_KEY_INVALID", exception.Status.ErrorInfo!.Reason);
        Assert.Equal("googleapis.com", exception.Status.ErrorInfo.Domain);
        Assert.Equal("generativelanguage.googleapis.com", exception.Status.ErrorInfo.Metadata["service"]);
        Assert.Equal(3, exception.Status.Details.Count);
        Assert.Equal("type.googleapis.com/google.rpc.LocalizedMessage", exception.Status.Details[1].GetProperty("@type").GetString());
        Assert.Contains("INVALID_ARGUMENT", exception.Message);
        Assert.Null(exception.RetryDelay);
    }

    [Fact]
    public async Task Google_text_that_echoes_the_key_is_redacted_everywhere()
    {
        // The recording's DebugInfo says "Invalid API key: key1234": send exactly that key.
        var recorded = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__unary-failure-api-key.json");
        Assert.Contains("key1234", recorded);
        await using var server = await LoopbackServer.ServingAsync(recorded.Replace("Please pass", "key1234 is not valid; please pass"), status: 400);
        var client = new GenerativeLanguageClient(server.CreateClient(), "key1234");

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request));

        Assert.DoesNotContain("key1234", exception.ToString());
        Assert.DoesNotContain("key1234", exception.Status.Message);
        Assert.All(exception.Status.Details, d => Assert.DoesNotContain("key1234", d.GetRawText()));
        Assert.Contains("[redacted]", exception.Status.Details[2].GetRawText());
    }

    [Fact]
    public async Task Retry_quota_and_field_details_are_typed()
    {
        const string body = """
            {"error": {"code": 429, "message": "Resource has been exhausted.", "status": "RESOURCE_EXHAUSTED", "details": [
              {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier", "quotaDimensions": {"location": "global", "model": "gemini-2.5-flash"}, "quotaValue": "10"}]},
              {"@type": "type.googleapis.com/google.rpc.Help", "links": [{"description": "Learn more", "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]},
              {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37.5s"},
              {"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [{"field": "contents[0].parts[0]", "description": "empty", "reason": "EMPTY"}]}]}}
            """;
        await using var server = await LoopbackServer.ServingAsync(body, status: 429);
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.HttpStatusCode);
        Assert.Equal(TimeSpan.FromSeconds(37.5), exception.RetryDelay);
        Assert.Equal(GoogleDuration.Parse("37.5s"), exception.Status.RetryInfo!.RetryDelay);
        var violation = Assert.Single(exception.Status.QuotaFailure!.Violations);
        Assert.Equal("GenerateRequestsPerMinutePerProjectPerModel-FreeTier", violation.QuotaId);
        Assert.Equal("gemini-2.5-flash", violation.QuotaDimensions["model"]);
        Assert.Equal(10, violation.QuotaValue);
        var field = Assert.Single(exception.Status.BadRequest!.FieldViolations);
        Assert.Equal(("contents[0].parts[0]", "empty", "EMPTY"), (field.Field, field.Description, field.Reason));
        Assert.Equal(4, exception.Status.Details.Count);
    }

    [Fact]
    public async Task An_error_body_that_is_not_googles_keeps_the_http_status()
    {
        await using var server = await LoopbackServer.ServingAsync("<html>Bad gateway</html>", status: 502, contentType: "text/html");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => client.Files.ListAsync());

        Assert.Equal(HttpStatusCode.BadGateway, exception.HttpStatusCode);
        Assert.Equal(502, exception.Status.Code);
        Assert.Empty(exception.Status.Details);
    }

    [Fact]
    public async Task An_error_before_the_stream_starts_is_the_same_typed_exception()
    {
        var recorded = Samples.Read("responses", "googleapis__js-genai__Chats_Tests_sendMessage_Send_message_stream_with_error.jsonl");
        await using var server = await LoopbackServer.ServingAsync(recorded, status: 404);
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleApiException>(async () =>
        {
            await foreach (var unused in client.Models.StreamGenerateContentAsync("custom-gemini-2.0-flash", Request))
            {
            }
        });

        Assert.Equal(HttpStatusCode.NotFound, exception.HttpStatusCode);
        Assert.Equal("NOT_FOUND", exception.Status.Status);
        Assert.Equal("models.streamGenerateContent", exception.Method);
    }

    [Fact]
    public async Task An_error_in_the_middle_of_a_stream_throws_after_the_chunks_before_it()
    {
        var recorded = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__vertexai__streaming-failure-error-mid-stream.sse");
        await using var server = await LoopbackServer.StartAsync(ServeEvents(recorded, "\n\n"));
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var texts = new List<string?>();
        var exception = await Assert.ThrowsAsync<GoogleApiException>(async () =>
        {
            await foreach (var chunk in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
            {
                texts.Add(chunk.Candidates![0].Content!.Parts![0].Text);
            }
        });

        Assert.Equal(["First ", "Second "], texts);
        Assert.Null(exception.HttpStatusCode);
        Assert.Equal(499, exception.Status.Code);
        Assert.Equal("CANCELLED", exception.Status.Status);
        Assert.Contains("in the middle of the stream", exception.Message);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_an_IOException_that_counts_the_chunks()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("data: {\"responseId\": \"1\"}\r\n\r\ndata: {\"responseId\": \"2\"}\r\n\r\ndata: {\"respon");
            await context.Response.Body.FlushAsync();
            await Task.Delay(100);
            context.Abort();
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var seen = 0;
        var exception = await Assert.ThrowsAsync<GoogleStreamInterruptedException>(async () =>
        {
            await foreach (var unused in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
            {
                seen++;
            }
        });

        Assert.IsAssignableFrom<IOException>(exception);
        Assert.Equal(2, seen);
        Assert.Equal(2, exception.ChunksReceived);
        Assert.Contains("after 2 chunks", exception.Message);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);
    }

    [Fact]
    public async Task Cancelling_a_slow_stream_is_an_OperationCanceledException()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("data: {\"responseId\": \"1\"}\n\n");
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);
        using var cancellation = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request, cancellation.Token))
            {
                seen++;
                cancellation.CancelAfter(50);
            }
        });
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task Cancelling_before_the_answer_is_an_OperationCanceledException()
    {
        await using var server = await LoopbackServer.StartAsync(context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request, cancellation.Token));
    }

    [Fact]
    public async Task A_malformed_answer_is_a_JsonException_naming_the_path()
    {
        await using var server = await LoopbackServer.ServingAsync("{\"candidates\": 7}");
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<JsonException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request));
        Assert.Contains("$.candidates", exception.Message);
    }
}
