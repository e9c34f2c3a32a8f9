namespace CodeExecGen.Analyzers.Tests.HeldOut;

/// <summary>Held-out snippets, batch E: non-Python/TypeScript/JavaScript originals (Go, Java, Dart, C#, Rust, Kotlin). Labelled from the originals before any analyzer ran.</summary>
internal static class HeldOutBatchE
{
    public static readonly Corpus.Snippet[] Snippets =
    [
        new(
            "team-api responses fallback text with outcome",
            "qianfree/team-api relaykit/relayconvert/internal/native_responses/gemini_to_responses_response.go",
            false,  // Warns
            "Gemini->OpenAI Responses relay renders a code result as \"Execution <outcome>:\\n<output>\" in the one output_text string, so the outcome travels with the output",
            """
            static string TeamApiPartFallbackText(Part part)
            {
                // the Go original switches on whichever field of the part is set
                if (part.InlineData != null)
                    return $"![image](data:{part.InlineData.MimeType};base64,{part.InlineData.Data?.ToBase64()})";
                if (part.ExecutableCode != null)
                    return $"```{part.ExecutableCode.Language}\n{part.ExecutableCode.Code}\n```";
                if (part.CodeExecutionResult != null)
                    return $"Execution {part.CodeExecutionResult.Outcome}:\n{part.CodeExecutionResult.Output}";
                if (part.FileData != null)
                    return $"[file]({part.FileData.FileUri})";
                return "";
            }

            static List<Dictionary<string, object?>> TeamApiBuildResponsesOutput(GenerateContentResponse resp, string idBase)
            {
                var textParts = new List<string>();
                var output = new List<Dictionary<string, object?>>();
                foreach (var candidate in resp.Candidates ?? new List<Candidate>())
                {
                    if (candidate.Content == null) continue;
                    foreach (var part in candidate.Content.Parts ?? new List<Part>())
                    {
                        var isThought = part.Thought == true;
                        if (!string.IsNullOrEmpty(part.Text) && !isThought)
                            textParts.Add(part.Text);
                        var fallback = TeamApiPartFallbackText(part);
                        if (fallback != "")
                            textParts.Add(fallback);
                    }
                }
                if (textParts.Count > 0)
                {
                    output.Insert(0, new Dictionary<string, object?>
                    {
                        ["type"] = "message",
                        ["id"] = $"msg_{idBase}",
                        ["status"] = "completed",
                        ["role"] = "assistant",
                        ["content"] = new List<Dictionary<string, object?>>
                        {
                            new() { ["type"] = "output_text", ["text"] = string.Join("", textParts) },
                        },
                    });
                }
                return output;
            }
            """),
        new(
            "api-examples java request override prints result",
            "google-gemini/api-examples java/CodeExecution.java",
            true,   // Warns
            "codeExecutionRequestOverride prints every code result's output under \"Execution Result:\" and returns it, never reading the outcome, so stderr or a timeout reads as the result",
            """
            static string[] ApiExamplesCodeExecutionRequestOverride(GenerateContentResponse response)
            {
                string executableCode = "";
                string executionResult = "";

                var parts = response.Candidates?[0].Content?.Parts ?? new List<Part>();
                foreach (var part in parts)
                {
                    if (part.ExecutableCode != null)
                    {
                        executableCode = part.ExecutableCode.Code!;
                        Console.WriteLine("\nExecutable Code:");
                        Console.WriteLine(executableCode);
                    }
                    if (part.CodeExecutionResult != null)
                    {
                        executionResult = part.CodeExecutionResult.Output!;
                        Console.WriteLine("\nExecution Result:");
                        Console.WriteLine(executionResult);
                    }
                }

                return new[] { executableCode, executionResult };
            }
            """),
        new(
            "dartantic chat result metadata keeps whole result",
            "csells/dartantic_ai packages/dartantic_ai/lib/src/chat_models/google_chat/google_message_mappers.dart",
            false,  // Warns
            "toChatResult collects each CodeExecutionResult and stores result.toJson() (outcome and output together) under metadata['code_execution_result']; the output never goes into the message text",
            """
            sealed class DartanticChatResult
            {
                public List<string> Parts { get; } = new();
                public string Thinking { get; set; } = "";
                public Dictionary<string, object?> Metadata { get; } = new();
            }

            static DartanticChatResult DartanticToChatResult(GenerateContentResponse response, string model)
            {
                var candidateList = response.Candidates;
                if (candidateList == null || candidateList.Count == 0)
                    throw new InvalidOperationException("Google response did not contain any candidates.");

                var candidate = candidateList[0];
                var result = new DartanticChatResult();
                var executableCodeParts = new List<ExecutableCode>();
                var executionResults = new List<CodeExecutionResult>();
                var thinkingBuffer = new System.Text.StringBuilder();

                foreach (var part in candidate.Content?.Parts ?? new List<Part>())
                {
                    var text = part.Text;
                    if (!string.IsNullOrEmpty(text))
                    {
                        if (part.Thought == true) thinkingBuffer.Append(text);
                        else result.Parts.Add(text);
                    }

                    var executableCode = part.ExecutableCode;
                    if (executableCode != null) executableCodeParts.Add(executableCode);

                    var executionResult = part.CodeExecutionResult;
                    if (executionResult != null) executionResults.Add(executionResult);
                }

                result.Thinking = thinkingBuffer.ToString();
                result.Metadata["model"] = model;
                if (executableCodeParts.Count > 0)
                    result.Metadata["executable_code"] = executableCodeParts
                        .Select(code => new Dictionary<string, object?> { ["language"] = code.Language?.ToString(), ["code"] = code.Code })
                        .ToList();
                if (executionResults.Count > 0)
                    result.Metadata["code_execution_result"] = executionResults
                        .Select(r => new Dictionary<string, object?> { ["outcome"] = r.Outcome?.ToString(), ["output"] = r.Output })
                        .ToList();
                return result;
            }
            """),
        new(
            "inhaus edge ai gemini rest output line",
            "nicolasnorton/Inhaus_Brain lib/core/services/edge_ai_service.dart",
            true,   // Warns
            "the REST Gemini path appends \"Output: <output>\" for every code result to fullText and returns it as the EdgeAIResult text, with no outcome anywhere",
            """
            sealed record InhausEdgeAIResult(string Text, string Proximity, string? ModelUsed = null);

            static InhausEdgeAIResult InhausGenerateGemini(GenerateContentResponse data, string modelId)
            {
                if (data.Candidates != null && data.Candidates.Count > 0)
                {
                    var candidate = data.Candidates[0];
                    var content = candidate.Content;
                    var fullText = "";

                    if (content != null && content.Parts != null)
                    {
                        foreach (var part in content.Parts)
                        {
                            if (part.Text != null)
                                fullText += part.Text;
                            else if (part.ExecutableCode != null)
                                fullText += $"\n```python\n{part.ExecutableCode.Code}\n```\n";
                            else if (part.CodeExecutionResult != null)
                                fullText += $"\nOutput: {part.CodeExecutionResult.Output}\n";
                            else if (part.FunctionCall != null)
                                fullText += $"\n[System: Calling Native Tool {part.FunctionCall.Name} with args: {part.FunctionCall.Args}]\n";
                        }
                    }

                    if (fullText.Trim().Length == 0 && candidate.FinishReason != null)
                        fullText = $"Generation stopped: {candidate.FinishReason}";

                    return new InhausEdgeAIResult(fullText.Length == 0 ? "No text generated." : fullText, "cloud", modelId);
                }
                return new InhausEdgeAIResult("No candidates returned.", "cloud");
            }
            """),
        new(
            "genie join content parts falls back to output",
            "kcaldas/genie pkg/llm/genai/client.go",
            true,   // Warns
            "joinContentParts puts the trimmed output into extraParts and, when the model gave no text, returns them as the response string; the outcome is never read",
            """
            static string GenieJoinContentParts(Content content, bool showThoughts)
            {
                var textParts = new List<string>();
                var thoughtParts = new List<string>();
                var extraParts = new List<string>();

                foreach (var part in content.Parts ?? new List<Part>())
                {
                    if (!string.IsNullOrEmpty(part.Text))
                    {
                        if (part.Thought == true)
                        {
                            thoughtParts.Add(part.Text);
                            if (showThoughts) Show($"Thinking: {part.Text}");
                        }
                        else
                        {
                            textParts.Add(part.Text);
                        }
                    }
                    else if (part.FunctionResponse?.Response != null)
                    {
                        var payload = System.Text.Json.JsonSerializer.Serialize(part.FunctionResponse.Response);
                        var label = part.FunctionResponse.Name;
                        extraParts.Add(string.IsNullOrEmpty(label) ? payload : $"{label}: {payload}");
                    }
                    else if (part.FunctionCall != null)
                    {
                        var payload = System.Text.Json.JsonSerializer.Serialize(part.FunctionCall.Args);
                        extraParts.Add($"Function call {part.FunctionCall.Name}({payload})");
                    }
                    else if (part.CodeExecutionResult != null)
                    {
                        var resultText = (part.CodeExecutionResult.Output ?? "").Trim();
                        if (resultText != "") extraParts.Add(resultText);
                    }
                    else if (part.ExecutableCode != null)
                    {
                        var code = (part.ExecutableCode.Code ?? "").Trim();
                        if (code != "") extraParts.Add($"Executable code ({part.ExecutableCode.Language}):\n{code}");
                    }
                    else if (part.InlineData?.Data is { Length: > 0 } bytes)
                    {
                        extraParts.Add($"[model returned {bytes.Length} bytes of {part.InlineData.MimeType} data]");
                    }
                    else if (!string.IsNullOrEmpty(part.FileData?.FileUri))
                    {
                        extraParts.Add($"[model referenced file: {part.FileData!.FileUri}]");
                    }
                }

                if (textParts.Count > 0) return string.Join("", textParts);
                if (extraParts.Count > 0) return string.Join("\n", extraParts);
                if (thoughtParts.Count > 0) return thoughtParts[^1];
                return "";
            }
            """),
        new(
            "aihappey tool output is_error from outcome",
            "achappey/aihappey-ai Core/AIHappey.Core/Providers/Google/GoogleAIProvider.cs",
            false,  // Warns
            "the streamed code result becomes one CallToolResult whose IsError is Outcome != OUTCOME_OK and whose content is the output, so the tool output part carries a complete OK flag",
            """
            sealed class AihappeyCallToolResult
            {
                public bool IsError { get; set; }
                public List<string> Content { get; set; } = new();
            }

            sealed class AihappeyToolOutputAvailablePart
            {
                public string ToolCallId { get; set; } = "";
                public AihappeyCallToolResult Output { get; set; } = new();
                public bool ProviderExecuted { get; set; }
            }

            sealed record AihappeyToolCallPart(string ToolCallId, string ToolName, string? Input, bool ProviderExecuted);
            sealed record AihappeyTextDelta(string Delta);

            static IEnumerable<object> AihappeyStream(IEnumerable<GenerateContentResponse> updates)
            {
                string? currentToolCallId = null;
                foreach (var update in updates)
                {
                    var candidate = update.Candidates?.FirstOrDefault();
                    foreach (var part in candidate?.Content?.Parts ?? new List<Part>())
                    {
                        if (part?.ExecutableCode != null)
                        {
                            currentToolCallId = Guid.NewGuid().ToString();
                            yield return new AihappeyToolCallPart(currentToolCallId, "code_execution",
                                System.Text.Json.JsonSerializer.Serialize(part.ExecutableCode.Code), true);
                        }
                        else if (part?.CodeExecutionResult != null)
                        {
                            var outcome = part.CodeExecutionResult.Output ?? part.CodeExecutionResult.Outcome.ToString() ?? string.Empty;
                            var result = new AihappeyCallToolResult
                            {
                                IsError = part.CodeExecutionResult.Outcome != O.Ok,
                                Content = [outcome],
                            };
                            yield return new AihappeyToolOutputAvailablePart
                            {
                                ToolCallId = currentToolCallId!,
                                Output = result,
                                ProviderExecuted = true,
                            };
                        }
                        else if (!string.IsNullOrEmpty(part?.Text))
                        {
                            yield return new AihappeyTextDelta(part.Text);
                        }
                    }
                }
            }
            """),
        new(
            "gproxy claude block serializes whole result",
            "LeenHawk/gproxy crates/gproxy-transform/src/generate_content/claude2gemini/response.rs",
            false,  // Warns
            "map_part_to_blocks turns a code result into a text block holding serde_json::to_string(result), i.e. the outcome and output together in one string",
            """
            sealed record GproxyTextBlock(string Text);

            static List<GproxyTextBlock> GproxyMapPartToBlocks(Part part)
            {
                var blocks = new List<GproxyTextBlock>();

                if (!string.IsNullOrEmpty(part.Text))
                    blocks.Add(new GproxyTextBlock(part.Text));

                if (part.FunctionResponse is { } functionResponse)
                {
                    var text = System.Text.Json.JsonSerializer.Serialize(functionResponse);
                    if (text.Length > 0) blocks.Add(new GproxyTextBlock(text));
                }

                if (part.ExecutableCode is { } code)
                {
                    string? text = null;
                    try { text = System.Text.Json.JsonSerializer.Serialize(code); } catch (NotSupportedException) { }
                    if (text != null) blocks.Add(new GproxyTextBlock(text));
                }

                if (part.CodeExecutionResult is { } result)
                {
                    string? text = null;
                    try { text = System.Text.Json.JsonSerializer.Serialize(result); } catch (NotSupportedException) { }
                    if (text != null) blocks.Add(new GproxyTextBlock(text));
                }

                if (part.InlineData != null)
                    blocks.Add(new GproxyTextBlock("[inline_data]"));

                if (part.FileData is { } fileData)
                    blocks.Add(new GproxyTextBlock($"[file:{fileData.FileUri}]"));

                return blocks;
            }
            """),
        new(
            "gemini-things test ok-gated verbose output",
            "meinside/gemini-things-go generation_free_test.go",
            false,  // Warns
            "the test logs the code output only in the else of Outcome != OutcomeOK; a non-OK result is reported as \"code execution failed\" with the whole result",
            """
            static void GeminiThingsCheckCodeExecutionParts(GenerateContentResponse generated, Action<string> errorf, Action<string> verbose)
            {
                foreach (var part in generated.Candidates![0].Content!.Parts!)
                {
                    if (!string.IsNullOrEmpty(part.Text))
                    {
                        verbose($">>> generated text: {part.Text}");
                    }
                    else if (part.ExecutableCode != null)
                    {
                        verbose($">>> executable code ({part.ExecutableCode.Language}):\n{part.ExecutableCode.Code}");
                    }
                    else if (part.CodeExecutionResult != null)
                    {
                        if (part.CodeExecutionResult.Outcome != O.Ok)
                            errorf($"code execution failed: {System.Text.Json.JsonSerializer.Serialize(part.CodeExecutionResult)}");
                        else
                            verbose($">>> code output: {part.CodeExecutionResult.Output}");
                    }
                    else
                    {
                        errorf($"wrong type of generated part: {System.Text.Json.JsonSerializer.Serialize(part)}");
                    }
                }
            }
            """),
        new(
            "aigroupapp openai chat choice joins output",
            "jackdark425/aigroupapp app/src/main/java/com/aigroup/aigroupmobile/connect/chat/platforms/GoogleChat.kt",
            true,   // Warns
            "GoogleChat adapts Gemini to an OpenAI ChatCompletion whose assistant content joins text, code and \"```<output>```\" for each code result, with no outcome",
            """
            sealed record AigroupChatMessage(string Role, string Content);
            sealed record AigroupChatChoice(int Index, AigroupChatMessage Message, string? FinishReason);

            static string AigroupRenderPart(Part part) => part switch
            {
                { Text: not null } => part.Text,
                { ExecutableCode: not null } => $"\n```{part.ExecutableCode.Language?.ToString().ToLowerInvariant()}\n{part.ExecutableCode.Code}\n```",
                { CodeExecutionResult: not null } => $"\n```\n{part.CodeExecutionResult.Output}\n```",
                _ => throw new InvalidOperationException("unreachable"),
            };

            static List<AigroupChatChoice> AigroupChatCompletionChoices(GenerateContentResponse response) =>
                (response.Candidates ?? new List<Candidate>())
                    .Select(c => new AigroupChatChoice(
                        0,
                        new AigroupChatMessage(
                            "assistant",
                            string.Join(" ", (c.Content?.Parts ?? new List<Part>())
                                .Where(p => p.Text != null || p.ExecutableCode != null || p.CodeExecutionResult != null)
                                .Select(AigroupRenderPart))),
                        c.FinishReason?.ToString()))
                    .ToList();
            """),
        new(
            "malami course text includes output",
            "mardillu/malami app/src/main/java/com/mardillu/malami/ui/courses/create/CreateCourseViewModel.kt",
            true,   // Warns
            "getCandidateText joins text, code and each code result's output into the string that is parsed as the new course JSON and saved; the outcome is never checked",
            """
            sealed class MalamiCourse
            {
                public string Id { get; set; } = "";
                public string Title { get; set; } = "";
            }

            static string MalamiGetCandidateText(List<Candidate> candidates) =>
                string.Join(" ", (candidates.First().Content?.Parts ?? new List<Part>())
                    .Where(p => p.Text != null || p.ExecutableCode != null || p.CodeExecutionResult != null)
                    .Select(p => p switch
                    {
                        { Text: not null } => p.Text,
                        { ExecutableCode: not null } => $"\n```{p.ExecutableCode.Language?.ToString().ToLowerInvariant()}\n{p.ExecutableCode.Code}\n```",
                        { CodeExecutionResult: not null } => $"\n```\n{p.CodeExecutionResult.Output}\n```",
                        _ => throw new InvalidOperationException("unreachable"),
                    }));

            static MalamiCourse MalamiCreateCourse(GenerateContentResponse responseBody, Action<MalamiCourse> saveCourse)
            {
                var text = MalamiGetCandidateText(responseBody.Candidates ?? throw new InvalidOperationException("Response body is null"));
                var course = System.Text.Json.JsonSerializer.Deserialize<MalamiCourse>(text)
                    ?? throw new InvalidOperationException("Failed to create course");
                saveCourse(course);
                return course;
            }
            """),
    ];
}
