using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>
/// A server that echoes the API key in its error text, on every path an error takes (an error answer, an
/// error object mid-stream, a body that is not Google's, a dropped stream): the key never reaches the
/// exception, and the rest of the error does.
/// </summary>
public class KeyRedactionTests
{
    // Shaped like a real key ("AIza" and 35 more), so that no other text in an exception contains a piece of it.
    private const string Key = "AIzaSyC7x9Qm2LrT4vWb8NpK3hJd6FgZs1YeUoA";

    private static readonly GenerateContentRequest Request = new()
    {
        Contents = [new Content { Role = "user", Parts = [Part.FromText("Run some code.")] }],
        Tools = [Tool.ForCodeExecution()],
    };

    /// <summary>The key as the server received it, from its header: what a server that echoes it has to echo.</summary>
    private static string KeyOf(HttpContext context) => context.Request.Headers["x-goog-api-key"].ToString();

    /// <summary>Google's error body, with the key in the message and in two details.</summary>
    private static string ErrorBody(int code, string status, string key) => $$$"""
        {"error": {"code": {{{code}}}, "message": "API key not valid: {{{key}}}. Please pass a valid API key.", "status": "{{{status}}}", "details": [
          {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com", "key": "{{{key}}}"}},
          {"@type": "type.googleapis.com/google.rpc.DebugInfo", "detail": "Invalid API key: {{{key}}}"}]}}
        """;

    [Fact]
    public async Task An_error_answer_that_echoes_the_key_keeps_everything_but_the_key()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(ErrorBody(400, "INVALID_ARGUMENT", KeyOf(context)));
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request));

        AssertKeyNowhere(exception);
        Assert.Equal(HttpStatusCode.BadRequest, exception.HttpStatusCode);
        AssertRestOfGooglesError(exception, 400, "INVALID_ARGUMENT");
    }

    [Theory]
    [InlineData("raw lines")] // as Google sends it (the recorded mid-stream error): outside SSE framing
    [InlineData("sse event")]
    public async Task An_error_object_mid_stream_that_echoes_the_key_keeps_everything_but_the_key(string framing)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("data: {\"candidates\": [{\"content\": {\"role\": \"model\", \"parts\": [{\"text\": \"First \"}]}}]}\n\n");
            await context.Response.Body.FlushAsync();
            var error = ErrorBody(429, "RESOURCE_EXHAUSTED", KeyOf(context));
            await context.Response.WriteAsync(framing == "sse event" ? "data: " + error.ReplaceLineEndings(" ") + "\n\n" : error + "\n");
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var texts = new List<string?>();
        var exception = await Assert.ThrowsAsync<GoogleApiException>(async () =>
        {
            await foreach (var chunk in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
            {
                texts.Add(chunk.Candidates![0].Content!.Parts![0].Text);
            }
        });

        AssertKeyNowhere(exception);
        Assert.Equal(["First "], texts);
        Assert.Null(exception.HttpStatusCode);
        Assert.Equal("models.streamGenerateContent", exception.Method);
        AssertRestOfGooglesError(exception, 429, "RESOURCE_EXHAUSTED");
    }

    [Theory]
    [InlineData(500, "text/plain", "Internal error: key {key} could not be checked.")]
    [InlineData(502, "text/html", "<html><body>Upstream refused key {key}</body></html>")]
    public async Task A_body_that_is_not_googles_and_echoes_the_key_keeps_the_http_status(int status, string contentType, string body)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body.Replace("{key}", KeyOf(context)));
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request));

        AssertKeyNowhere(exception);
        Assert.Equal((HttpStatusCode)status, exception.HttpStatusCode);
        Assert.Equal(status, exception.Status.Code);
        Assert.Equal("models.generateContent", exception.Method);
        Assert.Contains("with HTTP " + status, exception.Message);
    }

    [Fact]
    public async Task A_reason_phrase_that_echoes_the_key_keeps_everything_but_the_key()
    {
        // A proxy's status line is its only text when the body is not Google's: it becomes Status.Message.
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 403;
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Key " + KeyOf(context) + " is blocked";
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("Forbidden");
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => client.Models.GenerateContentAsync("gemini-2.5-flash", Request));

        AssertKeyNowhere(exception);
        Assert.Equal(HttpStatusCode.Forbidden, exception.HttpStatusCode);
        Assert.Equal(403, exception.Status.Code);
        Assert.Equal("Key [redacted] is blocked", exception.Status.Message);
        Assert.Contains("Key [redacted] is blocked", exception.Message);
    }

    [Fact]
    public async Task A_stream_dropped_while_echoing_the_key_says_how_far_it_got_and_not_the_key()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("data: {\"responseId\": \"1\"}\n\n");
            await context.Response.WriteAsync("data: {\"error\": {\"code\": 400, \"message\": \"Invalid API key: " + KeyOf(context));
            await context.Response.Body.FlushAsync();
            await Task.Delay(100);
            context.Abort();
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var exception = await Assert.ThrowsAsync<GoogleStreamInterruptedException>(async () =>
        {
            await foreach (var unused in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
            {
            }
        });

        AssertKeyNowhere(exception);
        Assert.Equal(1, exception.ChunksReceived);
        Assert.Equal("models.streamGenerateContent", exception.Method);
        Assert.Contains("after 1 chunk", exception.Message);
        Assert.NotNull(exception.InnerException);
    }

    [Fact]
    public async Task A_line_mid_stream_that_is_not_json_and_echoes_the_key_is_reported_without_the_key()
    {
        // A proxy's text inside a 200 stream: the reader quotes the line it cannot read.
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("data: {\"responseId\": \"1\"}\n\n");
            await context.Response.WriteAsync("Invalid API key: " + KeyOf(context) + "\n\n");
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);

        var seen = 0;
        var exception = await Assert.ThrowsAsync<JsonException>(async () =>
        {
            await foreach (var unused in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", Request))
            {
                seen++;
            }
        });

        AssertKeyNowhere(exception);
        Assert.Equal(1, seen);
        // The reader quotes 40 characters, which cut the key: its start goes too.
        Assert.Contains("unexpected line 'Invalid API key: [redacted]...'", exception.Message);
    }

    /// <summary>What Google said besides the key, each value as <see cref="ErrorBody"/> wrote it.</summary>
    private static void AssertRestOfGooglesError(GoogleApiException exception, int code, string status)
    {
        Assert.Equal(code, exception.Status.Code);
        Assert.Equal(status, exception.Status.Status);
        Assert.Equal("API key not valid: [redacted]. Please pass a valid API key.", exception.Status.Message);
        Assert.Contains(status, exception.Message);
        Assert.Contains("API key not valid: [redacted]. Please pass a valid API key.", exception.Message);
        Assert.Equal("API_KEY_INVALID", exception.Status.ErrorInfo!.Reason);
        Assert.Equal("generativelanguage.googleapis.com", exception.Status.ErrorInfo.Metadata["service"]);
        Assert.Equal("[redacted]", exception.Status.ErrorInfo.Metadata["key"]);
        Assert.Equal(2, exception.Status.Details.Count);
        Assert.Equal("Invalid API key: [redacted]", exception.Status.Details[1].GetProperty("detail").GetString());
    }

    /// <summary>
    /// Neither the key nor any 8 characters of it (a cut excerpt leaks too) in the exception's
    /// <c>ToString()</c>, nor in any text reachable from its public properties: message, status,
    /// details, data, inner exceptions.
    /// </summary>
    private static void AssertKeyNowhere(Exception exception)
    {
        var pieces = Enumerable.Range(0, Key.Length - 7).Select(i => Key.Substring(i, 8)).ToList();
        var texts = Texts(exception, depth: 0).ToList();
        Assert.Contains(exception.ToString(), texts);
        foreach (var text in texts)
        {
            Assert.False(pieces.Any(text.Contains), "The key leaks in: " + text);
        }
    }

    private static IEnumerable<string> Texts(object? value, int depth)
    {
        switch (value)
        {
            case null or MemberInfo: // TargetSite: the code, not the error
                yield break;
            case string text:
                yield return text;
                yield break;
            case JsonElement json:
                yield return json.GetRawText();
                yield break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    foreach (var text in Texts(entry.Key, depth + 1).Concat(Texts(entry.Value, depth + 1)))
                    {
                        yield return text;
                    }
                }

                yield break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    foreach (var text in Texts(item, depth + 1))
                    {
                        yield return text;
                    }
                }

                yield break;
        }

        yield return value.ToString() ?? string.Empty;
        var type = value.GetType();
        if (depth > 8 || !(value is Exception || type.Namespace == typeof(GoogleRpcStatus).Namespace || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))))
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var text in Texts(property.GetValue(value), depth + 1))
            {
                yield return text;
            }
        }
    }
}
