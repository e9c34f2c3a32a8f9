using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port), started and stopped by a test. Each request is
/// recorded exactly as it arrived (verb, raw target, headers, body) and answered by the test's handler.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public RecordedRequest Single => Assert.Single(Requests);

    /// <summary>Starts a server whose every request goes to <paramref name="handler"/>.</summary>
    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            server!.Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Features.Get<IHttpRequestFeature>()!.RawTarget,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));
            await handler(context);
        });
        await app.StartAsync();
        server = new LoopbackServer(app, new Uri(app.Urls.Single().TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Starts a server that answers every request with <paramref name="body"/>.</summary>
    public static Task<LoopbackServer> ServingAsync(string body, int status = 200, string contentType = "application/json")
        => StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    /// <summary>An HTTP client whose base address is this server (optionally under a path, as a proxy would be).</summary>
    public HttpClient CreateClient(string path = "") => new() { BaseAddress = new Uri(Address, path) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the server saw it.</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Path => Target.Split('?')[0];

    public string Query => Target.Contains('?') ? Target[Target.IndexOf('?')..] : string.Empty;
}
