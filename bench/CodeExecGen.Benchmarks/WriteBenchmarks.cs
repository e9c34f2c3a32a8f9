using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CodeExecGen.Benchmarks.Peers;
using Gemini;
using Gemini.Serialization;

namespace CodeExecGen.Benchmarks;

/// <summary>
/// Writing each input back to UTF-8 bytes (what a multi-turn chat echoes to the API): the generated
/// converters with the default encoder (the baseline) and with the relaxed one users can opt into,
/// the peers on the same content, and a writer replaying the same tokens.
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private static readonly JsonSerializerOptions Relaxed = new(ModelJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private GenerateContentResponse[] _generated = [];
    private PocoResponse[] _poco = [];
    private Floors.Token[][] _tokens = [];
    private readonly ArrayBufferWriter<byte> _buffer = new();

    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> InputNames => Inputs.All;

    [GlobalSetup]
    public void Setup()
    {
        var chunks = Inputs.Load(Input);
        _generated = chunks.Select(chunk => JsonSerializer.Deserialize(chunk, ModelJson.GetTypeInfo<GenerateContentResponse>())!).ToArray();
        _poco = chunks.Select(chunk => JsonSerializer.Deserialize(chunk, StjPeer.SourceGen)!).ToArray();
        _tokens = chunks.Select(Floors.Record).ToArray();
        if (_poco.Any(PocoResponse.HasUnknownFields))
        {
            throw new System.InvalidOperationException("The POCOs must know every field of " + Input + ", or the comparison is not like for like.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Generated()
    {
        var length = 0;
        foreach (var value in _generated)
        {
            length += JsonSerializer.SerializeToUtf8Bytes(value, ModelJson.GetTypeInfo<GenerateContentResponse>()).Length;
        }

        return length;
    }

    [Benchmark]
    public int GeneratedRelaxedEscaping()
    {
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<GenerateContentResponse>)Relaxed.GetTypeInfo(typeof(GenerateContentResponse));
        var length = 0;
        foreach (var value in _generated)
        {
            length += JsonSerializer.SerializeToUtf8Bytes(value, typeInfo).Length;
        }

        return length;
    }

    [Benchmark]
    public int StjSourceGen()
    {
        var length = 0;
        foreach (var value in _poco)
        {
            length += JsonSerializer.SerializeToUtf8Bytes(value, StjPeer.SourceGen).Length;
        }

        return length;
    }

    [Benchmark]
    public int StjReflection()
    {
        var length = 0;
        foreach (var value in _poco)
        {
            length += JsonSerializer.SerializeToUtf8Bytes(value, StjPeer.Reflection).Length;
        }

        return length;
    }

    [Benchmark]
    public int Newtonsoft()
    {
        var length = 0;
        foreach (var value in _poco)
        {
            length += NewtonsoftPeer.Write(value).Length;
        }

        return length;
    }

    [Benchmark]
    public int FloorTokens()
    {
        var length = 0;
        foreach (var tokens in _tokens)
        {
            length += Floors.WriteTokens(tokens, _buffer).Length;
        }

        return length;
    }
}
