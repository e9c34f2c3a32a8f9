using System;
using System.IO;
using System.Linq;
using System.Text;

namespace CodeExecGen.Benchmarks;

/// <summary>
/// The recorded responses every read and write benchmark runs over (copied into the tests' Samples
/// folder with their sources). A unary response is one chunk; the stream is its six SSE events.
/// </summary>
public static class Inputs
{
    public const string CodeExecution1KB = "code-execution-1.2KB";
    public const string CodeExecution6KB = "code-execution-6KB";
    public const string FailedExecution = "failed-execution-2KB";
    public const string Image = "image-2.4MB";
    public const string Stream = "stream-6-chunks";

    /// <summary>What each input name stands for, in the order reports show them.</summary>
    public static readonly string[] All = [CodeExecution1KB, CodeExecution6KB, FailedExecution, Image, Stream];

    public static byte[][] Load(string name) => name switch
    {
        CodeExecution1KB => [Read("FirebaseExtended__vertexai-sdk-test-data__googleai__unary-success-code-execution.json")],
        CodeExecution6KB => [Read("pydantic__pydantic-ai__test_code_execution.1.json")],
        FailedExecution => [Read("vercel__ai__google-code-execution-single-combined-result-live-2026-07-16.json")],
        Image => [Read("pydantic__pydantic-ai__test_google_image_generation_with_web_search.json")],
        Stream => SseEvents("FirebaseExtended__vertexai-sdk-test-data__googleai__streaming-success-code-execution.sse"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a benchmark input."),
    };

    public static byte[][] SseEvents(string file)
        => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Samples", file))
            .Where(line => line.StartsWith("data:", StringComparison.Ordinal))
            .Select(line => Encoding.UTF8.GetBytes(line.Substring(5)))
            .ToArray();

    private static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", file));
}
