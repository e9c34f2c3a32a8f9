using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Gemini;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Infrastructure;

/// <summary>
/// A Kestrel WebSocket endpoint on 127.0.0.1 standing in for the Live API: it accepts only the Live path
/// with the test key in x-goog-api-key, records each connection's setup message and request target, and
/// runs the test's script against the accepted socket.
/// </summary>
internal sealed class LiveServer : IAsyncDisposable
{
    public const string Key = "live-test-key-0123456789";

    private readonly WebApplication _app;

    private LiveServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Each connection's request target (path and query) as it arrived.</summary>
    public ConcurrentQueue<string> Targets { get; } = new();

    /// <summary>Each connection's first message, which must be the setup.</summary>
    public ConcurrentQueue<JsonElement> Setups { get; } = new();

    /// <summary>
    /// Starts a server; <paramref name="script"/> runs once per connection after the setup is answered
    /// (with setupComplete, or by <paramref name="answerSetup"/> when given).
    /// </summary>
    public static async Task<LiveServer> StartAsync(Func<LivePeer, Task> script, Func<LivePeer, Task>? answerSetup = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        LiveServer? server = null;
        app.Run(async context =>
        {
            server!.Targets.Enqueue(context.Request.Path + context.Request.QueryString);
            if (context.Request.Path != "/" + GeminiLive.Path || !context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = 404;
                return;
            }

            if (context.Request.Headers["x-goog-api-key"] != Key)
            {
                context.Response.StatusCode = 403;
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var peer = new LivePeer(socket, context);
            var setup = await peer.ReceiveAsync();
            server.Setups.Enqueue(setup);
            Assert.True(setup.TryGetProperty("setup", out _), "the first message is the setup");
            await (answerSetup ?? (p => p.SendAsync("""{"setupComplete": {}}""")))(peer);
            await script(peer);
        });
        await app.StartAsync();
        server = new LiveServer(app, new Uri(app.Urls.Single().TrimEnd('/') + "/"));
        return server;
    }

    public GenerativeLanguageClient CreateClient() => new(new System.Net.Http.HttpClient { BaseAddress = Address }, Key);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The server's end of one connection.</summary>
internal sealed class LivePeer(WebSocket socket, HttpContext context)
{
    public WebSocket Socket { get; } = socket;

    /// <summary>The client's next message, as JSON.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var message = new MemoryStream();
        var buffer = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await Socket.ReceiveAsync(buffer, CancellationToken.None);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

    /// <summary>Sends a message in a binary frame, as Google does, or split into fragments of <paramref name="fragment"/> bytes.</summary>
    public async Task SendAsync(string json, WebSocketMessageType type = WebSocketMessageType.Binary, int fragment = int.MaxValue)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var offset = 0; offset < bytes.Length; offset += fragment)
        {
            var count = Math.Min(fragment, bytes.Length - offset);
            await Socket.SendAsync(bytes.AsMemory(offset, count), type, offset + count >= bytes.Length, CancellationToken.None);
        }
    }

    /// <summary>Closes with <paramref name="status"/> and <paramref name="reason"/>, then waits for the client's answer.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? reason = null)
    {
        await Socket.CloseOutputAsync(status, reason, CancellationToken.None);
        var buffer = new byte[256];
        try
        {
            while ((await Socket.ReceiveAsync(buffer, CancellationToken.None)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (WebSocketException)
        {
            // The client went away without answering: nothing more to wait for.
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => context.Abort();
}
