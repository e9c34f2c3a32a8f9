using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeExecGen.Runtime.Tests.Infrastructure;

/// <summary>A stand-in for a generated response type: one property, unknown members kept.</summary>
public sealed class Chunk
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The type info a generated ModelJson would hand the runtime.</summary>
[JsonSerializable(typeof(Chunk))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
