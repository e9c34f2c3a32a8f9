using System;
using System.Collections.Concurrent;
using System.IO;

namespace CodeExecGen.Runtime.Tests.Infrastructure;

/// <summary>A stream read once to its end, as a network or pipe stream is: no length, no seeking.</summary>
internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A seekable stream whose length says more bytes than it holds.</summary>
internal sealed class OverstatedLengthStream(byte[] bytes, long extra) : MemoryStream(bytes)
{
    public override long Length => base.Length + extra;
}

/// <summary>Progress as reported, synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<long>
{
    public ConcurrentQueue<long> Reports { get; } = new();

    public void Report(long value) => Reports.Enqueue(value);
}
