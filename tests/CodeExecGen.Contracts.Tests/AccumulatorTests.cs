using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>Merging streamed chunks and handing out code-execution steps as their results arrive.</summary>
public class AccumulatorTests
{
    private static GenerateContentResponse Chunk(string json) => JsonSerializer.Deserialize<GenerateContentResponse>(json)!;

    [Fact]
    public void Code_and_result_in_different_chunks_complete_when_the_result_arrives()
    {
        var accumulator = new GenerateContentAccumulator();
        Assert.Empty(accumulator.Add(Chunk("""{"candidates": [{"index": 0, "content": {"role": "model", "parts": [{"text": "Let me "}]}}]}""")));
        Assert.Empty(accumulator.Add(Chunk("""{"candidates": [{"index": 0, "content": {"parts": [{"text": "compute."}, {"executableCode": {"code": "print(2+2)"}, "thoughtSignature": "AQID"}]}}]}""")));
        var completed = accumulator.Add(Chunk("""{"candidates": [{"index": 0, "content": {"parts": [{"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "4\n"}}]}}]}"""));
        var step = Assert.Single(completed);
        Assert.Equal("print(2+2)", step.Code!.Code);
        Assert.Equal(new byte[] { 1, 2, 3 }, step.CodePart!.ThoughtSignature!.ToArray());
        Assert.True(step.TryGetOutput(out var output));
        Assert.Equal("4\n", output);

        accumulator.Add(Chunk("""{"candidates": [{"index": 0, "content": {"parts": [{"text": "It is 4."}]}, "finishReason": "STOP"}], "usageMetadata": {"totalTokenCount": 9}, "modelVersion": "m"}"""));
        var merged = accumulator.Response;
        Assert.Equal(["Let me compute.", null, null, "It is 4."], merged.Candidates![0].Content!.Parts!.Select(p => p.Text));
        Assert.Equal("model", merged.Candidates[0].Content!.Role);
        Assert.Equal(CandidateFinishReason.Stop, merged.Candidates[0].FinishReason);
        Assert.Equal(9, merged.UsageMetadata!.TotalTokenCount);
        Assert.Equal("Let me compute.It is 4.", merged.GetText());
    }

    [Fact]
    public void The_chunks_fed_in_are_never_changed()
    {
        string[] texts =
        [
            """{"candidates": [{"index": 0, "content": {"role": "model", "parts": [{"text": "Let "}]}, "safetyRatings": []}], "responseId": "r"}""",
            """{"candidates": [{"index": 0, "content": {"parts": [{"text": "me "}, {"text": "think", "thought": true}]}}]}""",
            """{"candidates": [{"index": 0, "content": {"parts": [{"thought": true, "text": " more"}, {"executableCode": {"id": "c", "code": "1"}}]}}], "extra": 1}""",
            """{"candidates": [{"index": 0, "content": {"parts": [{"codeExecutionResult": {"id": "c", "outcome": "OUTCOME_OK"}}, {"text": "done"}]}, "finishReason": "STOP"}]}""",
        ];
        var chunks = texts.Select(Chunk).ToList();
        var before = chunks.Select(c => JsonSerializer.Serialize(c)).ToList();
        var accumulator = new GenerateContentAccumulator();
        foreach (var chunk in chunks)
        {
            accumulator.Add(chunk);
        }

        Assert.Equal(before, chunks.Select(c => JsonSerializer.Serialize(c)));
        Assert.Equal(["Let me ", "think more", null, null, "done"], accumulator.Response.Candidates![0].Content!.Parts!.Select(p => p.Text));
        Assert.Equal("r", accumulator.Response.ResponseId);
        Assert.True(accumulator.Response.ExtensionData!.ContainsKey("extra"));
    }

    [Fact]
    public void A_thousand_text_deltas_join_into_one_part_and_the_response_can_be_read_between_them()
    {
        var accumulator = new GenerateContentAccumulator();
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            accumulator.Add(Chunk("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"" + i + ",\"}]}}]}"));
            expected.Append(i).Append(',');
            if (i == 500)
            {
                Assert.Equal(expected.ToString(), accumulator.Response.GetText());
            }
        }

        Assert.Equal(expected.ToString(), Assert.Single(accumulator.Response.Candidates![0].Content!.Parts!).Text);
    }

    [Fact]
    public void An_unknown_enum_value_in_a_later_chunk_replaces_the_known_one_as_in_the_json()
    {
        var accumulator = new GenerateContentAccumulator();
        accumulator.Add(Chunk("""{"candidates": [{"index": 0, "finishReason": "STOP"}]}"""));
        accumulator.Add(Chunk("""{"candidates": [{"index": 0, "finishReason": "A_NEWER_REASON"}]}"""));
        var candidate = accumulator.Response.Candidates![0];
        Assert.Null(candidate.FinishReason);
        Assert.Contains("\"finishReason\":\"A_NEWER_REASON\"", JsonSerializer.Serialize(candidate));

        accumulator.Add(Chunk("""{"candidates": [{"index": 0, "finishReason": "MAX_TOKENS"}]}"""));
        Assert.Equal(CandidateFinishReason.MaxTokens, accumulator.Response.Candidates![0].FinishReason);
        Assert.DoesNotContain("A_NEWER_REASON", JsonSerializer.Serialize(accumulator.Response));
    }

    [Fact]
    public void Earlier_fields_survive_chunks_that_do_not_repeat_them()
    {
        var accumulator = new GenerateContentAccumulator();
        accumulator.Add(Chunk("""{"responseId": "r1", "candidates": [{"index": 0, "safetyRatings": [{"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}], "content": {"parts": [{"text": "a"}]}}]}"""));
        accumulator.Add(Chunk("""{"candidates": [{"index": 0, "content": {"parts": [{"text": "b"}]}, "finishReason": "STOP"}]}"""));
        var merged = accumulator.Response;
        Assert.Equal("r1", merged.ResponseId);
        Assert.Single(merged.Candidates![0].SafetyRatings!);
        Assert.Equal("ab", merged.GetText());
    }

    [Fact]
    public void Thought_text_and_answer_text_are_not_merged_together()
    {
        var accumulator = new GenerateContentAccumulator();
        accumulator.Add(Chunk("""{"candidates": [{"content": {"parts": [{"text": "hmm", "thought": true}]}}]}"""));
        accumulator.Add(Chunk("""{"candidates": [{"content": {"parts": [{"text": " ok", "thought": true}, {"text": "Answer"}]}}]}"""));
        Assert.Equal(["hmm ok", "Answer"], accumulator.Response.Candidates![0].Content!.Parts!.Select(p => p.Text));
    }

    [Fact]
    public async Task The_recorded_code_execution_stream_merges_to_one_step()
    {
        var accumulator = new GenerateContentAccumulator();
        var completedAt = new List<int>();
        var chunk = 0;
        await using var stream = System.IO.File.OpenRead(Path.Combine(Samples.Directory("responses"), "FirebaseExtended__vertexai-sdk-test-data__googleai__streaming-success-code-execution.sse"));
        await foreach (var response in ModelJson.ReadStreamAsync<GenerateContentResponse>(stream))
        {
            chunk++;
            if (accumulator.Add(response).Count > 0)
            {
                completedAt.Add(chunk);
            }
        }

        var step = Assert.Single(accumulator.Response.GetCodeExecutionSteps());
        Assert.Single(completedAt);
        Assert.True(step.TryGetOutput(out var output));
        Assert.Equal("The sum of the first 5 prime numbers is: 28\n", output);
        Assert.Contains("28", accumulator.Response.GetText());
    }
}
