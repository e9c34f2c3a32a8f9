using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Converters;
using NJ = Newtonsoft.Json;

namespace CodeExecGen.Benchmarks.Peers;

// Hand-written classes that know every field the benchmark inputs hold, as a user of System.Text.Json
// or Newtonsoft.Json would write them: enums as C# enums read and written by their wire strings, bytes
// as byte[], unknown fields kept in an extension dictionary (STJ) so nothing is dropped on a round trip.

public sealed class PocoResponse
{
    [JsonPropertyName("candidates"), NJ.JsonProperty("candidates")] public List<PocoCandidate>? Candidates { get; set; }
    [JsonPropertyName("usageMetadata"), NJ.JsonProperty("usageMetadata")] public PocoUsage? UsageMetadata { get; set; }
    [JsonPropertyName("modelVersion"), NJ.JsonProperty("modelVersion")] public string? ModelVersion { get; set; }
    [JsonPropertyName("responseId"), NJ.JsonProperty("responseId")] public string? ResponseId { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
    public static bool HasUnknownFields(PocoResponse response)
        => response.ExtensionData is not null
        || response.UsageMetadata?.ExtensionData is not null
        || response.Candidates?.Exists(candidate => candidate.ExtensionData is not null || candidate.Content?.ExtensionData is not null || candidate.Content?.Parts?.Exists(part => part.ExtensionData is not null) == true) == true;
}

public sealed class PocoCandidate
{
    [JsonPropertyName("content"), NJ.JsonProperty("content")] public PocoContent? Content { get; set; }
    [JsonPropertyName("finishReason"), NJ.JsonProperty("finishReason")] public PocoFinishReason? FinishReason { get; set; }
    [JsonPropertyName("index"), NJ.JsonProperty("index")] public int? Index { get; set; }
    [JsonPropertyName("groundingMetadata"), NJ.JsonProperty("groundingMetadata")] public PocoGroundingMetadata? GroundingMetadata { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PocoContent
{
    [JsonPropertyName("role"), NJ.JsonProperty("role")] public string? Role { get; set; }
    [JsonPropertyName("parts"), NJ.JsonProperty("parts")] public List<PocoPart>? Parts { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PocoPart
{
    [JsonPropertyName("text"), NJ.JsonProperty("text")] public string? Text { get; set; }
    [JsonPropertyName("thought"), NJ.JsonProperty("thought")] public bool? Thought { get; set; }
    [JsonPropertyName("thoughtSignature"), NJ.JsonProperty("thoughtSignature")] public byte[]? ThoughtSignature { get; set; }
    [JsonPropertyName("inlineData"), NJ.JsonProperty("inlineData")] public PocoBlob? InlineData { get; set; }
    [JsonPropertyName("executableCode"), NJ.JsonProperty("executableCode")] public PocoCode? ExecutableCode { get; set; }
    [JsonPropertyName("codeExecutionResult"), NJ.JsonProperty("codeExecutionResult")] public PocoResult? CodeExecutionResult { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PocoBlob
{
    [JsonPropertyName("mimeType"), NJ.JsonProperty("mimeType")] public string? MimeType { get; set; }
    [JsonPropertyName("data"), NJ.JsonProperty("data")] public byte[]? Data { get; set; }
}

public sealed class PocoCode
{
    [JsonPropertyName("id"), NJ.JsonProperty("id")] public string? Id { get; set; }
    [JsonPropertyName("language"), NJ.JsonProperty("language")] public PocoLanguage? Language { get; set; }
    [JsonPropertyName("code"), NJ.JsonProperty("code")] public string? Code { get; set; }
}

public sealed class PocoResult
{
    [JsonPropertyName("id"), NJ.JsonProperty("id")] public string? Id { get; set; }
    [JsonPropertyName("outcome"), NJ.JsonProperty("outcome")] public PocoOutcome? Outcome { get; set; }
    [JsonPropertyName("output"), NJ.JsonProperty("output")] public string? Output { get; set; }
}

public sealed class PocoGroundingMetadata
{
    [JsonPropertyName("groundingChunks"), NJ.JsonProperty("groundingChunks")] public List<PocoGroundingChunk>? GroundingChunks { get; set; }
    [JsonPropertyName("searchEntryPoint"), NJ.JsonProperty("searchEntryPoint")] public PocoSearchEntryPoint? SearchEntryPoint { get; set; }
    [JsonPropertyName("webSearchQueries"), NJ.JsonProperty("webSearchQueries")] public List<string>? WebSearchQueries { get; set; }
}

public sealed class PocoGroundingChunk
{
    [JsonPropertyName("web"), NJ.JsonProperty("web")] public PocoWeb? Web { get; set; }
}

public sealed class PocoWeb
{
    [JsonPropertyName("uri"), NJ.JsonProperty("uri")] public string? Uri { get; set; }
    [JsonPropertyName("title"), NJ.JsonProperty("title")] public string? Title { get; set; }
}

public sealed class PocoSearchEntryPoint
{
    [JsonPropertyName("renderedContent"), NJ.JsonProperty("renderedContent")] public string? RenderedContent { get; set; }
}

public sealed class PocoUsage
{
    [JsonPropertyName("promptTokenCount"), NJ.JsonProperty("promptTokenCount")] public int? PromptTokenCount { get; set; }
    [JsonPropertyName("candidatesTokenCount"), NJ.JsonProperty("candidatesTokenCount")] public int? CandidatesTokenCount { get; set; }
    [JsonPropertyName("totalTokenCount"), NJ.JsonProperty("totalTokenCount")] public int? TotalTokenCount { get; set; }
    [JsonPropertyName("thoughtsTokenCount"), NJ.JsonProperty("thoughtsTokenCount")] public int? ThoughtsTokenCount { get; set; }
    [JsonPropertyName("toolUsePromptTokenCount"), NJ.JsonProperty("toolUsePromptTokenCount")] public int? ToolUsePromptTokenCount { get; set; }
    [JsonPropertyName("promptTokensDetails"), NJ.JsonProperty("promptTokensDetails")] public List<PocoModalityTokenCount>? PromptTokensDetails { get; set; }
    [JsonPropertyName("candidatesTokensDetails"), NJ.JsonProperty("candidatesTokensDetails")] public List<PocoModalityTokenCount>? CandidatesTokensDetails { get; set; }
    [JsonPropertyName("toolUsePromptTokensDetails"), NJ.JsonProperty("toolUsePromptTokensDetails")] public List<PocoModalityTokenCount>? ToolUsePromptTokensDetails { get; set; }
    [JsonPropertyName("serviceTier"), NJ.JsonProperty("serviceTier")] public PocoServiceTier? ServiceTier { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PocoModalityTokenCount
{
    [JsonPropertyName("modality"), NJ.JsonProperty("modality")] public PocoModality? Modality { get; set; }
    [JsonPropertyName("tokenCount"), NJ.JsonProperty("tokenCount")] public int? TokenCount { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoFinishReason>)), NJ.JsonConverter(typeof(StringEnumConverter))]
public enum PocoFinishReason
{
    [JsonStringEnumMemberName("FINISH_REASON_UNSPECIFIED"), EnumMember(Value = "FINISH_REASON_UNSPECIFIED")] Unspecified,
    [JsonStringEnumMemberName("STOP"), EnumMember(Value = "STOP")] Stop,
    [JsonStringEnumMemberName("MAX_TOKENS"), EnumMember(Value = "MAX_TOKENS")] MaxTokens,
    [JsonStringEnumMemberName("SAFETY"), EnumMember(Value = "SAFETY")] Safety,
    [JsonStringEnumMemberName("RECITATION"), EnumMember(Value = "RECITATION")] Recitation,
    [JsonStringEnumMemberName("OTHER"), EnumMember(Value = "OTHER")] Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoLanguage>)), NJ.JsonConverter(typeof(StringEnumConverter))]
public enum PocoLanguage
{
    [JsonStringEnumMemberName("LANGUAGE_UNSPECIFIED"), EnumMember(Value = "LANGUAGE_UNSPECIFIED")] Unspecified,
    [JsonStringEnumMemberName("PYTHON"), EnumMember(Value = "PYTHON")] Python,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoOutcome>)), NJ.JsonConverter(typeof(StringEnumConverter))]
public enum PocoOutcome
{
    [JsonStringEnumMemberName("OUTCOME_UNSPECIFIED"), EnumMember(Value = "OUTCOME_UNSPECIFIED")] Unspecified,
    [JsonStringEnumMemberName("OUTCOME_OK"), EnumMember(Value = "OUTCOME_OK")] Ok,
    [JsonStringEnumMemberName("OUTCOME_FAILED"), EnumMember(Value = "OUTCOME_FAILED")] Failed,
    [JsonStringEnumMemberName("OUTCOME_DEADLINE_EXCEEDED"), EnumMember(Value = "OUTCOME_DEADLINE_EXCEEDED")] DeadlineExceeded,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoModality>)), NJ.JsonConverter(typeof(StringEnumConverter))]
public enum PocoModality
{
    [JsonStringEnumMemberName("MODALITY_UNSPECIFIED"), EnumMember(Value = "MODALITY_UNSPECIFIED")] Unspecified,
    [JsonStringEnumMemberName("TEXT"), EnumMember(Value = "TEXT")] Text,
    [JsonStringEnumMemberName("IMAGE"), EnumMember(Value = "IMAGE")] Image,
    [JsonStringEnumMemberName("VIDEO"), EnumMember(Value = "VIDEO")] Video,
    [JsonStringEnumMemberName("AUDIO"), EnumMember(Value = "AUDIO")] Audio,
    [JsonStringEnumMemberName("DOCUMENT"), EnumMember(Value = "DOCUMENT")] Document,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoServiceTier>)), NJ.JsonConverter(typeof(StringEnumConverter))]
public enum PocoServiceTier
{
    [JsonStringEnumMemberName("unspecified"), EnumMember(Value = "unspecified")] Unspecified,
    [JsonStringEnumMemberName("standard"), EnumMember(Value = "standard")] Standard,
    [JsonStringEnumMemberName("flex"), EnumMember(Value = "flex")] Flex,
    [JsonStringEnumMemberName("priority"), EnumMember(Value = "priority")] Priority,
}

/// <summary>System.Text.Json's source generator over the same classes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PocoResponse))]
public sealed partial class PocoContext : JsonSerializerContext
{
}
