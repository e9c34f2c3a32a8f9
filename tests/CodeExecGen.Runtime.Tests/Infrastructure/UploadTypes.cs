using System.Text.Json.Serialization;

namespace CodeExecGen.Runtime.Tests.Infrastructure;

/// <summary>The shape of <c>CreateFileRequest</c>: what an upload's metadata looks like.</summary>
internal sealed class UploadMetadata
{
    [JsonPropertyName("file")]
    public UploadedFileInfo? File { get; set; }
}

/// <summary>The shape of <c>CreateFileResponse</c>: what a finished upload answers.</summary>
internal sealed class UploadAnswer
{
    [JsonPropertyName("file")]
    public UploadedFileInfo? File { get; set; }
}

internal sealed class UploadedFileInfo
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("mimeType")]
    public string? MimeType { get; set; }

    [JsonPropertyName("sizeBytes")]
    public string? SizeBytes { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }
}

/// <summary>The type infos a generated ModelJson would hand the upload.</summary>
[JsonSerializable(typeof(UploadMetadata))]
[JsonSerializable(typeof(UploadAnswer))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class UploadJsonContext : JsonSerializerContext
{
}
