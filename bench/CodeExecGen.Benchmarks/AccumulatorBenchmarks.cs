using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gemini;
using Gemini.Serialization;

namespace CodeExecGen.Benchmarks;

/// <summary>
/// A recorded code-execution stream, chunk by chunk: reading every chunk (the baseline), and reading
/// every chunk and merging it into a <see cref="GenerateContentAccumulator"/>. The ratio is what the
/// accumulator adds per chunk (issue 13: at most 1.2x reading).
/// </summary>
[MemoryDiagnoser]
public class AccumulatorBenchmarks
{
    private byte[][] _chunks = Array.Empty<byte[]>();

    [GlobalSetup]
    public void Setup()
        => _chunks = System.IO.File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Samples", "FirebaseExtended__vertexai-sdk-test-data__googleai__streaming-success-code-execution.sse"))
            .Where(line => line.StartsWith("data:", StringComparison.Ordinal))
            .Select(line => Encoding.UTF8.GetBytes(line.Substring(5)))
            .ToArray();

    [Benchmark(Baseline = true)]
    public int ReadChunks()
    {
        var count = 0;
        foreach (var chunk in _chunks)
        {
            count += JsonSerializer.Deserialize(chunk, ModelJson.GetTypeInfo<GenerateContentResponse>())!.Candidates?.Count ?? 0;
        }

        return count;
    }

    [Benchmark]
    public int ReadAndAccumulate()
    {
        var accumulator = new GenerateContentAccumulator();
        var steps = 0;
        foreach (var chunk in _chunks)
        {
            steps += accumulator.Add(JsonSerializer.Deserialize(chunk, ModelJson.GetTypeInfo<GenerateContentResponse>())!).Count;
        }

        return steps + accumulator.Response.Candidates!.Count;
    }
}
