using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gemini;
using Gemini.Serialization;

namespace CodeExecGen.Benchmarks;

/// <summary>Writing a code-execution response back (what a multi-turn chat echoes to the API).</summary>
[MemoryDiagnoser]
public class SerializeBenchmarks
{
    private GenerateContentResponse _generated = new();
    private PocoResponse _poco = new();

    [GlobalSetup]
    public void Setup()
    {
        var utf8 = System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "pydantic__pydantic-ai__test_code_execution.1.json"));
        _generated = JsonSerializer.Deserialize(utf8, ModelJson.GetTypeInfo<GenerateContentResponse>())!;
        _poco = JsonSerializer.Deserialize(utf8, PocoContext.Default.PocoResponse)!;
    }

    [Benchmark(Baseline = true)]
    public byte[] Generated() => JsonSerializer.SerializeToUtf8Bytes(_generated, ModelJson.GetTypeInfo<GenerateContentResponse>());

    [Benchmark]
    public byte[] SystemTextJsonSourceGen() => JsonSerializer.SerializeToUtf8Bytes(_poco, PocoContext.Default.PocoResponse);
}
