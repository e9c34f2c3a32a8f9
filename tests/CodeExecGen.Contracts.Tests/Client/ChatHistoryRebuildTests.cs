using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Microsoft.Extensions.AI;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>
/// A history sent back without its RawRepresentations (as a caller's store gives it back) is rebuilt
/// from the contents alone: code and results must come back with the values they had, and a result that
/// was not OK must never be written back as OK.
/// </summary>
public class ChatHistoryRebuildTests
{
    private static readonly GeminiChatClient Chat = new(new GenerativeLanguageClient(new HttpClient(), ClientRequestTests.Key), "m");

    /// <summary>The response's message as contents only, sent back: the content the request carries.</summary>
    private static Content Rebuild(GenerateContentResponse response)
    {
        var message = GeminiChatClient.ToChatResponse(response).Messages.Single();
        message.RawRepresentation = null;
        foreach (var content in message.Contents)
        {
            content.RawRepresentation = null;
        }

        return Chat.CreateRequest([message]).Contents!.Single();
    }

    private static string Member(string name, string? value) => value is null ? "" : ", \"" + name + "\": \"" + value.Replace("\n", "\\n") + "\"";

    [Theory]
    [InlineData("OUTCOME_OK", "42\n", "OUTCOME_OK", "42\n")]
    [InlineData("OUTCOME_OK", null, "OUTCOME_OK", "")]
    [InlineData("OUTCOME_FAILED", "ZeroDivisionError: division by zero", "OUTCOME_FAILED", "ZeroDivisionError: division by zero")]
    [InlineData("OUTCOME_FAILED", null, "OUTCOME_FAILED", "")]
    [InlineData("OUTCOME_DEADLINE_EXCEEDED", "partial", "OUTCOME_DEADLINE_EXCEEDED", "partial")]
    [InlineData("OUTCOME_DEADLINE_EXCEEDED", null, "OUTCOME_DEADLINE_EXCEEDED", "")]
    [InlineData("OUTCOME_UNSPECIFIED", "?", "OUTCOME_UNSPECIFIED", "?")]
    [InlineData(null, "?", "OUTCOME_UNSPECIFIED", "?")]
    [InlineData(null, null, "OUTCOME_UNSPECIFIED", "")]
    public void A_code_and_its_result_are_rebuilt_with_their_values(string? outcome, string? output, string expectedOutcome, string expectedOutput)
    {
        // Expected: every field as sent. A missing field comes back as its proto3 default (the value the
        // API reads for it): a missing outcome is OUTCOME_UNSPECIFIED, a missing output is "".
        const string code = """{"executableCode": {"id": "c1", "language": "PYTHON", "code": "print(6*7)"}, "thoughtSignature": "c2lnbmVk"}""";
        var original = ModelJson.Deserialize<GenerateContentResponse>(
            """{"responseId": "r", "candidates": [{"content": {"role": "model", "parts": [CODE, {"codeExecutionResult": {"id": "c1"RESULT}}]}}]}"""
                .Replace("CODE", code).Replace("RESULT", Member("outcome", outcome) + Member("output", output)))!;

        var rebuilt = Rebuild(original);

        JsonAssert.Equal(
            """{"role": "model", "parts": [CODE, {"codeExecutionResult": {"id": "c1"RESULT}}]}"""
                .Replace("CODE", code).Replace("RESULT", Member("outcome", expectedOutcome) + Member("output", expectedOutput)),
            ModelJson.Serialize(rebuilt));
        Assert.Equal(outcome == "OUTCOME_OK", rebuilt.Parts![1].CodeExecutionResult!.Outcome == CodeExecutionResultOutcome.Ok);
    }

    [Theory]
    [InlineData(null, "Traceback: ZeroDivisionError", null, "OUTCOME_FAILED", "Traceback: ZeroDivisionError")] // a caller's error, no code
    [InlineData("", "boom", null, "OUTCOME_FAILED", "boom")]
    [InlineData("OUTCOME_OK", "contradiction", "out", "OUTCOME_FAILED", "out")] // an error is not a success, whatever its code says
    [InlineData("OUTCOME_SOMETHING_NEW", "newer", "out", "OUTCOME_FAILED", "out")] // a code the API may not know is not sent
    [InlineData("ZeroDivisionError", "division by zero", null, "OUTCOME_FAILED", "division by zero")]
    [InlineData("OUTCOME_DEADLINE_EXCEEDED", "slow", "", "OUTCOME_DEADLINE_EXCEEDED", "")]
    [InlineData("OUTCOME_UNSPECIFIED", "?", "?", "OUTCOME_UNSPECIFIED", "?")]
    public void An_error_content_built_by_hand_is_never_written_back_as_ok(string? errorCode, string message, string? details, string expectedOutcome, string expectedOutput)
    {
        var result = new CodeInterpreterToolResultContent("c9") { Outputs = [new ErrorContent(message) { ErrorCode = errorCode, Details = details }] };

        var part = Chat.CreateRequest([new ChatMessage(ChatRole.Assistant, [result])]).Contents!.Single().Parts!.Single();

        JsonAssert.Equal("""{"codeExecutionResult": {"id": "c9", "outcome": "OUTCOME", "output": "OUTPUT"}}""".Replace("OUTCOME", expectedOutcome).Replace("OUTPUT", expectedOutput), ModelJson.Serialize(part));
    }

    [Fact]
    public void Stdout_before_an_error_is_kept_and_the_result_is_the_errors_outcome()
    {
        var result = new CodeInterpreterToolResultContent("c9") { Outputs = [new TextContent("step 1\n"), new ErrorContent("Traceback") { Details = "Traceback" }] };

        var part = Chat.CreateRequest([new ChatMessage(ChatRole.Assistant, [result])]).Contents!.Single().Parts!.Single();

        JsonAssert.Equal("""{"codeExecutionResult": {"id": "c9", "outcome": "OUTCOME_FAILED", "output": "step 1\nTraceback"}}""", ModelJson.Serialize(part));
    }

    [Fact]
    public void Every_recorded_code_and_result_is_rebuilt_with_its_values()
    {
        // The recordings' code parts, field by field. Their ids: as recorded when there is one; a
        // recording without ids (Gemini 2.5) gets one id per code, shared by its results.
        var files = Samples.Files("responses", ".json").Where(f => Samples.Read("responses", f).Contains("\"codeExecutionResult\"")).ToList();
        Assert.True(files.Count >= 5, string.Join(", ", files));
        var outcomes = new List<CodeExecutionResultOutcome?>();
        foreach (var file in files)
        {
            var original = ModelJson.Deserialize<GenerateContentResponse>(Samples.Read("responses", file))!;
            var parts = original.Candidates![0].Content!.Parts!.Where(p => p.ExecutableCode is not null || p.CodeExecutionResult is not null).ToList();
            var rebuilt = Rebuild(original).Parts!.Where(p => p.ExecutableCode is not null || p.CodeExecutionResult is not null).ToList();
            Assert.Equal(parts.Count, rebuilt.Count);
            string? codeId = null;
            for (var i = 0; i < parts.Count; i++)
            {
                Assert.Equal(parts[i].ThoughtSignature?.ToBase64(), rebuilt[i].ThoughtSignature?.ToBase64());
                if (parts[i].ExecutableCode is { } code)
                {
                    var back = rebuilt[i].ExecutableCode!;
                    Assert.Equal((code.Language, code.Code), (back.Language, back.Code));
                    Assert.Equal(code.Id ?? back.Id, back.Id);
                    codeId = back.Id;
                    Assert.False(string.IsNullOrEmpty(codeId), file);
                }
                else
                {
                    var result = parts[i].CodeExecutionResult!;
                    var back = rebuilt[i].CodeExecutionResult!;
                    Assert.Equal(result.Outcome, back.Outcome);
                    Assert.Equal(result.Output ?? "", back.Output);
                    Assert.Equal(result.Id ?? codeId, back.Id);
                    outcomes.Add(result.Outcome);
                }
            }
        }

        // The recordings hold both kinds of outcome, so both were compared.
        Assert.Contains(CodeExecutionResultOutcome.Ok, outcomes);
        Assert.Contains(CodeExecutionResultOutcome.Failed, outcomes);
    }
}
