using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>
/// Our reading of every recorded response equals what System.Text.Json's reflection serializer reads
/// into hand-written POCOs, on every field both know.
/// </summary>
public class EquivalenceTests
{
    public static TheoryData<string> Responses => new(Samples.Files("responses", ".json"));

    [Theory]
    [MemberData(nameof(Responses))]
    public void Generated_types_read_what_reflection_reads(string file)
    {
        using var document = JsonDocument.Parse(Samples.Read("responses", file));
        var values = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList()
            : [document.RootElement.GetRawText()];
        foreach (var json in values)
        {
            var ours = ModelJson.Deserialize<GenerateContentResponse>(json)!;
            var theirs = JsonSerializer.Deserialize<PocoResponse>(json)!;
            Assert.Equal(theirs.ResponseId, ours.ResponseId);
            Assert.Equal(theirs.ModelVersion, ours.ModelVersion);
            Assert.Equal(theirs.Usage?.PromptTokenCount, ours.UsageMetadata?.PromptTokenCount);
            Assert.Equal(theirs.Usage?.CandidatesTokenCount, ours.UsageMetadata?.CandidatesTokenCount);
            Assert.Equal(theirs.Usage?.TotalTokenCount, ours.UsageMetadata?.TotalTokenCount);
            Assert.Equal(theirs.Usage?.ThoughtsTokenCount, ours.UsageMetadata?.ThoughtsTokenCount);
            Assert.Equal(theirs.Candidates?.Count, ours.Candidates?.Count);
            for (var c = 0; c < (theirs.Candidates?.Count ?? 0); c++)
            {
                var expected = theirs.Candidates![c];
                var actual = ours.Candidates![c];
                Assert.Equal(expected.Index, actual.Index);
                Assert.Equal(expected.FinishReason, actual.FinishReason is { } reason ? CandidateFinishReasonConverter.WireName(reason).Value : actual.ExtensionData?["finishReason"].GetString());
                Assert.Equal(expected.AvgLogprobs, actual.AvgLogprobs);
                Assert.Equal(expected.Content?.Role, actual.Content?.Role);
                Assert.Equal(expected.Content?.Parts?.Count, actual.Content?.Parts?.Count);
                for (var p = 0; p < (expected.Content?.Parts?.Count ?? 0); p++)
                {
                    AssertSamePart(expected.Content!.Parts![p], actual.Content!.Parts![p]);
                }
            }
        }
    }

    private static void AssertSamePart(PocoPart expected, Part actual)
    {
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Thought, actual.Thought);
        Assert.Equal(expected.ThoughtSignature, actual.ThoughtSignature?.ToArray());
        Assert.Equal(expected.InlineData?.MimeType, actual.InlineData?.MimeType);
        Assert.Equal(expected.InlineData?.Data, actual.InlineData?.Data?.ToArray());
        Assert.Equal(expected.ExecutableCode?.Code, actual.ExecutableCode?.Code);
        Assert.Equal(expected.ExecutableCode?.Language, actual.ExecutableCode?.Language is { } language ? ExecutableCodeLanguageConverter.WireName(language).Value : null);
        Assert.Equal(expected.CodeExecutionResult?.Output, actual.CodeExecutionResult?.Output);
        Assert.Equal(expected.CodeExecutionResult?.Outcome, actual.CodeExecutionResult?.Outcome is { } outcome ? CodeExecutionResultOutcomeConverter.WireName(outcome).Value : null);
        Assert.Equal(expected.FunctionCall?.Name, actual.FunctionCall?.Name);
        Assert.Equal(
            expected.FunctionCall?.Args?.ToDictionary(a => a.Key, a => a.Value.GetRawText()),
            actual.FunctionCall?.Args?.ToDictionary(a => a.Key, a => a.Value.GetRawText()));
    }

    private sealed class PocoResponse
    {
        [JsonPropertyName("candidates")] public List<PocoCandidate>? Candidates { get; set; }
        [JsonPropertyName("usageMetadata")] public PocoUsage? Usage { get; set; }
        [JsonPropertyName("modelVersion")] public string? ModelVersion { get; set; }
        [JsonPropertyName("responseId")] public string? ResponseId { get; set; }
    }

    private sealed class PocoCandidate
    {
        [JsonPropertyName("content")] public PocoContent? Content { get; set; }
        [JsonPropertyName("finishReason")] public string? FinishReason { get; set; }
        [JsonPropertyName("index")] public int? Index { get; set; }
        [JsonPropertyName("avgLogprobs")] public double? AvgLogprobs { get; set; }
    }

    private sealed class PocoContent
    {
        [JsonPropertyName("role")] public string? Role { get; set; }
        [JsonPropertyName("parts")] public List<PocoPart>? Parts { get; set; }
    }

    private sealed class PocoPart
    {
        [JsonPropertyName("text")] public string? Text { get; set; }
        [JsonPropertyName("thought")] public bool? Thought { get; set; }
        [JsonPropertyName("thoughtSignature")] public byte[]? ThoughtSignature { get; set; }
        [JsonPropertyName("inlineData")] public PocoBlob? InlineData { get; set; }
        [JsonPropertyName("executableCode")] public PocoCode? ExecutableCode { get; set; }
        [JsonPropertyName("codeExecutionResult")] public PocoResult? CodeExecutionResult { get; set; }
        [JsonPropertyName("functionCall")] public PocoCall? FunctionCall { get; set; }
    }

    private sealed class PocoBlob
    {
        [JsonPropertyName("mimeType")] public string? MimeType { get; set; }
        [JsonPropertyName("data")] public byte[]? Data { get; set; }
    }

    private sealed class PocoCode
    {
        [JsonPropertyName("code")] public string? Code { get; set; }
        [JsonPropertyName("language")] public string? Language { get; set; }
    }

    private sealed class PocoResult
    {
        [JsonPropertyName("outcome")] public string? Outcome { get; set; }
        [JsonPropertyName("output")] public string? Output { get; set; }
    }

    private sealed class PocoCall
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("args")] public Dictionary<string, JsonElement>? Args { get; set; }
    }

    private sealed class PocoUsage
    {
        [JsonPropertyName("promptTokenCount")] public int? PromptTokenCount { get; set; }
        [JsonPropertyName("candidatesTokenCount")] public int? CandidatesTokenCount { get; set; }
        [JsonPropertyName("totalTokenCount")] public int? TotalTokenCount { get; set; }
        [JsonPropertyName("thoughtsTokenCount")] public int? ThoughtsTokenCount { get; set; }
    }
}
