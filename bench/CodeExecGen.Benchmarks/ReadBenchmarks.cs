using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CodeExecGen.Benchmarks.Peers;
using Gemini;
using Gemini.Serialization;

namespace CodeExecGen.Benchmarks;

/// <summary>
/// Reading each input (every chunk of the stream, in turn) into objects: the generated converters
/// (the baseline), the serializers a user would pick instead, and the floors.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[][] _chunks = [];

    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> InputNames => Inputs.All;

    [GlobalSetup]
    public void Setup() => _chunks = Inputs.Load(Input);

    [Benchmark(Baseline = true)]
    public int Generated()
    {
        var count = 0;
        foreach (var chunk in _chunks)
        {
            count += JsonSerializer.Deserialize(chunk, ModelJson.GetTypeInfo<GenerateContentResponse>())!.Candidates!.Count;
        }

        return count;
    }

    [Benchmark]
    public int StjSourceGen()
    {
        var count = 0;
        foreach (var chunk in _chunks)
        {
            count += JsonSerializer.Deserialize(chunk, StjPeer.SourceGen)!.Candidates!.Count;
        }

        return count;
    }

    [Benchmark]
    public int StjReflection()
    {
        var count = 0;
        foreach (var chunk in _chunks)
        {
            count += JsonSerializer.Deserialize<PocoResponse>(chunk, StjPeer.Reflection)!.Candidates!.Count;
        }

        return count;
    }

    [Benchmark]
    public int Newtonsoft()
    {
        var count = 0;
        foreach (var chunk in _chunks)
        {
            count += NewtonsoftPeer.Read(chunk)!.Candidates!.Count;
        }

        return count;
    }

    [Benchmark]
    public int FloorTokens()
    {
        var count = 0;
        foreach (var chunk in _chunks)
        {
            count += Floors.ReadTokens(chunk);
        }

        return count;
    }

    [Benchmark]
    public int FloorTokensAndStrings()
    {
        var count = 0;
        foreach (var chunk in _chunks)
        {
            count += Floors.ReadTokensAndStrings(chunk);
        }

        return count;
    }
}
