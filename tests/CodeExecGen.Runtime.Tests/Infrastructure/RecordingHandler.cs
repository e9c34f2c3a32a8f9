using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CodeExecGen.Runtime.Tests.Infrastructure;

/// <summary>An HTTP handler that answers every request with one canned response and keeps the requests.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Func<HttpResponseMessage> _respond;

    public RecordingHandler(Func<HttpResponseMessage> respond) => _respond = respond;

    public List<HttpRequestMessage> Requests { get; } = new();

    /// <summary>Each request's body as text, read before the transport disposes it.</summary>
    public List<string?> Bodies { get; } = new();

    public static RecordingHandler Answering(HttpStatusCode status, string body, string? reasonPhrase = null)
        => new(() => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8), ReasonPhrase = reasonPhrase });

    public static RecordingHandler Streaming(Stream body)
        => new(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        return _respond();
    }
}

/// <summary>A stream that gives its bytes, then fails as a dropped connection does.</summary>
internal sealed class DroppedConnectionStream : Stream
{
    private readonly MemoryStream _before;

    public DroppedConnectionStream(string before) => _before = new MemoryStream(Encoding.UTF8.GetBytes(before));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        var read = _before.Read(buffer);
        return read > 0 || buffer.Length == 0 ? read : throw new IOException("The connection was reset.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
