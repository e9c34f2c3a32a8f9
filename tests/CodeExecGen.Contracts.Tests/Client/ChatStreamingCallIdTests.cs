using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>
/// Code and result share a CallId across streamed updates. Each stream is hand-made, one chunk per SSE
/// event, and each expected CallId is written out: the code part's id, else <c>r1-code-{n}</c> for the
/// n-th code part of the stream (counting from 0); a result takes the code with its id, else the latest
/// code. These pairings are right only when what was seen in earlier chunks is remembered.
/// </summary>
public class ChatStreamingCallIdTests
{
    private const string Key = ClientRequestTests.Key;

    private static string Chunk(params string[] parts)
        => """{"responseId": "r1", "candidates": [{"content": {"role": "model", "parts": [""" + string.Join(", ", parts) + "]}}]}";

    private static string Code(string code, string? id = null)
        => """{"executableCode": {""" + IdMember(id) + "\"language\": \"PYTHON\", \"code\": \"" + code + "\"}}";

    private static string Result(string outcome, string output, string? id = null)
        => """{"codeExecutionResult": {""" + IdMember(id) + "\"outcome\": \"" + outcome + "\", \"output\": \"" + output + "\"}}";

    private const string Chart = """{"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}""";

    private static string IdMember(string? id) => id is null ? "" : "\"id\": \"" + id + "\", ";

    /// <summary>
    /// Streams <paramref name="chunks"/> through the chat client and lists its code-interpreter contents,
    /// one line each: the update it came in, code or result, its CallId, and a result's outcome (ok, a
    /// chart, or the ErrorCode).
    /// </summary>
    private static async Task<List<string>> StreamAsync(params string[] chunks)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            foreach (var chunk in chunks)
            {
                await context.Response.WriteAsync("data: " + chunk + "\r\n\r\n");
                await context.Response.Body.FlushAsync();
            }
        });
        var chat = new GenerativeLanguageClient(server.CreateClient(), Key).AsIChatClient("gemini-2.5-flash");

        var lines = new List<string>();
        var update = 0;
        await foreach (var chatUpdate in chat.GetStreamingResponseAsync("Run code."))
        {
            foreach (var content in chatUpdate.Contents)
            {
                switch (content)
                {
                    case CodeInterpreterToolCallContent call:
                        lines.Add($"{update}: code {call.CallId}");
                        break;
                    case CodeInterpreterToolResultContent result:
                        var output = Assert.Single(result.Outputs!);
                        lines.Add($"{update}: result {result.CallId} " + output switch
                        {
                            ErrorContent error => error.ErrorCode,
                            DataContent => "chart",
                            _ => "ok",
                        });
                        break;
                    case UsageContent:
                        break;
                    default:
                        lines.Add($"{update}: {content.GetType().Name}");
                        break;
                }
            }

            update++;
        }

        return lines;
    }

    [Fact]
    public async Task Without_ids_a_failed_run_and_its_retry_each_pair_code_and_result_across_chunks()
    {
        var lines = await StreamAsync(
            Chunk(Code("print(1/0)")),
            Chunk(Result("OUTCOME_FAILED", "ZeroDivisionError")),
            Chunk(Code("print(1/1)")),
            Chunk(Result("OUTCOME_OK", "1.0")));

        // The retry is the stream's second code part: r1-code-1, not a second r1-code-0.
        Assert.Equal(
            [
                "0: code r1-code-0",
                "1: result r1-code-0 OUTCOME_FAILED",
                "2: code r1-code-1",
                "3: result r1-code-1 ok",
            ], lines);
    }

    [Fact]
    public async Task A_result_without_an_id_in_a_later_chunk_takes_the_id_of_the_code_before_it()
    {
        var lines = await StreamAsync(
            Chunk(Code("print(6*7)", id: "c1")),
            Chunk(Result("OUTCOME_OK", "42")));

        Assert.Equal(["0: code c1", "1: result c1 ok"], lines);
    }

    [Fact]
    public async Task With_ids_two_codes_before_their_results_pair_by_id_not_by_order()
    {
        var lines = await StreamAsync(
            Chunk(Code("print('a')", id: "a")),
            Chunk(Code("print('b')", id: "b")),
            Chunk(Result("OUTCOME_OK", "b", id: "b")),
            Chunk(Result("OUTCOME_DEADLINE_EXCEEDED", "", id: "a")));

        Assert.Equal(
            [
                "0: code a",
                "1: code b",
                "2: result b ok",
                "3: result a OUTCOME_DEADLINE_EXCEEDED",
            ], lines);
    }

    [Fact]
    public async Task Ids_present_and_absent_mixed_across_chunks_keep_their_pairs()
    {
        // The code without an id is the stream's second code part; the result without an id goes to
        // the latest code, which is that one.
        var lines = await StreamAsync(
            Chunk(Code("print('a')", id: "a")),
            Chunk(Code("print('second')")),
            Chunk(Result("OUTCOME_OK", "a", id: "a")),
            Chunk(Result("OUTCOME_OK", "second")));

        Assert.Equal(
            [
                "0: code a",
                "1: code r1-code-1",
                "2: result a ok",
                "3: result r1-code-1 ok",
            ], lines);
    }

    [Fact]
    public async Task One_code_with_a_failed_result_then_a_retried_result_and_a_chart_in_later_chunks_share_its_call_id()
    {
        // A first run, complete in one chunk, so that the code under test is the stream's second.
        var lines = await StreamAsync(
            Chunk(Code("import math"), Result("OUTCOME_OK", "")),
            Chunk(Code("plot()")),
            Chunk(Result("OUTCOME_FAILED", "Timeout; retrying")),
            Chunk(Result("OUTCOME_OK", "done")),
            Chunk(Chart));

        Assert.Equal(
            [
                "0: code r1-code-0",
                "0: result r1-code-0 ok",
                "1: code r1-code-1",
                "2: result r1-code-1 OUTCOME_FAILED",
                "3: result r1-code-1 ok",
                "4: result r1-code-1 chart",
            ], lines);
    }
}
