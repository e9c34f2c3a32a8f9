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
        Assert.Equal(new byte[] { 1, 2, 3 }, step.CodePart!.ThoughtSignature);
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
