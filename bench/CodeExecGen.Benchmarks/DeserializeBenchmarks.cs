using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gemini;
using Gemini.Serialization;

namespace CodeExecGen.Benchmarks;

/// <summary>
/// Reading recorded responses: the generated converters against System.Text.Json's own source
/// generator on equivalent POCOs (<see cref="PocoContext"/>), and a plain JsonDocument parse as a floor.
/// </summary>
[MemoryDiagnoser]
public class DeserializeBenchmarks
{
    private byte[] _utf8 = Array.Empty<byte>();

    [Params(
        "pydantic__pydantic-ai__test_code_execution.1.json",
        "pydantic__pydantic-ai__test_google_image_generation_with_web_search.json")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _utf8 = System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", Sample));

    [Benchmark(Baseline = true)]
    public GenerateContentResponse? Generated() => JsonSerializer.Deserialize(_utf8, ModelJson.GetTypeInfo<GenerateContentResponse>());

    [Benchmark]
    public PocoResponse? SystemTextJsonSourceGen() => JsonSerializer.Deserialize(_utf8, PocoContext.Default.PocoResponse);

    [Benchmark]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetPropertyCount();
    }
}
