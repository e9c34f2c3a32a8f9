using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>The binary holder: base64 kept as read, decoded once on demand, written back unchanged.</summary>
public class GoogleBytesTests
{
    private static readonly byte[] Sample = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 31 % 251)).ToArray();

    private static GoogleBytes ReadSignature(string base64)
        => ModelJson.Deserialize<Part>("{\"thoughtSignature\": \"" + base64 + "\"}")!.ThoughtSignature!;

    [Theory]
    [InlineData("")]
    [InlineData("AA==")]
    [InlineData("AAE=")]
    [InlineData("AAEC")]
    [InlineData("+/8=")]
    public void Canonical_base64_is_written_back_as_read(string base64)
    {
        var bytes = ReadSignature(base64);
        Assert.Equal(Convert.FromBase64String(base64), bytes.ToArray());
        Assert.Equal(Convert.FromBase64String(base64).Length, bytes.Length);
        Assert.Equal(base64, bytes.ToBase64());
        Assert.Equal("{\"thoughtSignature\":\"" + base64 + "\"}", ModelJson.Serialize(new Part { ThoughtSignature = bytes }));
    }

    [Theory]
    [InlineData("QR==", "QQ==")] // unused bits set: same byte, canonical text differs
    [InlineData("QUI=", "QUI=")]
    [InlineData("QUJ=", "QUI=")]
    [InlineData("-_8", "+/8=")]
    [InlineData("\\u0041QID", "AQID")]
    public void Other_base64_is_decoded_and_written_canonically(string base64, string canonical)
    {
        var bytes = ReadSignature(base64);
        Assert.Equal(Convert.FromBase64String(canonical), bytes.ToArray());
        Assert.Equal("{\"thoughtSignature\":\"" + canonical + "\"}", ModelJson.Serialize(new Part { ThoughtSignature = bytes }));
    }

    [Theory]
    [InlineData("AQI*")]
    [InlineData("A===")]
    [InlineData("AQ=I")]
    [InlineData("AQ!D")]
    public void Strict_reading_refuses_what_is_not_base64(string base64)
        => Assert.Throws<JsonException>(() => ReadSignature(base64));

    [Fact]
    public void Memory_is_decoded_once_and_not_copied()
    {
        var bytes = ReadSignature(Convert.ToBase64String(Sample));
        Assert.True(MemoryMarshal.TryGetArray(bytes.Memory, out var first));
        Assert.True(MemoryMarshal.TryGetArray(bytes.Memory, out var second));
        Assert.Same(first.Array, second.Array);
        Assert.Equal(Sample, bytes.Span.ToArray());
        Assert.NotSame(first.Array, bytes.ToArray());
    }

    [Fact]
    public void Bytes_wrapped_from_an_array_are_not_copied()
    {
        GoogleBytes bytes = Sample;
        Assert.True(MemoryMarshal.TryGetArray(bytes.Memory, out var segment));
        Assert.Same(Sample, segment.Array);
        Assert.Equal(Convert.ToBase64String(Sample), bytes.ToBase64());
    }

    /// <summary>
    /// Each round, a fresh undecoded value and threads released together by a barrier into its first decode,
    /// so they race: a decode that publishes its array without a compare-and-swap hands two threads
    /// different arrays, and some round sees that. It cannot show a missing memory barrier on a weakly
    /// ordered CPU, or a race the scheduler happens never to interleave; a pass is evidence, not proof.
    /// </summary>
    [Fact]
    public void Threads_released_together_into_the_first_decode_all_get_one_array()
    {
        const int rounds = 300;
        var threads = Math.Clamp(Environment.ProcessorCount, 4, 16);
        var base64 = Convert.ToBase64String(Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray());
        var values = Enumerable.Range(0, rounds).Select(_ => ReadSignature(base64)).ToArray();
        var arrays = new byte[]?[rounds, threads];
        using var barrier = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var round = 0; round < rounds; round++)
            {
                barrier.SignalAndWait();
                arrays[round, t] = MemoryMarshal.TryGetArray(values[round].Memory, out var segment) ? segment.Array : null;
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => Assert.True(w.Join(TimeSpan.FromSeconds(30)), "a worker did not finish"));

        Assert.All(Enumerable.Range(0, rounds), round => Assert.NotNull(arrays[round, 0]));
        var split = Enumerable.Range(0, rounds).Count(round => Enumerable.Range(1, threads - 1).Any(t => !ReferenceEquals(arrays[round, 0], arrays[round, t])));
        Assert.True(split == 0, $"in {split} of {rounds} rounds, threads got different arrays");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3071)]
    [InlineData(3072)]
    [InlineData(3073)]
    [InlineData(10_000)]
    public async Task Writing_to_a_stream_gives_the_bytes_in_either_form(int length)
    {
        var expected = Sample.Take(length).ToArray();
        foreach (var bytes in new[] { ReadSignature(Convert.ToBase64String(expected)), new GoogleBytes(expected) })
        {
            using var sync = new MemoryStream();
            bytes.WriteTo(sync);
            Assert.Equal(expected, sync.ToArray());
            using var asynchronous = new MemoryStream();
            await bytes.WriteToAsync(asynchronous);
            Assert.Equal(expected, asynchronous.ToArray());
        }
    }

    [Fact]
    public void Equality_is_by_content_whatever_the_form()
    {
        var read = ReadSignature(Convert.ToBase64String(Sample));
        var readAgain = ReadSignature(Convert.ToBase64String(Sample));
        var wrapped = new GoogleBytes(Sample.ToArray());
        Assert.Equal(read, readAgain);
        Assert.Equal(read, wrapped);
        Assert.Equal(wrapped, read);
        Assert.Equal(read.GetHashCode(), wrapped.GetHashCode());
        Assert.NotEqual(read, new GoogleBytes(Sample.Take(9_999).ToArray()));
        var changed = Sample.ToArray();
        changed[5000] ^= 1;
        Assert.NotEqual(read, new GoogleBytes(changed));
        Assert.False(read.Equals(null));
    }

    [Fact]
    public void The_text_form_says_the_length_not_the_content()
    {
        Assert.Equal("3 bytes", ReadSignature("AQID").ToString());
        Assert.Equal(0, GoogleBytes.Empty.Length);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("bytes", Assert.Throws<ArgumentNullException>(() => new GoogleBytes(null!)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => GoogleBytes.Empty.WriteTo(null!)).ParamName);
    }

    [Fact]
    public void A_large_image_round_trips_byte_for_byte()
    {
        var json = "{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"" + Convert.ToBase64String(Sample) + "\"}}";
        var part = ModelJson.Deserialize<Part>(json)!;
        Assert.Equal(Sample.Length, part.InlineData!.Data!.Length);
        Assert.Equal(json, ModelJson.Serialize(part));
        Assert.Equal(Sample, part.InlineData.Data.ToArray());
        Assert.Equal(json, ModelJson.Serialize(part));
    }
}
