using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace CodeExecGen.Tests;

/// <summary>What a chunk request meets at the <see cref="FakeUploadServer"/>.</summary>
internal enum ChunkFault
{
    None,

    /// <summary>Half the chunk (in whole granules) is kept, then the connection is cut.</summary>
    Drop,

    /// <summary>HTTP 503, nothing kept.</summary>
    Unavailable,

    /// <summary>Half the chunk (in whole granules) is kept and acknowledged.</summary>
    AcknowledgeHalf,

    /// <summary>The answer waits half a second (time for a test to cancel).</summary>
    Slow,

    /// <summary>The server loses every byte it held and answers HTTP 503: the upload must start over.</summary>
    Forget,
}

/// <summary>
/// Google's upload endpoint played on a real Kestrel server on 127.0.0.1: the resumable protocol (start,
/// upload, finalize, query; <c>X-Goog-Upload-Status</c>, <c>X-Goog-Upload-Size-Received</c>, declared
/// size and granularity checked) and the multipart one (the <c>multipart/related</c> body parsed). Every
/// request is recorded; faults are injected per chunk.
/// </summary>
internal sealed class FakeUploadServer : IAsyncDisposable
{
    public const string SessionPrefix = "/upload-session/";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Session> _sessions = new();
    private int _chunks;

    private FakeUploadServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>The key requests must carry in <c>x-goog-api-key</c>.</summary>
    public string Key { get; init; } = "AIzaSyFAKE-upload-key-0123456789";

    public int Granularity { get; set; } = 256 * 1024;

    /// <summary>The fault of the chunk request with this index (0 for the first); none by default.</summary>
    public Func<int, ChunkFault> FaultFor { get; set; } = _ => ChunkFault.None;

    /// <summary>When set, the final answer reports this size instead of what arrived.</summary>
    public long? FinalSizeReported { get; set; }

    /// <summary>Called as each chunk request arrives, with its index.</summary>
    public Action<int>? OnChunk { get; set; }

    public ConcurrentQueue<UploadRequestRecord> Requests { get; } = new();

    /// <summary>Every session address handed out: secrets the client must not show.</summary>
    public ConcurrentQueue<string> SessionUrls { get; } = new();

    /// <summary>The uploads that completed, in order.</summary>
    public ConcurrentQueue<UploadedMedia> Completed { get; } = new();

    public static async Task<FakeUploadServer> StartAsync(Action<FakeUploadServer>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        var server = new FakeUploadServer(app);
        configure?.Invoke(server);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new UploadRequestRecord(request.Method, context.Features.Get<IHttpRequestFeature>()!.RawTarget, headers));
        if (request.Method != "POST" || !headers.TryGetValue("x-goog-api-key", out var key) || key != Key)
        {
            await Error(context, 401, "UNAUTHENTICATED", "API key missing or wrong");
            return;
        }

        if (request.Path.StartsWithSegments(SessionPrefix.TrimEnd('/'), out var rest))
        {
            await SessionRequestAsync(context, rest.Value!.Trim('/'), headers);
            return;
        }

        switch (headers.GetValueOrDefault("X-Goog-Upload-Protocol"))
        {
            case "resumable" when headers.GetValueOrDefault("X-Goog-Upload-Command") == "start":
                await StartAsync(context, headers);
                break;
            case "multipart":
                await MultipartAsync(context);
                break;
            default:
                await Error(context, 400, "INVALID_ARGUMENT", "unknown upload protocol");
                break;
        }
    }

    private async Task StartAsync(HttpContext context, Dictionary<string, string> headers)
    {
        var metadata = await new StreamReader(context.Request.Body).ReadToEndAsync();
        JsonNode.Parse(metadata);
        long? declared = headers.TryGetValue("X-Goog-Upload-Header-Content-Length", out var length) ? long.Parse(length) : null;
        var id = Guid.NewGuid().ToString("N");
        _sessions[id] = new Session(metadata, headers.GetValueOrDefault("X-Goog-Upload-Header-Content-Type") ?? "", declared);
        var url = Address + SessionPrefix.TrimStart('/') + id + "?upload_id=" + id + "&upload_protocol=resumable";
        SessionUrls.Enqueue(url);
        context.Response.Headers["X-Goog-Upload-URL"] = url;
        context.Response.Headers["X-Goog-Upload-Status"] = "active";
        context.Response.Headers["X-Goog-Upload-Chunk-Granularity"] = Granularity.ToString();
    }

    private async Task SessionRequestAsync(HttpContext context, string id, Dictionary<string, string> headers)
    {
        if (!_sessions.TryGetValue(id, out var session) || context.Request.Query["upload_id"] != id)
        {
            await Error(context, 404, "NOT_FOUND", "no such upload session");
            return;
        }

        var command = headers.GetValueOrDefault("X-Goog-Upload-Command") ?? "";
        var response = context.Response;
        if (command == "query")
        {
            response.Headers["X-Goog-Upload-Status"] = session.Final ? "final" : "active";
            response.Headers["X-Goog-Upload-Size-Received"] = session.Data.Length.ToString();
            if (session.Final)
            {
                await FileAnswer(context, session.MimeType, FinalSizeReported ?? session.Data.Length);
            }

            return;
        }

        var finalize = command == "upload, finalize";
        if ((command != "upload" && !finalize) || session.Final)
        {
            await Error(context, 400, "INVALID_ARGUMENT", "unexpected command " + command);
            return;
        }

        if (!long.TryParse(headers.GetValueOrDefault("X-Goog-Upload-Offset"), out var offset) || offset != session.Data.Length)
        {
            await Error(context, 400, "INVALID_ARGUMENT", "offset " + headers.GetValueOrDefault("X-Goog-Upload-Offset") + " is not the " + session.Data.Length + " bytes received");
            return;
        }

        var index = Interlocked.Increment(ref _chunks) - 1;
        OnChunk?.Invoke(index);
        var fault = FaultFor(index);
        if (fault == ChunkFault.Drop)
        {
            var body = await ReadAsync(context.Request.Body, 2 * Granularity);
            session.Data.Write(body, 0, HalfInGranules(body.Length));
            context.Abort();
            return;
        }

        var chunk = await ReadAsync(context.Request.Body, int.MaxValue);
        if (fault == ChunkFault.Forget)
        {
            session.Data.SetLength(0);
        }

        if (fault is ChunkFault.Unavailable or ChunkFault.Forget)
        {
            await Error(context, 503, "UNAVAILABLE", "try again");
            return;
        }

        if (fault == ChunkFault.Slow)
        {
            await Task.Delay(500);
        }

        if (!finalize && chunk.Length % Granularity != 0)
        {
            await Error(context, 400, "INVALID_ARGUMENT", "a chunk before the last must be a multiple of the granularity");
            return;
        }

        var kept = fault == ChunkFault.AcknowledgeHalf ? HalfInGranules(chunk.Length) : chunk.Length;
        session.Data.Write(chunk, 0, kept);
        if (finalize && kept == chunk.Length)
        {
            if (session.Declared is { } declared && declared != session.Data.Length)
            {
                await Error(context, 400, "INVALID_ARGUMENT", "the upload holds " + session.Data.Length + " bytes; " + declared + " were declared");
                return;
            }

            session.Final = true;
            Completed.Enqueue(new UploadedMedia(session.Metadata, session.MimeType, session.Data.ToArray(), "resumable"));
            response.Headers["X-Goog-Upload-Status"] = "final";
            response.Headers["X-Goog-Upload-Size-Received"] = (FinalSizeReported ?? session.Data.Length).ToString();
            await FileAnswer(context, session.MimeType, FinalSizeReported ?? session.Data.Length);
            return;
        }

        response.Headers["X-Goog-Upload-Status"] = "active";
        response.Headers["X-Goog-Upload-Size-Received"] = session.Data.Length.ToString();
    }

    private async Task MultipartAsync(HttpContext context)
    {
        var type = MediaTypeHeaderValue.Parse(context.Request.ContentType);
        if (!type.MediaType.Equals("multipart/related", StringComparison.OrdinalIgnoreCase))
        {
            await Error(context, 400, "INVALID_ARGUMENT", "not multipart/related");
            return;
        }

        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(type.Boundary).Value!, context.Request.Body);
        var metadataSection = await reader.ReadNextSectionAsync();
        var metadata = await new StreamReader(metadataSection!.Body).ReadToEndAsync();
        JsonNode.Parse(metadata);
        var mediaSection = await reader.ReadNextSectionAsync();
        var bytes = await ReadAsync(mediaSection!.Body, int.MaxValue);
        if (!metadataSection.ContentType!.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || await reader.ReadNextSectionAsync() is not null)
        {
            await Error(context, 400, "INVALID_ARGUMENT", "expected a JSON part and a media part");
            return;
        }

        Completed.Enqueue(new UploadedMedia(metadata, mediaSection.ContentType!, bytes, "multipart"));
        await FileAnswer(context, mediaSection.ContentType!, bytes.Length);
    }

    private int HalfInGranules(int length) => length / 2 / Granularity * Granularity;

    private static async Task<byte[]> ReadAsync(Stream body, int limit)
    {
        var buffer = new MemoryStream();
        var block = new byte[64 * 1024];
        int read;
        while (buffer.Length < limit && (read = await body.ReadAsync(block.AsMemory(0, (int)Math.Min(block.Length, limit - buffer.Length)))) > 0)
        {
            buffer.Write(block, 0, read);
        }

        return buffer.ToArray();
    }

    private Task FileAnswer(HttpContext context, string mimeType, long size)
    {
        context.Response.ContentType = "application/json; charset=UTF-8";
        var file = new JsonObject
        {
            ["file"] = new JsonObject
            {
                ["name"] = "files/abc",
                ["uri"] = Address + "v1beta/files/abc",
                ["mimeType"] = mimeType,
                ["sizeBytes"] = size.ToString(),
                ["state"] = "PROCESSING",
            },
        };
        return context.Response.WriteAsync(file.ToJsonString());
    }

    private static Task Error(HttpContext context, int status, string name, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { error = new { code = status, message, status = name } }));
    }

    private sealed class Session(string metadata, string mimeType, long? declared)
    {
        public string Metadata { get; } = metadata;

        public string MimeType { get; } = mimeType;

        public long? Declared { get; } = declared;

        public MemoryStream Data { get; } = new();

        public bool Final { get; set; }
    }
}

/// <summary>A request as the upload server saw it (its body is the server's business).</summary>
internal sealed record UploadRequestRecord(string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string? Command => Headers.GetValueOrDefault("X-Goog-Upload-Command");
}

/// <summary>A completed upload: the metadata JSON, the media's type and bytes, and the protocol that carried them.</summary>
internal sealed record UploadedMedia(string Metadata, string MimeType, byte[] Bytes, string Protocol)
{
    public string Sha256 => Convert.ToHexString(SHA256.HashData(Bytes));
}
