using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeExecGen.Benchmarks;

// Hand-written equivalents of the fields a code-execution response uses, for System.Text.Json's
// source generator. They know less than the generated types (no unknown-field preservation).
public sealed class PocoResponse
{
    [JsonPropertyName("candidates")] public List<PocoCandidate>? Candidates { get; set; }
    [JsonPropertyName("usageMetadata")] public PocoUsage? UsageMetadata { get; set; }
    [JsonPropertyName("modelVersion")] public string? ModelVersion { get; set; }
    [JsonPropertyName("responseId")] public string? ResponseId { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PocoCandidate
{
    [JsonPropertyName("content")] public PocoContent? Content { get; set; }
    [JsonPropertyName("finishReason")] public string? FinishReason { get; set; }
    [JsonPropertyName("index")] public int? Index { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PocoContent
{
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("parts")] public List<PocoPart>? Parts { get; set; }
}

public sealed class PocoPart
{
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("thought")] public bool? Thought { get; set; }
    [JsonPropertyName("thoughtSignature")] public byte[]? ThoughtSignature { get; set; }
    [JsonPropertyName("inlineData")] public PocoBlob? InlineData { get; set; }
    [JsonPropertyName("executableCode")] public PocoCode? ExecutableCode { get; set; }
    [JsonPropertyName("codeExecutionResult")] public PocoResult? CodeExecutionResult { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PocoBlob
{
    [JsonPropertyName("mimeType")] public string? MimeType { get; set; }
    [JsonPropertyName("data")] public byte[]? Data { get; set; }
}

public sealed class PocoCode
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
}

public sealed class PocoResult
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("outcome")] public string? Outcome { get; set; }
    [JsonPropertyName("output")] public string? Output { get; set; }
}

public sealed class PocoUsage
{
    [JsonPropertyName("promptTokenCount")] public int? PromptTokenCount { get; set; }
    [JsonPropertyName("candidatesTokenCount")] public int? CandidatesTokenCount { get; set; }
    [JsonPropertyName("totalTokenCount")] public int? TotalTokenCount { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

[JsonSerializable(typeof(PocoResponse))]
public sealed partial class PocoContext : JsonSerializerContext
{
}
