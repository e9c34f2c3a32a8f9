using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CodeExecGen.Runtime.Tests.Infrastructure;

/// <summary>Runs the runtime's readers and writers on a reader or writer made from text.</summary>
internal static class Json
{
    /// <summary>A reader method of the runtime: JsonRuntime.ReadInt64, say.</summary>
    public delegate T Reader<T>(ref Utf8JsonReader reader);

    /// <summary>Reads UTF-8 JSON with the reader on its first token.</summary>
    public static T Read<T>(byte[] utf8, Reader<T> read, JsonReaderOptions options = default)
    {
        var reader = new Utf8JsonReader(utf8, options);
        reader.Read();
        return read(ref reader);
    }

    public static T Read<T>(string json, Reader<T> read, JsonReaderOptions options = default)
        => Read(Encoding.UTF8.GetBytes(json), read, options);

    /// <summary>Reads JSON split into two buffers at <paramref name="splitAt"/>, as a stream's reader sees it.</summary>
    public static T ReadSegmented<T>(string json, int splitAt, Reader<T> read)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var first = new Segment(utf8.AsMemory(0, splitAt));
        var last = first.Append(utf8.AsMemory(splitAt));
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        reader.Read();
        return read(ref reader);
    }

    /// <summary>What a writer holds after <paramref name="write"/>.</summary>
    public static string Write(Action<Utf8JsonWriter> write, JsonWriterOptions options = default)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
