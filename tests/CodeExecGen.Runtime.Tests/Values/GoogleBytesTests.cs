using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Values;

public class GoogleBytesTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("AQID", 3)]
    [InlineData("AQI=", 2)]
    [InlineData("AQ==", 1)]
    [InlineData("+/+/", 3)]
    public void Canonical_base64_is_kept_with_its_length_known_before_decoding(string base64, int length)
    {
        var kept = GoogleBytes.FromCanonicalBase64(Encoding.ASCII.GetBytes(base64));

        Assert.NotNull(kept);
        Assert.Equal(length, kept.Length);
        Assert.Equal(base64, kept.ToBase64());
        Assert.Equal(Convert.FromBase64String(base64), kept.ToArray());
    }

    [Theory]
    [InlineData("AQ")] // no padding
    [InlineData("AR==")] // bits no byte uses are set
    [InlineData("AQN=")]
    [InlineData("A===")]
    [InlineData("AQ=A")]
    [InlineData("-_8=")] // URL-safe alphabet
    [InlineData("AQ I")]
    public void Other_base64_is_not_kept(string base64)
        => Assert.Null(GoogleBytes.FromCanonicalBase64(Encoding.ASCII.GetBytes(base64)));

    [Fact]
    public void Kept_text_and_wrapped_bytes_are_equal_when_their_bytes_are()
    {
        var kept = GoogleBytes.FromCanonicalBase64("AQID"u8)!;
        var wrapped = new GoogleBytes(new byte[] { 1, 2, 3 });

        Assert.Equal(wrapped, kept);
        Assert.Equal(kept, wrapped);
        Assert.Equal(wrapped.GetHashCode(), kept.GetHashCode());
        Assert.NotEqual(GoogleBytes.FromCanonicalBase64("AQIE"u8)!, kept);
        Assert.Equal("AQID", wrapped.ToBase64());
    }

    [Fact]
    public void WriteTo_decodes_kept_text_in_pieces_no_larger_than_a_few_kilobytes()
    {
        var bytes = RandomBytes(10_000);
        var kept = GoogleBytes.FromCanonicalBase64(Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes)))!;
        var destination = new WriteRecordingStream();

        kept.WriteTo(destination);

        Assert.Equal(bytes, destination.ToArray());
        Assert.True(destination.Writes.Count > 1, "one write of the whole value");
        Assert.All(destination.Writes, size => Assert.True(size <= 3072, size + " bytes in one write"));
    }

    [Fact]
    public async Task WriteToAsync_decodes_kept_text_in_pieces_too()
    {
        var bytes = RandomBytes(10_001);
        var kept = GoogleBytes.FromCanonicalBase64(Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes)))!;
        var destination = new WriteRecordingStream();

        await kept.WriteToAsync(destination);

        Assert.Equal(bytes, destination.ToArray());
        Assert.True(destination.Writes.Count > 1, "one write of the whole value");
        Assert.All(destination.Writes, size => Assert.True(size <= 3072, size + " bytes in one write"));
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(25).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A write-only stream that records the size of each write.</summary>
    private sealed class WriteRecordingStream : Stream
    {
        private readonly MemoryStream _written = new();

        public List<int> Writes { get; } = new();

        public byte[] ToArray() => _written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            _written.Write(buffer);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written.Length;

        public override long Position { get => _written.Position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
