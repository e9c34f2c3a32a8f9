namespace CodeExecGen.Analyzers.Tests.HeldOut;

/// <summary>Held-out snippets, batch C: Go, Java, Kotlin, Rust, Swift and Dart code (agent frameworks, SDK helpers, proxies, CLIs, mobile chat apps). Labelled from the originals before any analyzer ran.</summary>
internal static class HeldOutBatchC
{
    public static readonly Corpus.Snippet[] Snippets =
    [
        new(
            "koog firebase response mapper",
            "uny/koog-firebase src/commonMain/kotlin/dev/ynagai/koog/firebase/mapper/ResponseMappers.kt",
            true,   // Warns
            "CodeExecutionResultPart becomes a plain Koog Text (or Reasoning) part holding only output; the outcome is dropped, so stderr reads as assistant text",
            """
            abstract record KoogFbResponsePart;
            sealed record KoogFbText(string Text) : KoogFbResponsePart;
            sealed record KoogFbReasoning(string Text) : KoogFbResponsePart;
            sealed record KoogFbToolCall(string? Id, string? Tool, string Args) : KoogFbResponsePart;
            sealed record KoogFbAssistant(List<KoogFbResponsePart> Parts, string? FinishReason);

            // GenerateContentResponse.toKoog(): one assistant message per candidate.
            static List<KoogFbAssistant> ToKoog(GenerateContentResponse response) =>
                (response.Candidates ?? []).Select(candidate =>
                {
                    var responseParts = (candidate.Content?.Parts ?? [])
                        .Select(ToResponsePart)
                        .Where(p => p is not null)
                        .Select(p => p!)
                        .ToList();
                    return new KoogFbAssistant(
                        responseParts.Count == 0 ? [new KoogFbText("")] : responseParts,
                        candidate.FinishReason?.ToString());
                }).ToList();

            static KoogFbResponsePart? ToResponsePart(Part part)
            {
                var isThought = part.Thought == true;
                if (part.Text is { } text) return TextOrReasoning(text, isThought);
                if (part.FunctionCall is { } call)
                    return new KoogFbToolCall(call.Id, call.Name, System.Text.Json.JsonSerializer.Serialize(call.Args));
                if (part.ExecutableCode is { } code)
                    return TextOrReasoning($"```{code.Language?.ToString().ToLowerInvariant()}\n{code.Code}\n```", isThought);
                if (part.CodeExecutionResult is { } result)
                    return TextOrReasoning(result.Output ?? "", isThought);
                return null;
            }

            static KoogFbResponsePart TextOrReasoning(string text, bool isThought) =>
                isThought ? new KoogFbReasoning(text) : new KoogFbText(text);
            """),
        new(
            "adk-java convert code execution parts",
            "google/adk-java core/src/main/java/com/google/adk/codeexecutors/CodeExecutionUtils.java",
            true,   // Warns
            "a trailing code-execution result is rewritten into a user text part (delimiters + output) fed back to the model; the outcome is not carried, so a failure reads as tool output",
            """
            // CodeExecutionUtils.convertCodeExecutionParts
            static Content ConvertCodeExecutionParts(
                Content content, List<string> codeBlockDelimiters, List<string> executionResultDelimiters)
            {
                if (content.Parts is null || content.Parts.Count == 0)
                {
                    return content;
                }

                var originalParts = content.Parts.ToList();
                var lastPart = originalParts[^1];

                if (lastPart.ExecutableCode is { } executableCode)
                {
                    var newParts = new List<Part>(originalParts);
                    var newPart = Part.FromText(codeBlockDelimiters[0] + executableCode.Code + codeBlockDelimiters[1]);
                    newParts[newParts.Count - 1] = newPart;
                    return new Content { Parts = newParts, Role = content.Role };
                }

                if (originalParts.Count == 1 && lastPart.CodeExecutionResult is { } result)
                {
                    var newParts = new List<Part>(originalParts);
                    var newPart = Part.FromText(executionResultDelimiters[0] + result.Output + executionResultDelimiters[1]);
                    newParts[newParts.Count - 1] = newPart;
                    return new Content { Parts = newParts, Role = "user" };
                }

                return content;
            }
            """),
        new(
            "java-genai response codeExecutionResult accessor",
            "googleapis/java-genai src/main/java/com/google/genai/types/GenerateContentResponse.java",
            true,   // Warns
            "the SDK convenience accessor returns the first result's output string as 'the code execution result' and drops the outcome, so callers get stderr or partial output unlabelled",
            """
            static List<Part>? JgParts(GenerateContentResponse response)
            {
                var candidates = response.Candidates;
                if (candidates is null || candidates.Count == 0)
                {
                    return null;
                }
                var content = candidates[0].Content;
                if (content is null)
                {
                    return null;
                }
                return (content.Parts ?? []).ToList();
            }

            // GenerateContentResponse.codeExecutionResult()
            static string? JgCodeExecutionResult(GenerateContentResponse response)
            {
                var parts = JgParts(response);
                if (parts is null || parts.Count == 0)
                {
                    return null;
                }

                foreach (var part in parts)
                {
                    if (part.CodeExecutionResult is { } result)
                    {
                        return result.Output ?? "";
                    }
                }

                return null;
            }
            """),
        new(
            "flutter bloc markdown chat reply",
            "Yomiamy/FlutterPractice lib/homework/github_client/bloc/gemini_api_bloc.dart",
            true,   // Warns
            "each streamed CodeExecutionResultPart's output is written into the markdown 'AI reply' shown in the chat list; the outcome line is commented out in the original",
            """
            sealed record FpGeminiState(string Status, List<string> ChatList);

            List<string> _fpChatList = [];

            // GeminiApiBloc._query over generateContentStream
            async Task FpQuery(string prompt, IAsyncEnumerable<GenerateContentResponse> response, Action<FpGeminiState> emit)
            {
                _fpChatList.Insert(0, $"Prompt: {prompt}");
                emit(new FpGeminiState("newPrompt", _fpChatList));
                emit(new FpGeminiState("queryLoading", _fpChatList));

                await foreach (var chunk in response)
                {
                    var parts = chunk.Candidates?.FirstOrDefault()?.Content?.Parts ?? [];
                    if (parts.Count > 0)
                    {
                        var markdownBuffer = new System.Text.StringBuilder();

                        foreach (var part in parts)
                        {
                            if (part.Text is { } text)
                            {
                                markdownBuffer.AppendLine(text);
                                continue;
                            }

                            if (part.ExecutableCode is { } code)
                            {
                                markdownBuffer.AppendLine(code.Code);
                                continue;
                            }

                            if (part.CodeExecutionResult is { } result)
                            {
                                markdownBuffer.AppendLine(result.Output);
                                continue;
                            }

                            if (part.InlineData is { } blob)
                            {
                                var mimeType = blob.MimeType ?? "";
                                var isImage = System.Text.RegularExpressions.Regex.IsMatch(mimeType, "image/(jpeg|png|webp)");
                                var isFile = System.Text.RegularExpressions.Regex.IsMatch(mimeType, "application/pdf");
                                if (isImage)
                                {
                                    var imageBytesBase64 = blob.Data?.ToBase64();
                                    markdownBuffer.AppendLine($"![image](data:{mimeType};base64,{imageBytesBase64})");
                                    continue;
                                }
                                if (isFile)
                                {
                                    continue;
                                }
                            }
                        }

                        if (markdownBuffer.Length > 0)
                        {
                            var aiReply = new System.Text.StringBuilder();
                            if (_fpChatList.FirstOrDefault()?.StartsWith("AI reply: ") ?? false)
                            {
                                var previous = _fpChatList[0];
                                _fpChatList.RemoveAt(0);
                                aiReply.Append(previous).Append(' ').Append(markdownBuffer.ToString());
                            }
                            else
                            {
                                aiReply.Append("AI reply: ").Append(markdownBuffer.ToString());
                            }
                            _fpChatList.Insert(0, aiReply.ToString());
                        }
                        emit(new FpGeminiState("querySuccess", _fpChatList));
                    }
                }
            }
            """),
        new(
            "gemini-rust gemini 3 code execution example",
            "flachesis/gemini-rust examples/gemini_3_code_execution.rs",
            true,   // Warns
            "the example prints the outcome and the output in separate println! calls, and its data-analysis block prints 'Execution Result:' with the output and no outcome at all",
            """
            static void GrPrintCodeExecutionParts(GenerateContentResponse response)
            {
                if (response.Candidates?.FirstOrDefault() is { } firstCandidate && firstCandidate.Content?.Parts is { } parts)
                {
                    Console.WriteLine("\n=== Checking for Code Execution Parts ===");
                    for (var i = 0; i < parts.Count; i++)
                    {
                        var part = parts[i];
                        if (part.ExecutableCode is { } executableCode)
                        {
                            Console.WriteLine($"\nExecutable Code Part #{i + 1}:");
                            Console.WriteLine($"  Language: {executableCode.Language}");
                            Console.WriteLine($"  Code:\n{executableCode.Code}");
                        }
                        else if (part.CodeExecutionResult is { } codeExecutionResult)
                        {
                            Console.WriteLine($"\nCode Execution Result Part #{i + 1}:");
                            Console.WriteLine($"  Outcome: {codeExecutionResult.Outcome}");
                            Console.WriteLine($"  Output:\n{codeExecutionResult.Output}");
                        }
                        else if (part.Text is { } text && part.Thought == true)
                        {
                            Console.WriteLine($"\nThought Part #{i + 1}:");
                            Console.WriteLine($"  {text}");
                        }
                    }
                }
            }

            // "Data Analysis with Code" section of the same example.
            static void GrPrintAnalysis(GenerateContentResponse responseAnalysis)
            {
                if (responseAnalysis.Candidates?.FirstOrDefault() is { } firstCandidate && firstCandidate.Content?.Parts is { } parts)
                {
                    foreach (var part in parts)
                    {
                        if (part.ExecutableCode is { } executableCode)
                        {
                            Console.WriteLine("\nGenerated Code:");
                            Console.WriteLine(executableCode.Code);
                        }
                        else if (part.CodeExecutionResult is { } codeExecutionResult)
                        {
                            Console.WriteLine("\nExecution Result:");
                            Console.WriteLine(codeExecutionResult.Output);
                        }
                    }
                }
            }
            """),
        new(
            "kodelet google thread processPart",
            "jingkaihe/kodelet pkg/llm/google/google.go",
            true,   // Warns
            "lossy label: the result text only gets an 'Outcome: Unspecified' suffix, so FAILED and DEADLINE_EXCEEDED output is shown to the handler and kept as response text looking like a successful run",
            """
            interface KdMessageHandler
            {
                void HandleText(string text);
                void HandleThinking(string text);
                void HandleToolUse(string name, string input);
                void HandleToolResult(string name, string result);
            }

            sealed record KdToolCall(string Id, string? Name, Dictionary<string, System.Text.Json.JsonElement>? Args);

            sealed class KdResponse
            {
                public string Text { get; set; } = "";
                public string ThinkingText { get; set; } = "";
                public List<KdToolCall> ToolCalls { get; } = [];
            }

            // Thread.processPart
            static void KdProcessPart(Part part, KdResponse response, KdMessageHandler handler)
            {
                if (!string.IsNullOrEmpty(part.Text))
                {
                    if (part.Thought == true)
                    {
                        handler.HandleThinking(part.Text);
                        response.ThinkingText += part.Text;
                    }
                    else
                    {
                        handler.HandleText(part.Text);
                        response.Text += part.Text;
                    }
                }
                else if (part.FunctionCall is { } functionCall)
                {
                    var toolCall = new KdToolCall("call_" + Guid.NewGuid().ToString("N")[..16], functionCall.Name, functionCall.Args);
                    response.ToolCalls.Add(toolCall);
                    handler.HandleToolUse(toolCall.Name ?? "", System.Text.Json.JsonSerializer.Serialize(toolCall.Args));
                }
                else if (part.CodeExecutionResult is { } codeExecutionResult)
                {
                    var result = $"Code execution result:\n{codeExecutionResult.Output}";
                    if (codeExecutionResult.Outcome == O.Unspecified)
                    {
                        result += "\nOutcome: Unspecified";
                    }
                    handler.HandleToolResult("code_execution", result);
                    response.Text += result;
                }
                else
                {
                    Debug.WriteLine("Unhandled part type in Google response");
                }
            }
            """),
        new(
            "airborne provider code execution records",
            "ai8future/airborne internal/provider/gemini/client.go",
            false,  // Warns
            "each output is stored as Stdout together with an ExitCode derived from outcome == OK (0) versus anything else (1) in the same record",
            """
            sealed class AbCodeExecutionResult
            {
                public string Code { get; set; } = "";
                public string Language { get; set; } = "";
                public string Stdout { get; set; } = "";
                public int ExitCode { get; set; }
            }

            // extractCodeExecutionResults
            static List<AbCodeExecutionResult> AbExtractCodeExecutionResults(GenerateContentResponse? resp)
            {
                var executions = new List<AbCodeExecutionResult>();
                if (resp?.Candidates is null || resp.Candidates.Count == 0)
                {
                    return executions;
                }

                foreach (var candidate in resp.Candidates)
                {
                    if (candidate.Content is null)
                    {
                        continue;
                    }
                    foreach (var part in candidate.Content.Parts ?? [])
                    {
                        if (part.ExecutableCode is { } executableCode)
                        {
                            executions.Add(new AbCodeExecutionResult
                            {
                                Code = executableCode.Code ?? "",
                                Language = executableCode.Language?.ToString() ?? "",
                            });
                        }
                        if (part.CodeExecutionResult is { } result)
                        {
                            if (executions.Count > 0)
                            {
                                var last = executions[^1];
                                last.Stdout = result.Output ?? "";
                                if (result.Outcome == O.Ok)
                                {
                                    last.ExitCode = 0;
                                }
                                else
                                {
                                    last.ExitCode = 1;
                                }
                            }
                        }
                    }
                }

                return executions;
            }
            """),
        new(
            "gemini-prompt cli candidate markdown",
            "Klaus-Tockloth/gemini-prompt output.go",
            false,  // Warns
            "in the same markdown code block the outcome is written before the output whenever it is not OUTCOME_OK, so a failed or timed-out run is visibly labelled",
            """
            // getCandidateText
            static string GpGetCandidateText(Candidate candidate, bool includeThoughts)
            {
                if (candidate.Content is null)
                {
                    return "No content available in this candidate.\n";
                }

                var sb = new System.Text.StringBuilder();
                var aggregatedThoughts = new System.Text.StringBuilder();
                var regularContent = new System.Text.StringBuilder();

                foreach (var part in candidate.Content.Parts ?? [])
                {
                    if (part.Thought == true)
                    {
                        if (includeThoughts && !string.IsNullOrEmpty(part.Text))
                        {
                            aggregatedThoughts.Append(part.Text.Trim() + "\n\n");
                        }
                        continue;
                    }

                    if (part.CodeExecutionResult is { } result)
                    {
                        regularContent.Append("\nCode Execution Result:\n");
                        regularContent.Append("\n```plaintext\n");
                        if (result.Outcome != O.Ok)
                        {
                            regularContent.Append($"{result.Outcome}\n\n");
                        }
                        var output = result.Output ?? "";
                        regularContent.Append(output.EndsWith('\n') ? output[..^1] : output);
                        regularContent.Append("\n```\n");
                    }
                    if (part.ExecutableCode is { } code)
                    {
                        regularContent.Append($"\nExecutable {code.Language} Code:\n");
                        regularContent.Append($"\n```{code.Language}\n");
                        var source = code.Code ?? "";
                        regularContent.Append(source.EndsWith('\n') ? source[..^1] : source);
                        regularContent.Append("\n```\n");
                    }
                    if (!string.IsNullOrEmpty(part.Text))
                    {
                        regularContent.Append(part.Text);
                        regularContent.Append('\n');
                    }
                }

                if (includeThoughts && aggregatedThoughts.Length > 0)
                {
                    sb.Append("<!-- AI_THOUGHT_CONTENT_START -->\n");
                    sb.Append(aggregatedThoughts.ToString().Trim() + "\n");
                    sb.Append("<!-- AI_THOUGHT_CONTENT_END -->\n\n");
                }

                sb.Append(regularContent);
                sb.Append('\n');
                return sb.ToString();
            }
            """),
        new(
            "bifrost genai integration content blocks",
            "maximhq/bifrost transports/bifrost-http/integrations/genai/types.go",
            false,  // Warns
            "the code-execution result becomes one text block 'Code execution result (<outcome>):\\n<output>', carrying the outcome in the same string",
            """
            sealed record BfContentBlock(string Type, string? Text = null, string? ImageUrl = null);
            sealed record BfToolCall(string? Id, string? Name, string Arguments);

            // ConvertToBifrostRequest: per-part conversion of one GenAI content.
            static (List<BfContentBlock> Blocks, List<BfToolCall> ToolCalls, string Thought) BfConvertParts(Content content)
            {
                var toolCalls = new List<BfToolCall>();
                var contentBlocks = new List<BfContentBlock>();
                var thoughtStr = "";
                var isModel = content.Role is "assistant" or "model";

                foreach (var part in content.Parts ?? [])
                {
                    if (!string.IsNullOrEmpty(part.Text))
                    {
                        if (part.Thought == true && isModel)
                        {
                            thoughtStr = thoughtStr + part.Text + "\n";
                        }
                        else
                        {
                            contentBlocks.Add(new BfContentBlock("text", Text: part.Text));
                        }
                    }
                    else if (part.FunctionCall is { } functionCall)
                    {
                        if (isModel)
                        {
                            toolCalls.Add(new BfToolCall(functionCall.Id, functionCall.Name,
                                System.Text.Json.JsonSerializer.Serialize(functionCall.Args)));
                        }
                    }
                    else if (part.InlineData is { } blob)
                    {
                        if ((blob.MimeType ?? "").StartsWith("image/"))
                        {
                            contentBlocks.Add(new BfContentBlock("image_url", ImageUrl: $"data:{blob.MimeType};base64,{blob.Data?.ToBase64()}"));
                        }
                    }
                    else if (part.ExecutableCode is { } executableCode)
                    {
                        var codeText = $"```{executableCode.Language}\n{executableCode.Code}\n```";
                        contentBlocks.Add(new BfContentBlock("text", Text: codeText));
                    }
                    else if (part.CodeExecutionResult is { } codeExecutionResult)
                    {
                        var resultText = $"Code execution result ({codeExecutionResult.Outcome}):\n{codeExecutionResult.Output}";
                        contentBlocks.Add(new BfContentBlock("text", Text: resultText));
                    }
                }

                return (contentBlocks, toolCalls, thoughtStr);
            }
            """),
        new(
            "swiftui firebase ai chat code block",
            "JuanLebrijaSofttek/FirebaseAI-Demo FirebaseAI-Demo/ViewModel/ChatViewModel.swift",
            false,  // Warns
            "the output is attached to the preceding code block together with the outcome in the same CodeBlock value, and the bubble renders a green/red OK mark next to it",
            """
            sealed record FdCodeBlock(string Code, string Language, string? Result = null, string? Outcome = null);

            abstract record FdMessageItem(Guid Id);
            sealed record FdTextItem(Guid Id, string Text) : FdMessageItem(Id);
            sealed record FdCodeBlockItem(Guid Id, FdCodeBlock Block) : FdMessageItem(Id);

            sealed class FdMessage
            {
                public string Text { get; set; } = "";
                public List<FdMessageItem> ContentItems { get; } = [];
            }

            List<FdMessage> _fdMessages = [];

            void FdAppendText(string delta, int index)
            {
                if (delta.Length == 0) return;
                _fdMessages[index].Text += delta;
                var items = _fdMessages[index].ContentItems;
                if (items.Count > 0 && items[^1] is FdTextItem last)
                    items[^1] = new FdTextItem(last.Id, last.Text + delta);
                else
                    items.Add(new FdTextItem(Guid.NewGuid(), delta));
            }

            // ChatViewModel.streamTurn: per-chunk part handling
            void FdHandleChunk(GenerateContentResponse chunk, int index)
            {
                if (chunk.Candidates?.FirstOrDefault()?.Content?.Parts is not { } parts) return;
                foreach (var part in parts)
                {
                    if (part.Text is { } text && part.Thought != true)
                    {
                        FdAppendText(text, index);
                    }
                    else if (part.ExecutableCode is { } codePart)
                    {
                        var block = new FdCodeBlock(codePart.Code ?? "", codePart.Language?.ToString() ?? "");
                        _fdMessages[index].ContentItems.Add(new FdCodeBlockItem(Guid.NewGuid(), block));
                    }
                    else if (part.CodeExecutionResult is { } resultPart)
                    {
                        var items = _fdMessages[index].ContentItems;
                        var lastIdx = items.FindLastIndex(i => i is FdCodeBlockItem);
                        if (lastIdx < 0) continue;
                        if (items[lastIdx] is FdCodeBlockItem codeItem)
                        {
                            var block = codeItem.Block with
                            {
                                Result = resultPart.Output,
                                Outcome = resultPart.Outcome?.ToString(),
                            };
                            items[lastIdx] = new FdCodeBlockItem(codeItem.Id, block);
                        }
                    }
                }
            }
            """),
        new(
            "adk-rust load artifacts tool",
            "zavora-ai/adk-rust adk-tool/src/builtin/load_artifacts.rs",
            false,  // Warns
            "a loaded code-execution-result artifact is returned to the model as one JSON object holding both outcome and output",
            """
            interface ArArtifactService
            {
                Task<Part> Load(string name);
            }

            // LoadArtifactsTool.execute
            static async Task<Dictionary<string, object?>> ArExecute(ArArtifactService artifactService, List<string> artifactNames)
            {
                var results = new List<Dictionary<string, object?>>();

                foreach (var name in artifactNames)
                {
                    Part part;
                    try
                    {
                        part = await artifactService.Load(name);
                    }
                    catch (Exception)
                    {
                        results.Add(new Dictionary<string, object?>
                        {
                            ["name"] = name,
                            ["error"] = "Artifact not found",
                        });
                        continue;
                    }

                    Dictionary<string, object?> content;
                    if (part.Text is { } text)
                    {
                        content = new() { ["type"] = "text", ["text"] = text };
                    }
                    else if (part.InlineData is { } blob)
                    {
                        content = new()
                        {
                            ["type"] = "inline_data",
                            ["mime_type"] = blob.MimeType,
                            ["data_base64"] = blob.Data?.ToBase64(),
                            ["size_bytes"] = blob.Data?.Length ?? 0,
                        };
                    }
                    else if (part.CodeExecutionResult is { } codeExecutionResult)
                    {
                        content = new()
                        {
                            ["type"] = "code_execution_result",
                            ["outcome"] = codeExecutionResult.Outcome,
                            ["output"] = codeExecutionResult.Output,
                        };
                    }
                    else
                    {
                        content = new() { ["type"] = "unknown" };
                    }

                    results.Add(new Dictionary<string, object?>
                    {
                        ["name"] = name,
                        ["content"] = content,
                    });
                }

                return new Dictionary<string, object?> { ["artifacts"] = results };
            }
            """),
        new(
            "adk java docs code execution agent app",
            "ygicp/adk-docs examples/java/snippets/src/main/java/tools/CodeExecutionAgentApp.java",
            false,  // Warns
            "each result is printed in one println that carries the outcome followed by the output",
            """
            // CodeExecutionAgentApp.callAgent: per-event printing
            static void AdPrintEvent(string? eventId, string? author, Content? content, bool finalResponse, string[] finalResponseText)
            {
                Console.WriteLine("Event ID: " + eventId + ", Author: " + author);

                var hasSpecificPart = false;
                if (content?.Parts is { } parts)
                {
                    foreach (var part in parts)
                    {
                        if (part.ExecutableCode is { } executableCode)
                        {
                            Console.WriteLine("  Debug: Agent generated code:\n```python\n" + executableCode.Code + "\n```");
                            hasSpecificPart = true;
                        }
                        else if (part.CodeExecutionResult is { } result)
                        {
                            Console.WriteLine(
                                "  Debug: Code Execution Result: "
                                    + result.Outcome
                                    + " - Output:\n"
                                    + result.Output);
                            hasSpecificPart = true;
                        }
                        else if (part.Text is { } text && text.Trim().Length > 0)
                        {
                            Console.WriteLine("  Text: '" + text.Trim() + "'");
                        }
                    }
                }

                if (!hasSpecificPart && finalResponse)
                {
                    if (content?.Parts is { Count: > 0 } finalParts && finalParts[0].Text is { } finalText)
                    {
                        finalResponseText[0] = finalText.Trim();
                        Console.WriteLine("==> Final Agent Response: " + finalResponseText[0]);
                    }
                    else
                    {
                        Console.WriteLine("==> Final Agent Response: [No text content in final event]");
                    }
                }
            }
            """),
    ];
}
