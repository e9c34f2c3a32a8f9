namespace CodeExecGen.Analyzers.Tests.HeldOut;

/// <summary>Held-out snippets, batch F: Python, TypeScript and JavaScript (notebooks, agent frameworks, chat UIs, bots, Live API clients, proxies, CLIs). Labelled from the originals before any analyzer ran.</summary>
internal static class HeldOutBatchF
{
    public static readonly Corpus.Snippet[] Snippets =
    [
        new(
            "streamlit agent streams output block",
            "deep-div/Gemini-Agent src/gemini_tools.py",
            true,   // Warns
            "the code-execution tool streams every result into the chat as '**Output:**' plus output; a failed or timed-out run's stderr reads as the answer",
            """
            // GeminiCodeExecutionTool.activate_stream: each streamed part becomes markdown for the Streamlit chat.
            IEnumerable<string> ActivateStream(IEnumerable<GenerateContentResponse> stream)
            {
                foreach (var chunk in stream)
                {
                    if (chunk.Candidates is not { Count: > 0 } candidates)
                        continue;

                    var candidate = candidates[0];
                    foreach (var part in candidate.Content?.Parts ?? [])
                    {
                        if (!string.IsNullOrEmpty(part.Text))
                            yield return part.Text;
                        else if (part.ExecutableCode is { } executableCode)
                            yield return $"\n\n```python\n{executableCode.Code}\n```\n";
                        else if (part.CodeExecutionResult is { } codeExecutionResult)
                            yield return $"\n\n**Output:**\n```\n{codeExecutionResult.Output}\n```\n";
                    }
                }
            }
            """),

        new(
            "chainlit langchain tool answer",
            "EliAbdiel/advanced-multimodal-ai src/agents/code_execution.py",
            true,   // Warns
            "the LangChain code_generation tool returns text + code + the first result's output as its answer to the agent, never looking at the outcome",
            """
            // code_generation tool (earlier revision): get_response joins text, code and output and returns it to the agent.
            static string? GetText(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates![0].Content!.Parts!)
                {
                    if (part.Text is not null)
                    {
                        Console.WriteLine($"\nCode execution text:\n{part.Text}\n");
                        return part.Text;
                    }
                }
                return null;
            }

            static string? GetCode(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates![0].Content!.Parts!)
                {
                    if (part.ExecutableCode is not null)
                    {
                        Console.WriteLine($"\nCode execution code:\n{part.ExecutableCode.Code}\n");
                        return $"```\n{part.ExecutableCode.Code}\n```";
                    }
                }
                return null;
            }

            static string? GetOutput(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates![0].Content!.Parts!)
                {
                    if (part.CodeExecutionResult is not null)
                    {
                        Console.WriteLine($"\nCode execution output:\n{part.CodeExecutionResult.Output}\n");
                        return part.CodeExecutionResult.Output;
                    }
                }
                return null;
            }

            static string GetResponse(GenerateContentResponse response)
            {
                var text = GetText(response);
                var code = GetCode(response);
                var output = GetOutput(response);

                var answer = $"{text}\n\n{code}\n\n{output}";
                Console.WriteLine($"\n{answer}\n");
                return answer;
            }
            """),

        new(
            "streamlit tutor reply with outcome heading",
            "longechina/chinese_learning app.py",
            false,  // Warns
            "each result is rendered as '[Execution Result (<outcome>)]' followed by its output in the same reply string, so the reader sees whether the run succeeded",
            """
            // parse_google_response: turns every part into markdown for the Streamlit chat history.
            static string ParseGoogleResponse(GenerateContentResponse responseObj)
            {
                var replyParts = new List<string>();
                try
                {
                    foreach (var candidate in responseObj.Candidates!)
                    {
                        foreach (var part in candidate.Content!.Parts!)
                        {
                            if (!string.IsNullOrEmpty(part.Text))
                            {
                                replyParts.Add(part.Text);
                            }
                            else if (part.InlineData is { } inlineData)
                            {
                                var mimeType = inlineData.MimeType;
                                var b64Data = inlineData.Data?.ToBase64();
                                replyParts.Add($"\n![AI Generated Image](data:{mimeType};base64,{b64Data})\n");
                            }
                            else if (part.ExecutableCode is { } executableCode)
                            {
                                var lang = executableCode.Language;
                                var code = executableCode.Code;
                                replyParts.Add($"\n**[Code Generation - {lang}]**\n```{lang}\n{code}\n```\n");
                            }
                            else if (part.CodeExecutionResult is { } codeExecutionResult)
                            {
                                var outcome = codeExecutionResult.Outcome;
                                var output = codeExecutionResult.Output;
                                replyParts.Add($"\n**[Execution Result ({outcome})]**\n```text\n{output}\n```\n");
                            }
                            else if (part.FunctionCall is { } functionCall)
                            {
                                replyParts.Add($"\n*[Function Call invoked: {functionCall.Name}]*\n");
                            }
                        }
                    }
                }
                catch (Exception e)
                {
                    Console.WriteLine($"Failed to deeply parse Google parts: {e}");
                    replyParts.Add("[Error: Failed to extract AI response content]");
                }

                return string.Join("\n", replyParts).Trim();
            }
            """),

        new(
            "eval framework tool use null outcome",
            "UKGovernmentBEIS/inspect_ai src/inspect_ai/model/_providers/google.py",
            true,   // Warns
            "error is set only when the outcome is present and not OK, so a result with no outcome becomes a tool use with its output as result and no error, indistinguishable from an OK run (an outcome ?? OK label)",
            """
            sealed record InspectContentToolUse(string ToolType, string Id, string Name, string Arguments, string Result, string? Error);

            // server_tool_use_from_executable_code (as introduced with the code_execution() tool).
            static InspectContentToolUse ServerToolUseFromExecutableCode(ExecutableCode executableCode, CodeExecutionResult? result)
            {
                string resultOutput;
                string? resultError;
                if (result is not null)
                {
                    resultOutput = result.Output ?? "";
                    if (result.Outcome is not null && result.Outcome != O.Ok)
                        resultError = result.Outcome.ToString();
                    else
                        resultError = null;
                }
                else
                {
                    resultOutput = "";
                    resultError = null;
                }

                return new InspectContentToolUse(
                    ToolType: "code_execution",
                    Id: "",
                    Name: executableCode.Language?.ToString() ?? "LanguageUnspecified",
                    Arguments: executableCode.Code ?? "",
                    Result: resultOutput,
                    Error: resultError);
            }
            """),

        new(
            "openai proxy display text prefix",
            "zwldarren/llm-proxy src/llm_proxy/serialization/gemini/code_execution.py",
            true,   // Warns
            "only outcomes other than missing, OUTCOME_UNSPECIFIED and OUTCOME_OK get a '[outcome]' prefix, so an unspecified or missing outcome passes the output to clients exactly like a successful one",
            """
            // extract_code_execution_text: shared by the non-streaming parser and the streaming transformer.
            static string? ExtractCodeExecutionText(Part part)
            {
                if (part.ExecutableCode is { } ec)
                {
                    var code = ec.Code ?? "";
                    if (code.Length == 0)
                        return null;
                    var lang = (ec.Language?.ToString() ?? "PYTHON").ToLowerInvariant();
                    if (lang is "languageunspecified" or "")
                        lang = "python";
                    return $"```{lang}\n{code}\n```";
                }

                if (part.CodeExecutionResult is { } cer)
                {
                    var resultText = cer.Output ?? "";
                    var outcome = cer.Outcome;
                    if (outcome is not (null or O.Unspecified or O.Ok))
                        resultText = $"[{outcome}] {resultText}".TrimEnd();
                    return resultText.Length > 0 ? resultText : null;
                }

                return null;
            }
            """),

        new(
            "scientist agent failed prefix",
            "Golden007-prog/Omni-Lab services/agents.ts",
            false,  // Warns
            "the output is kept as the result only when outcome is OUTCOME_OK; any other outcome stores 'Execution failed: ' + output",
            """
            sealed record OmniScientistResult(string? ExecutableCode, string? CodeExecutionResult, string? PlotImageUrl, string TextResponse, List<Part> RawParts);

            // runScientistAgent: collects text, code, the execution result and a plot from the response parts.
            static OmniScientistResult RunScientistAgent(GenerateContentResponse response)
            {
                var parts = response.Candidates?.FirstOrDefault()?.Content?.Parts ?? [];

                string? executableCode = null;
                string? codeExecutionResult = null;
                string? plotImageUrl = null;
                var textResponse = "";

                foreach (var part in parts)
                {
                    if (!string.IsNullOrEmpty(part.Text))
                        textResponse += part.Text;

                    if (part.ExecutableCode is not null)
                        executableCode = string.IsNullOrEmpty(part.ExecutableCode.Code) ? null : part.ExecutableCode.Code;

                    if (part.CodeExecutionResult is not null)
                    {
                        var outcome = part.CodeExecutionResult.Outcome;
                        var output = part.CodeExecutionResult.Output ?? "";

                        if (outcome == O.Ok)
                            codeExecutionResult = output;
                        else
                            codeExecutionResult = $"Execution failed: {output}";
                    }

                    if (part.InlineData is { } inlineData && inlineData.MimeType?.StartsWith("image/") == true)
                        plotImageUrl = $"data:{inlineData.MimeType};base64,{inlineData.Data?.ToBase64()}";
                }

                return new OmniScientistResult(executableCode, codeExecutionResult, plotImageUrl, textResponse, parts);
            }
            """),

        new(
            "agent generate_and_execute_code error path",
            "breadboard-ai/breadboard packages/visual-editor/src/a2/agent/functions/generate.ts",
            false,  // Warns
            "a result's output is kept only when outcome is not OUTCOME_OK and is then returned as an error ('The code generator tried and failed...'); OK results reset it and never pass their output on",
            """
            sealed record BreadboardFunctionResult(string? Result, string? Error);

            // generate_and_execute_code: the last failed execution turns the whole call into an error.
            static BreadboardFunctionResult GenerateAndExecuteCode(
                IEnumerable<GenerateContentResponse> generating,
                Action<string?> statusUpdater,
                Func<Blob, string?> addFile)
            {
                var results = new List<string>();
                string? lastCodeExecutionError = null;
                foreach (var chunk in generating)
                {
                    var parts = chunk.Candidates?.FirstOrDefault()?.Content?.Parts;
                    if (parts is null)
                        continue;
                    foreach (var part in parts)
                    {
                        if (part is null)
                            continue;
                        if (part.Text is not null)
                        {
                            if (part.Thought == true)
                                statusUpdater(part.Text);
                            else
                                results.Add(part.Text);
                        }
                        else if (part.InlineData is not null)
                        {
                            var file = addFile(part.InlineData);
                            if (file is null)
                                return new BreadboardFunctionResult(null, "Code generation failed due to invalid file output.");
                            results.Add($"<file src=\"{file}\" />");
                        }
                        else if (part.CodeExecutionResult is not null)
                        {
                            var outcome = part.CodeExecutionResult.Outcome;
                            var output = part.CodeExecutionResult.Output;
                            if (outcome != O.Ok)
                                lastCodeExecutionError = output;
                            else
                                lastCodeExecutionError = null;
                        }
                    }
                }

                if (!string.IsNullOrEmpty(lastCodeExecutionError))
                    return new BreadboardFunctionResult(null, $"The code generator tried and failed with the following error:\n\n{lastCodeExecutionError}");

                statusUpdater(null);
                if (results.Count == 0)
                    return new BreadboardFunctionResult(null, "No text was generated. Please try again");
                return new BreadboardFunctionResult(string.Concat(results), null);
            }
            """),

        new(
            "adk tui result box border color",
            "atripathy86/adk-tui src/tui/routes/session/message.tsx",
            false,  // Warns
            "the output is drawn inside a box whose border is the success colour only for OUTCOME_OK and the error colour otherwise, so the same box shows whether the run succeeded",
            """
            sealed class AdkTuiTheme
            {
                public string Success { get; } = "green";
                public string Error { get; } = "red";
                public string TextMuted { get; } = "gray";
                public string BackgroundPanel { get; } = "black";
            }

            sealed record AdkTuiText(string? Content, string? Fg = null);

            sealed class AdkTuiBox
            {
                public int MarginTop { get; init; }
                public string? BorderColor { get; init; }
                public string? BackgroundColor { get; init; }
                public List<AdkTuiText> Children { get; } = [];
            }

            // PartContent: one opentui box per part of an ADK event.
            static List<AdkTuiBox> PartContent(Part part, AdkTuiTheme theme)
            {
                var nodes = new List<AdkTuiBox>();

                if (!string.IsNullOrEmpty(part.Text))
                    nodes.Add(new AdkTuiBox { Children = { new AdkTuiText(part.Text) } });

                if (part.FunctionCall is not null)
                    nodes.Add(new AdkTuiBox { MarginTop = 1, Children = { new AdkTuiText($"▶ ⚙ {part.FunctionCall.Name ?? "function"}") } });

                if (part.FunctionResponse is not null)
                    nodes.Add(new AdkTuiBox
                    {
                        MarginTop = 1,
                        BorderColor = theme.Success,
                        Children = { new AdkTuiText($"✓ {part.FunctionResponse?.Name ?? "response"}", theme.TextMuted) },
                    });

                if (part.ExecutableCode is not null)
                    nodes.Add(new AdkTuiBox
                    {
                        MarginTop = 1,
                        BackgroundColor = theme.BackgroundPanel,
                        Children = { new AdkTuiText($"Code: {part.ExecutableCode?.Language?.ToString() ?? "python"}", theme.TextMuted) },
                    });

                if (part.CodeExecutionResult is not null)
                    nodes.Add(new AdkTuiBox
                    {
                        MarginTop = 1,
                        BorderColor = part.CodeExecutionResult?.Outcome == O.Ok ? theme.Success : theme.Error,
                        Children = { new AdkTuiText(part.CodeExecutionResult?.Output ?? "No output") },
                    });

                return nodes;
            }
            """),

        new(
            "obsidian code sub-agent result",
            "cybaea/obsidian-vault-intelligence src/services/GeminiProvider.ts",
            true,   // Warns
            "solveWithCode appends '[Execution Result]' plus output for every result and returns the text as the calculator tool's result to the main agent, without any outcome",
            """
            sealed record VaultSubAgentResult(string Text, int TokenCount);

            // solveWithCode: the code sub-agent's answer, handed back to the main agent as a tool result.
            static VaultSubAgentResult SolveWithCode(GenerateContentResponse response, int tokenCount)
            {
                var resultString = "";
                var parts = response.Candidates?.FirstOrDefault()?.Content?.Parts ?? [];
                foreach (var part in parts)
                {
                    if (!string.IsNullOrEmpty(part.Text))
                        resultString += part.Text + "\n";
                    if (part.ExecutableCode is not null)
                        resultString += $"\n[Generated Code]\n```python\n{part.ExecutableCode.Code}\n```\n";
                    if (part.CodeExecutionResult is not null)
                        resultString += $"\n[Execution Result]\n{part.CodeExecutionResult.Output}\n";
                }

                return new VaultSubAgentResult(resultString.Trim(), tokenCount);
            }
            """),

        new(
            "mcp server execution result section",
            "salviz/gemini-mcp-server tools/utility.js",
            false,  // Warns
            "the MCP tool writes 'Execution Result (<outcome>)' (or 'unknown' when absent) in the same section as the output, so the caller can tell an OK run from any other",
            """
            sealed record McpToolText(string Text, bool IsError);

            static McpToolText McpSuccess(string text) => new(text, false);

            static string? McpExtractText(GenerateContentResponse response) =>
                string.Concat(response.Candidates?.FirstOrDefault()?.Content?.Parts?.Select(p => p.Text) ?? []);

            // gemini_code_execute tool handler.
            static McpToolText GeminiCodeExecute(GenerateContentResponse response)
            {
                var parts = response.Candidates?.FirstOrDefault()?.Content?.Parts ?? [];

                if (parts.Count == 0)
                {
                    var text = McpExtractText(response);
                    return McpSuccess(string.IsNullOrEmpty(text) ? "No response parts received from the model." : text);
                }

                var sections = new List<string>();
                foreach (var part in parts)
                {
                    if (!string.IsNullOrEmpty(part.Text))
                        sections.Add($"**Text:**\n{part.Text}");
                    if (part.ExecutableCode is not null)
                    {
                        var lang = part.ExecutableCode.Language?.ToString() ?? "python";
                        sections.Add($"**Code ({lang}):**\n```{lang}\n{part.ExecutableCode.Code}\n```");
                    }
                    if (part.CodeExecutionResult is not null)
                    {
                        var outcome = part.CodeExecutionResult.Outcome?.ToString() ?? "unknown";
                        var output = string.IsNullOrEmpty(part.CodeExecutionResult.Output) ? "(no output)" : part.CodeExecutionResult.Output;
                        sections.Add($"**Execution Result ({outcome}):**\n```\n{output}\n```");
                    }
                }

                return McpSuccess(string.Join("\n\n", sections));
            }
            """),
    ];
}
