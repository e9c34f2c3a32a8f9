using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CodeExecGen.Benchmarks.Peers;

/// <summary>System.Text.Json on the same classes, by reflection and by its source generator, both omitting nulls as the generated contracts do.</summary>
public static class StjPeer
{
    public static readonly JsonSerializerOptions Reflection = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonTypeInfo<PocoResponse> SourceGen => PocoContext.Default.PocoResponse;
}
