using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Microsoft.AspNetCore.Http;
using Xunit;
using File = System.IO.File;

namespace CodeExecGen.Contracts.Tests;

/// <summary>
/// A chart the code drew, saved with <c>Blob.SaveAsync</c>: the bytes as sent, the extension from the media
/// type, and the same bytes whether the answer came whole or streamed.
/// </summary>
public sealed class ChartSavingTests : IDisposable
{
    private const string Sample = "FirebaseExtended__vertexai-sdk-test-data__vertexai__unary-success-image-invalid-safety-ratings.json";

    private readonly string _folder = Directory.CreateTempSubdirectory("codeexecgen-charts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A real PNG (a recorded image answer's), base64 as the API sends it.</summary>
    private static string RecordedPng()
    {
        using var document = JsonDocument.Parse(Samples.Read("responses", Sample));
        return document.RootElement.GetProperty("candidates")[0].GetProperty("content").GetProperty("parts")[0].GetProperty("inlineData").GetProperty("data").GetString()!;
    }

    /// <summary>The parts of a code-execution answer that drew a chart: code, its result, the chart, then text.</summary>
    private static string[] ChartParts() =>
    [
        """{"executableCode": {"language": "PYTHON", "code": "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.savefig('chart.png')"}}""",
        """{"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": ""}}""",
        """{"inlineData": {"mimeType": "image/png", "data": "PNG"}}""".Replace("PNG", RecordedPng()),
        """{"text": "Here is the chart "}""",
        """{"text": "of the three points."}""",
    ];

    private static string Chunk(string part) => """{"candidates": [{"index": 0, "content": {"role": "model", "parts": [PART]}}], "responseId": "r1"}""".Replace("PART", part);

    [Fact]
    public async Task A_streamed_chart_accumulates_to_the_same_bytes_as_the_unary_answer()
    {
        var parts = ChartParts();
        var unary = ModelJson.Deserialize<GenerateContentResponse>(Chunk(string.Join(",", parts)))!;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            foreach (var part in parts)
            {
                // Each part in its own event, flushed: the chart arrives in a chunk of its own, after its code and result.
                await context.Response.WriteAsync("data: " + Chunk(part) + "\r\n\r\n");
                await context.Response.Body.FlushAsync();
            }
        });
        var client = new GenerativeLanguageClient(server.CreateClient(), "test-key");
        var accumulator = new GenerateContentAccumulator();
        var chunks = 0;
        await foreach (var chunk in client.Models.StreamGenerateContentAsync("gemini-2.5-flash", new GenerateContentRequest()))
        {
            accumulator.Add(chunk);
            chunks++;
        }

        Assert.Equal(parts.Length, chunks);
        var streamed = Assert.Single(Assert.Single(accumulator.Response.GetCodeExecutionSteps()).Images);
        var whole = Assert.Single(Assert.Single(unary.GetCodeExecutionSteps()).Images);
        var expected = Convert.FromBase64String(RecordedPng());
        Assert.Equal(expected, await File.ReadAllBytesAsync(await whole.SaveAsync(Path.Combine(_folder, "unary"))));
        Assert.Equal(expected, await File.ReadAllBytesAsync(await streamed.SaveAsync(Path.Combine(_folder, "streamed"))));
        Assert.Equal("Here is the chart of the three points.", accumulator.Response.GetText());
    }

    [Fact]
    public async Task SaveAsync_adds_the_media_types_extension_to_a_path_without_one_and_returns_the_path_written()
    {
        var chart = new Blob { MimeType = "image/png", Data = new byte[] { 0x89, 0x50, 0x4E, 0x47 } };

        var written = await chart.SaveAsync(Path.Combine(_folder, "chart"));

        Assert.Equal(Path.Combine(_folder, "chart.png"), written);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, await File.ReadAllBytesAsync(written));
    }

    [Fact]
    public async Task SaveAsync_keeps_an_extension_the_path_has_and_replaces_a_file_there()
    {
        var path = Path.Combine(_folder, "figure.image");
        await File.WriteAllTextAsync(path, "an older, longer file that must not survive");

        var written = await new Blob { MimeType = "image/png", Data = new byte[] { 1, 2, 3 } }.SaveAsync(path);

        Assert.Equal(path, written);
        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task SaveAsync_to_a_stream_writes_the_bytes_and_leaves_the_stream_open()
    {
        using var destination = new MemoryStream();

        await new Blob { MimeType = "image/svg+xml", Data = "<svg/>"u8.ToArray() }.SaveAsync(destination);
        await new Blob { MimeType = "image/gif" }.SaveAsync(destination);

        Assert.Equal("<svg/>"u8.ToArray(), destination.ToArray());
        Assert.True(destination.CanWrite);
    }

    [Theory]
    [InlineData("image/png", ".png")]
    [InlineData("image/jpeg", ".jpg")]
    [InlineData("IMAGE/JPEG; quality=90", ".jpg")]
    [InlineData("image/svg+xml", ".svg")]
    [InlineData("image/webp", ".webp")]
    [InlineData("image/gif", ".gif")]
    [InlineData("text/csv", ".csv")]
    [InlineData("image/x-unheard-of", ".bin")]
    [InlineData("", ".bin")]
    [InlineData(null, ".bin")]
    public void The_extension_comes_from_the_media_type(string? mimeType, string extension)
        => Assert.Equal(extension, Blob.FileExtensionFor(mimeType));

    [Fact]
    public async Task SaveAsync_checks_its_arguments()
    {
        var chart = new Blob { MimeType = "image/png", Data = new byte[] { 1 } };

        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentNullException>(() => chart.SaveAsync((string)null!))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentException>(() => chart.SaveAsync(""))).ParamName);
        Assert.Equal("destination", (await Assert.ThrowsAsync<ArgumentNullException>(() => chart.SaveAsync((Stream)null!))).ParamName);
    }
}
