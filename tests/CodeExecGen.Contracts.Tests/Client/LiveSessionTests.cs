using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using CodeExecGen.Http;
using Gemini;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>
/// Live API sessions against a loopback WebSocket endpoint. The server messages follow the members of
/// Google's Live API messages as listed in schema/SOURCES.md: a model turn spread over several
/// serverContent messages closed by turnComplete, toolCall with ids, goAway with a duration,
/// sessionResumptionUpdate with newHandle and resumable; each sent, as Google sends them, in binary frames.
/// </summary>
public class LiveSessionTests
{
    private static BidiGenerateContentSetup Setup(string model = "gemini-live-2.5-flash-preview") => new() { Model = model };

    [Fact]
    public async Task A_text_turn_arrives_over_several_messages_and_the_setup_and_key_are_sent_as_documented()
    {
        JsonElement? sent = null;
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            sent = await peer.ReceiveAsync();
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"role": "model", "parts": [{"text": "Hello"}]}}}""");
            await peer.SendAsync("""{"serverContent": {"modelTurn": {"parts": [{"text": ", world."}]}}}""");
            await peer.SendAsync("""{"serverContent": {"turnComplete": true}, "usageMetadata": {"totalTokenCount": 12}}""");
            await peer.CloseAsync();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        await session.SendAsync(new BidiGenerateContentClientContent { Turns = [new Content { Role = "user", Parts = [Part.FromText("Say hello")] }], TurnComplete = true });
        var turns = new List<GeminiLiveTurn>();
        await foreach (var turn in session.ReceiveTurnsAsync())
        {
            turns.Add(turn);
        }

        var only = Assert.Single(turns);
        Assert.Equal("Hello, world.", only.AsResponse().GetText());
        Assert.False(only.Interrupted);
        var setup = Assert.Single(server.Setups).GetProperty("setup");
        Assert.Equal("models/gemini-live-2.5-flash-preview", setup.GetProperty("model").GetString());
        Assert.Equal("/" + GeminiLive.Path, Assert.Single(server.Targets));
        Assert.True(sent!.Value.GetProperty("clientContent").GetProperty("turnComplete").GetBoolean());
        Assert.Equal("Say hello", sent.Value.GetProperty("clientContent").GetProperty("turns")[0].GetProperty("parts")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_policy_close_is_a_typed_exception_with_its_code_and_reason_and_without_the_key()
    {
        await using var server = await LiveServer.StartAsync(peer => peer.CloseAsync(WebSocketCloseStatus.PolicyViolation, "Quota exceeded for key " + LiveServer.Key));

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        var closed = await Assert.ThrowsAsync<GeminiLiveClosedException>(async () =>
        {
            await foreach (var _ in session.ReceiveAsync())
            {
            }
        });

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, closed.CloseStatus);
        Assert.Contains("Quota exceeded", closed.Reason);
        Assert.Contains("1008", closed.Message);
        Assert.DoesNotContain(LiveServer.Key, closed.Message);
        Assert.DoesNotContain(LiveServer.Key, closed.Reason);
    }

    [Fact]
    public async Task A_malformed_server_message_is_a_JsonException_with_its_path()
    {
        await using var server = await LiveServer.StartAsync(async peer =>
        {
            await peer.SendAsync("""{"serverContent": {"turnComplete": "yes"}}""");
            await peer.CloseAsync();
        });

        await using var session = await server.CreateClient().Live.ConnectAsync(Setup());
        var error = await Assert.ThrowsAsync<JsonException>(async () =>
        {
            await foreach (var _ in session.ReceiveAsync())
            {
            }
        });

        // The generated converters name the path in the message, as for REST bodies (ErrorTests).
        Assert.Contains("JSON path: $.serverContent.turnComplete.", error.Message);
    }

    [Fact]
    public async Task A_setup_the_server_refuses_fails_the_connect_with_the_close_code()
    {
        await using var server = await LiveServer.StartAsync(_ => Task.CompletedTask, answerSetup: peer => peer.CloseAsync(WebSocketCloseStatus.PolicyViolation, "models/nope is not found for API version v1beta"));

        var refused = await Assert.ThrowsAsync<GeminiLiveClosedException>(() => server.CreateClient().Live.ConnectAsync(Setup("nope")));

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, refused.CloseStatus);
        Assert.Contains("models/nope", refused.Reason);
    }

    [Fact]
    public async Task A_first_message_other_than_setupComplete_fails_the_connect()
    {
        await using var server = await LiveServer.StartAsync(peer => peer.CloseAsync(), answerSetup: peer => peer.SendAsync("""{"serverContent": {"turnComplete": true}}"""));

        await Assert.ThrowsAsync<InvalidDataException>(() => server.CreateClient().Live.ConnectAsync(Setup()));
    }

    [Fact]
    public async Task A_setup_without_a_model_is_refused_before_connecting()
    {
        await using var server = await LiveServer.StartAsync(_ => Task.CompletedTask);

        await Assert.ThrowsAsync<ArgumentNullException>(() => server.CreateClient().Live.ConnectAsync(new BidiGenerateContentSetup()));

        Assert.Empty(server.Targets);
    }

    [Fact]
    public async Task A_refused_key_fails_the_handshake_without_showing_the_key()
    {
        await using var server = await LiveServer.StartAsync(_ => Task.CompletedTask);
        var client = new GenerativeLanguageClient(new System.Net.Http.HttpClient { BaseAddress = server.Address }, "wrong-key-secret");

        var error = await Assert.ThrowsAsync<WebSocketException>(() => client.Live.ConnectAsync(Setup()));

        Assert.DoesNotContain("wrong-key-secret", error.ToString());
        Assert.DoesNotContain("key", Assert.Single(server.Targets), StringComparison.OrdinalIgnoreCase);
    }
}
