using System.Linq;
using System.Text.Json;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>Pairing each piece of code with all its results and images, on real and hand-made responses.</summary>
public class CodeExecutionStepTests
{
    private static Content Parts(string partsJson) => JsonSerializer.Deserialize<Content>("{\"role\": \"model\", \"parts\": " + partsJson + "}")!;

    [Fact]
    public void Real_response_with_ids_pairs_by_id_and_keeps_thought_signatures()
    {
        var response = ModelJson.Deserialize<GenerateContentResponse>(Samples.Read("responses", "pydantic__pydantic-ai__test_code_execution.1.json"))!;
        var steps = response.GetCodeExecutionSteps();
        Assert.Equal(2, steps.Count);
        Assert.All(steps, s => Assert.Equal(s.Code!.Id, Assert.Single(s.Results).Id));
        Assert.All(steps, s => Assert.NotNull(s.CodePart!.ThoughtSignature));
        Assert.All(steps, s => Assert.Equal(CodeExecutionResultOutcome.Ok, s.Outcome));
        Assert.True(steps[1].TryGetOutput(out var output));
        Assert.StartsWith("2026-05-05", output);
    }

    [Fact]
    public void Real_response_without_ids_pairs_by_order()
    {
        var response = ModelJson.Deserialize<GenerateContentResponse>(Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__unary-success-code-execution.json"))!;
        var step = Assert.Single(response.GetCodeExecutionSteps());
        Assert.True(step.IsOk);
        Assert.True(step.TryGetOutput(out var output));
        Assert.Equal("sum_of_primes=28\n", output);
        Assert.StartsWith("The first 5 prime numbers", response.GetText());
        Assert.Single(response.GetExecutableCode());
        Assert.Single(response.GetCodeExecutionResults());
    }

    [Fact]
    public void Real_failed_run_exposes_the_failure_and_withholds_the_output()
    {
        var response = ModelJson.Deserialize<GenerateContentResponse>(Samples.Read("responses", "vercel__ai__google-code-execution-single-combined-result-live-2026-07-16.json"))!;
        var step = Assert.Single(response.GetCodeExecutionSteps());
        Assert.Equal(CodeExecutionResultOutcome.Failed, step.Outcome);
        Assert.False(step.IsOk);
        Assert.False(step.TryGetOutput(out var output));
        Assert.Equal(string.Empty, output);
        Assert.Contains("stderr", step.Results[0].Output);
    }

    [Fact]
    public void Deadline_exceeded_is_not_success()
    {
        var step = Assert.Single(Parts("""[{"executableCode": {"code": "while True: pass"}}, {"codeExecutionResult": {"outcome": "OUTCOME_DEADLINE_EXCEEDED", "output": "partial"}}]""").GetCodeExecutionSteps());
        Assert.Equal(CodeExecutionResultOutcome.DeadlineExceeded, step.Outcome);
        Assert.False(step.TryGetOutput(out _));
    }

    [Fact]
    public void Code_without_a_result_is_a_step_with_no_outcome()
    {
        var step = Assert.Single(Parts("""[{"executableCode": {"code": "x = 1"}}, {"text": "done"}]""").GetCodeExecutionSteps());
        Assert.Empty(step.Results);
        Assert.Null(step.Outcome);
        Assert.False(step.TryGetOutput(out _));
    }

    [Fact]
    public void Retries_are_steps_of_their_own()
    {
        var steps = Parts("""
            [{"executableCode": {"code": "1/0"}}, {"codeExecutionResult": {"outcome": "OUTCOME_FAILED", "output": "ZeroDivisionError"}},
             {"executableCode": {"code": "1/1"}}, {"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "1.0\n"}}]
            """).GetCodeExecutionSteps();
        Assert.Equal([CodeExecutionResultOutcome.Failed, CodeExecutionResultOutcome.Ok], steps.Select(s => s.Outcome!.Value));
        Assert.Equal(["1/0", "1/1"], steps.Select(s => s.Code!.Code!));
    }

    [Fact]
    public void Ok_then_failed_for_one_code_keeps_both_and_reports_the_failure()
    {
        var step = Assert.Single(Parts("""
            [{"executableCode": {"id": "a", "code": "print(1); 1/0"}},
             {"codeExecutionResult": {"id": "a", "outcome": "OUTCOME_OK", "output": "1\n"}},
             {"codeExecutionResult": {"id": "a", "outcome": "OUTCOME_FAILED", "output": "ZeroDivisionError"}}]
            """).GetCodeExecutionSteps());
        Assert.Equal(2, step.Results.Count);
        Assert.Equal(CodeExecutionResultOutcome.Failed, step.Outcome);
        Assert.False(step.TryGetOutput(out _));
    }

    [Fact]
    public void Results_find_their_code_by_id_even_out_of_order()
    {
        var steps = Parts("""
            [{"executableCode": {"id": "a", "code": "A"}}, {"executableCode": {"id": "b", "code": "B"}},
             {"codeExecutionResult": {"id": "a", "outcome": "OUTCOME_OK", "output": "from a"}},
             {"codeExecutionResult": {"id": "b", "outcome": "OUTCOME_OK", "output": "from b"}}]
            """).GetCodeExecutionSteps();
        Assert.Equal("from a", Assert.Single(steps[0].Results).Output);
        Assert.Equal("from b", Assert.Single(steps[1].Results).Output);
    }

    [Fact]
    public void Images_after_a_result_belong_to_its_step()
    {
        var steps = Parts("""
            [{"executableCode": {"code": "plt.plot(x)"}}, {"codeExecutionResult": {"outcome": "OUTCOME_OK"}},
             {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}, {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}},
             {"text": "Here is the chart."}, {"inlineData": {"mimeType": "image/png", "data": "AA=="}}]
            """).GetCodeExecutionSteps();
        var step = Assert.Single(steps);
        Assert.Equal(2, step.Images.Count);
        Assert.True(step.TryGetOutput(out var output));
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Response_text_leaves_thoughts_out()
    {
        var response = JsonSerializer.Deserialize<GenerateContentResponse>("""{"candidates": [{"content": {"parts": [{"text": "thinking", "thought": true}, {"text": "A"}, {"executableCode": {"code": "x"}}, {"text": "B"}]}}]}""")!;
        Assert.Equal("AB", response.GetText());
        Assert.Null(new GenerateContentResponse().GetText());
        Assert.Empty(new GenerateContentResponse().GetCodeExecutionSteps());
    }
}
