using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Functions;
using CodeExecGen.Contracts.Tests.Infrastructure;
using CodeExecGen.Http;
using Gemini;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>
/// Live sessions across turns: code execution reaching CodeExecutionStep, a tool call answered by a
/// generated function tool, transcriptions, goAway and resumption, and the faults of a connection.
/// Message shapes follow the Live API message members listed in schema/SOURCES.md.
/// </summary>
public class LiveTurnTests
{
    private static BidiGenerateContentSetup Setup() => new() { Model = "models/gemini-live-2.5-flash-preview", Tools = [Tool.ForCodeExecution()] };

    private static async Task<List<BidiGenerateContentServerMessage>> ReadAll(GeminiLiveSession session)
    {
        var messages = new List<BidiGenerateContentServerMessage>();
        await foreach (var message in session.ReceiveAsync())
        {
            messages.Add(message);
        }

        return messages;
    }

    [Fact]
    public async Task Code_and_its_result_in_separate_messages_with_a_chart_become_one_code_execution_step()
    {
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"text": "Plotting."}]}}}""");
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"executableCode": {"language": "PYTHON", "code": "import matplotlib\nprint(sum(range(10)))"}}]}}}""");
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "45\n"}}]}}}""");
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}]}}}""");
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"text": "The sum is 45."}]}, "generationComplete": true}}""");
            await peer.SendAsync("""{"serverContent": {"turnComplete": true}}""");
            // A second turn, interrupted by the user: it ends the turn with what was sent.
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"text": "Let me"}]}}}""");
            await peer.SendAsync("""{"serverContent": {"interrupted": true}}""");
            await peer.CloseAsync();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        await session.SendAsync(new BidiGenerateContentClientContent { Turns = [new Content { Role = "user", Parts = [Part.FromText("Sum 0..9 and plot it")] }], TurnComplete = true });
        var turns = new List<GeminiLiveTurn>();
        await foreach (var turn in session.ReceiveTurnsAsync())
        {
            turns.Add(turn);
            if (turns.Count == 1)
            {
                await session.SendAsync(new BidiGenerateContentRealtimeInput { Text = "stop" });
            }
        }

        Assert.Equal(2, turns.Count);
        var step = Assert.Single(turns[0].GetCodeExecutionSteps());
        Assert.True(step.IsOk);
        Assert.True(step.TryGetOutput(out var output));
        Assert.Equal("45\n", output);
        Assert.Contains("sum(range(10))", step.Code!.Code);
        Assert.Equal("image/png", Assert.Single(step.Images).MimeType);
        Assert.Equal(5, turns[0].Content.Parts!.Count);
        Assert.Single(turns[0].AsResponse().GetCodeExecutionSteps());
        Assert.True(turns[1].Interrupted);
        Assert.Equal("Let me", Assert.Single(turns[1].Content.Parts!).Text);
    }

    [Fact]
    public async Task A_tool_call_is_answered_by_a_generated_function_tool_with_the_ids_echoed()
    {
        JsonElement? answer = null;
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.SendAsync("""{"toolCall": {"functionCalls": [{"id": "call-1", "name": "get_weather", "args": {"place": {"city": "Utrecht"}}}, {"id": "call-2", "name": "Add", "args": {"a": 2, "b": 3}}]}}""");
            answer = await peer.ReceiveAsync();
            await peer.CloseAsync();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        await foreach (var message in session.ReceiveAsync())
        {
            if (message.ToolCall is { } call)
            {
                var parts = await WeatherTools.InvokeAllAsync(call.AsResponse());
                await session.SendAsync(BidiGenerateContentToolResponse.FromParts(parts));
            }
        }

        var responses = answer!.Value.GetProperty("toolResponse").GetProperty("functionResponses");
        Assert.Equal(["call-1", "call-2"], responses.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["get_weather", "Add"], responses.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Contains("Utrecht", responses[0].GetProperty("response").GetRawText());
    }

    [Fact]
    public async Task Transcriptions_and_tool_call_cancellations_are_read()
    {
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.SendAsync("""{"serverContent": {"inputTranscription": {"text": "what time is it"}}}""");
            await peer.SendAsync("""{"serverContent": {"outputTranscription": {"text": "It is noon."}}}""");
            await peer.SendAsync("""{"toolCallCancellation": {"ids": ["call-9"]}}""");
            await peer.CloseAsync();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        var messages = await ReadAll(session);

        Assert.Equal("what time is it", messages[0].ServerContent!.InputTranscription!.Text);
        Assert.Equal("It is noon.", messages[1].ServerContent!.OutputTranscription!.Text);
        Assert.Equal(["call-9"], messages[2].ToolCallCancellation!.Ids!);
    }

    [Fact]
    public async Task GoAway_and_the_resumption_handle_let_a_caller_resume_the_session()
    {
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.SendAsync("""{"sessionResumptionUpdate": {"newHandle": "handle-1", "resumable": true}}""");
            await peer.SendAsync("""{"sessionResumptionUpdate": {"resumable": false}}""");
            await peer.SendAsync("""{"goAway": {"timeLeft": "10s"}}""");
            await peer.CloseAsync();
        });
        var client = server.CreateClient();

        string? handle;
        await using (var first = await client.Live.ConnectAsync(Setup()))
        {
            await ReadAll(first);
            Assert.Equal(TimeSpan.FromSeconds(10), first.GoAway!.TimeLeft!.Value.ToTimeSpan());
            handle = first.LastResumptionHandle;
        }

        Assert.Equal("handle-1", handle);
        await using (var resumed = await client.Live.ConnectAsync(new BidiGenerateContentSetup { Model = "gemini-live-2.5-flash-preview", SessionResumption = new SessionResumptionConfig { Handle = handle } }))
        {
            await ReadAll(resumed);
        }

        Assert.Equal("handle-1", server.Setups.Last().GetProperty("setup").GetProperty("sessionResumption").GetProperty("handle").GetString());
    }

    [Fact]
    public async Task A_connection_dropped_mid_turn_is_a_typed_exception_not_a_hang()
    {
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"text": "Half a"}]}}}""");
            peer.Drop();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        await session.SendAsync(new BidiGenerateContentClientContent { Turns = [new Content { Role = "user", Parts = [Part.FromText("Tell a long story")] }], TurnComplete = true });
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var dropped = await Assert.ThrowsAsync<GeminiLiveClosedException>(async () =>
        {
            await foreach (var _ in session.ReceiveTurnsAsync(guard.Token))
            {
            }
        });

        Assert.Null(dropped.CloseStatus);
        Assert.False(guard.IsCancellationRequested);
    }

    [Fact]
    public async Task An_internal_error_close_carries_1011()
    {
        await using var server = await LiveServer.StartAsync(peer => peer.CloseAsync(WebSocketCloseStatus.InternalServerError, "Internal error occurred."));

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        var closed = await Assert.ThrowsAsync<GeminiLiveClosedException>(() => ReadAll(session));

        Assert.Equal(WebSocketCloseStatus.InternalServerError, closed.CloseStatus);
        Assert.Equal("Internal error occurred.", closed.Reason);
    }

    [Fact]
    public async Task Fragmented_text_frames_are_reassembled()
    {
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"text": "in pieces"}]}, "turnComplete": true}}""", WebSocketMessageType.Text, fragment: 7);
            await peer.CloseAsync();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        var turn = Assert.Single(await ToListAsync(session.ReceiveTurnsAsync()));

        Assert.Equal("in pieces", turn.AsResponse().GetText());
    }

    [Fact]
    public async Task A_message_above_the_cap_is_refused_and_the_session_aborted()
    {
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.SendAsync("{\"serverContent\": {\"modelTurn\": {\"parts\": [{\"text\": \"" + new string('x', 4096) + "\"}]}}}", fragment: 1000);
            await peer.CloseAsync();
        });
        var client = server.CreateClient();
        client.Live.MaxMessageBytes = 2048;

        await using var session = await client.Live.ConnectAsync(Setup());
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAll(session));

        Assert.Contains("2048 bytes", error.Message);
    }

    [Fact]
    public void A_cap_that_is_not_positive_is_refused_before_any_connection()
    {
        var live = new GenerativeLanguageClient(new System.Net.Http.HttpClient(), "k").Live;

        Assert.Throws<ArgumentOutOfRangeException>(() => live.MaxMessageBytes = 0);
        Assert.Equal(LiveSocket.DefaultMaxMessageBytes, live.MaxMessageBytes);
    }

    [Fact]
    public async Task Two_readers_at_once_are_refused()
    {
        var release = new TaskCompletionSource();
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await release.Task;
            await peer.CloseAsync();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        var first = ReadAll(session);
        await Task.Delay(50);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAll(session));
        release.SetResult();
        Assert.Empty(await first);
    }

    [Fact]
    public async Task Cancelling_a_read_and_disposing_closes_the_session_promptly()
    {
        var closedByClient = new TaskCompletionSource<WebSocketCloseStatus?>();
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            var buffer = new byte[64];
            var result = await peer.Socket.ReceiveAsync(buffer, CancellationToken.None);
            closedByClient.TrySetResult(result.MessageType == WebSocketMessageType.Close ? result.CloseStatus : null);
            await peer.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        });

        var session = await server.CreateClient().Live.ConnectAsync(Setup());
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(session.ReceiveAsync(cancel.Token)));
        }

        var disposing = session.DisposeAsync().AsTask();
        Assert.Same(disposing, await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(10))));
        await disposing;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
