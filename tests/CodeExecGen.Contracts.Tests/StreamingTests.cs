using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading.Tasks;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary><c>streamGenerateContent</c> output is read value by value, in both forms the endpoint returns.</summary>
public class StreamingTests
{
    public static TheoryData<string, string, string> Forms => new()
    {
        { "json array", "[{\"responseId\": \"a\"}\n,\r\n{\"responseId\": \"b\"}", "]" },
        { "server-sent events", "data: {\"responseId\": \"a\"}\r\n\r\ndata: {\"responseId\": \"b\"}\r\n\r\n", "" },
        { "json lines", "{\"responseId\": \"a\"}\n{\"responseId\": \"b\"}\n", "" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Each_value_arrives_before_the_stream_ends(string form, string firstChunks, string rest)
    {
        // A pipe stands in for the network: the rest is written only after the first two values were read.
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(firstChunks));
        await pipe.Writer.FlushAsync();

        // If the reader waited for the end of the stream it would wait forever: give up after 30 s.
        using var timeout = new System.Threading.CancellationTokenSource(System.TimeSpan.FromSeconds(30));
        var ids = new List<string>();
        await foreach (var response in ModelJson.ReadStreamAsync<GenerateContentResponse>(pipe.Reader.AsStream(), timeout.Token))
        {
            ids.Add(response.ResponseId!);
            if (ids.Count == 2)
            {
                await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(rest));
                await pipe.Writer.CompleteAsync();
            }
        }

        Assert.True(ids.Count == 2, form);
        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public async Task Sse_comments_event_fields_and_multi_line_data_are_handled()
    {
        const string sse = ": keep-alive\nevent: message\ndata: {\"responseId\":\ndata:  \"x\"}\nid: 1\n\n";
        var ids = new List<string>();
        await foreach (var response in ModelJson.ReadStreamAsync<GenerateContentResponse>(new MemoryStream(Encoding.UTF8.GetBytes(sse))))
        {
            ids.Add(response.ResponseId!);
        }

        Assert.Equal(["x"], ids);
    }

    [Fact]
    public async Task An_error_body_in_the_middle_of_a_stream_is_kept_as_a_value()
    {
        const string sse = "data: {\"responseId\": \"1\"}\n\n{\n  \"error\": {\n    \"code\": 499,\n    \"status\": \"CANCELLED\"\n  }\n}\n";
        var responses = new List<GenerateContentResponse>();
        await foreach (var response in ModelJson.ReadStreamAsync<GenerateContentResponse>(new MemoryStream(Encoding.UTF8.GetBytes(sse))))
        {
            responses.Add(response);
        }

        Assert.Equal(2, responses.Count);
        Assert.Equal(499, responses[1].ExtensionData!["error"].GetProperty("code").GetInt32());
    }

    /// <summary>
    /// Why ReadStreamAsync keeps its own reader rather than System.Net.ServerSentEvents: Google sends a
    /// mid-stream error as raw JSON lines, outside SSE framing, and the platform parser (rightly, by the
    /// WHATWG rules) drops lines that are not SSE fields. On the recorded stream it loses the error.
    /// </summary>
    [Fact]
    public async Task The_platform_sse_parser_would_lose_the_recorded_mid_stream_error_and_ours_keeps_it()
    {
        var recorded = Infrastructure.Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__vertexai__streaming-failure-error-mid-stream.sse");

        var platform = new List<string>();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(recorded))).EnumerateAsync())
        {
            platform.Add(item.Data);
        }

        var ours = new List<GenerateContentResponse>();
        await foreach (var response in ModelJson.ReadStreamAsync<GenerateContentResponse>(new MemoryStream(Encoding.UTF8.GetBytes(recorded))))
        {
            ours.Add(response);
        }

        Assert.Equal(2, platform.Count);
        Assert.DoesNotContain(platform, data => data.Contains("CANCELLED"));
        Assert.Equal(3, ours.Count);
        Assert.Equal("CANCELLED", ours[2].ExtensionData!["error"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_empty_stream_yields_nothing()
    {
        await foreach (var unused in ModelJson.ReadStreamAsync<GenerateContentResponse>(new MemoryStream()))
        {
            Assert.Fail("no value expected");
        }
    }
}
