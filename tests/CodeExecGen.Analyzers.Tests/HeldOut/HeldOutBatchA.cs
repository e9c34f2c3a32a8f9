namespace CodeExecGen.Analyzers.Tests.HeldOut;

/// <summary>Held-out snippets, batch A: Python code (agent frameworks, chat UIs, SDK wrappers, proxies, bots, Live API clients, samples). Labelled from the originals before any analyzer ran.</summary>
internal static class HeldOutBatchA
{
    public static readonly Corpus.Snippet[] Snippets =
    [
        new(
            "open webui gemini manifold output part",
            "suurt8ll/open_webui_functions plugins/pipes/gemini_manifold.py",
            true,   // Warns
            "the Open WebUI pipe turns any non-empty result into an '**Output:**' block of the chat message content; the outcome is never read, so stderr of a failed run is shown as output",
            """
            static readonly string[] OwfSpecialTags = ["think", "details", "source"];

            static string OwfDisableSpecialTags(string text)
            {
                foreach (var tag in OwfSpecialTags)
                    text = text.Replace("</" + tag, "<\u200B/" + tag).Replace("<" + tag, "<\u200B" + tag);
                return text;
            }

            static string? OwfProcessExecutableCodePart(ExecutableCode? executableCodePart)
            {
                if (executableCodePart is null)
                    return null;
                var langName = "python";
                if (executableCodePart.Language is { } lang)
                    langName = lang.ToString().ToLowerInvariant();
                if (executableCodePart.Code is { Length: > 0 } code)
                    return $"```{langName}\n{code.TrimEnd()}\n```\n\n";
                return "";
            }

            static string? OwfProcessCodeExecutionResultPart(CodeExecutionResult? codeExecutionResultPart)
            {
                if (codeExecutionResultPart is null)
                    return null;
                if (codeExecutionResultPart.Output is { Length: > 0 } output)
                    return $"**Output:**\n\n```\n{output.TrimEnd()}\n```\n\n";
                return null;
            }

            // _process_part: the payload key is reasoning_content for thought parts, content otherwise
            static Dictionary<string, object?>? OwfProcessPart(Part part)
            {
                var key = part.Thought == true ? "reasoning_content" : "content";
                string? payloadContent = null;
                if (part.Text is string text)
                {
                    payloadContent = OwfDisableSpecialTags(text);
                }
                else if (part.InlineData is { } data)
                {
                    payloadContent = $"![image](data:{data.MimeType};base64,{data.Data?.ToBase64()})";
                }
                else if (part.ExecutableCode is { } code)
                {
                    if (OwfProcessExecutableCodePart(code) is { Length: > 0 } processedCode)
                        payloadContent = processedCode;
                }
                else if (part.CodeExecutionResult is { } result)
                {
                    if (OwfProcessCodeExecutionResultPart(result) is { Length: > 0 } processedResult)
                        payloadContent = processedResult;
                }

                if (payloadContent is not null)
                    return new Dictionary<string, object?> { [key] = payloadContent };
                return null;
            }
            """),

        new(
            "legacy sdk response text fence tag",
            "google-gemini/generative-ai-python google/generativeai/types/generation_types.py",
            true,   // Warns
            "GenerateContentResponse.text tags a result's fence with its outcome except when it is OK or UNSPECIFIED, so an unspecified outcome reads exactly like a successful run (lossy label)",
            """
            // GenerateContentResponse.text: every part of the first candidate joined into one string
            static string GaiResponseText(GenerateContentResponse response)
            {
                var parts = response.Candidates?[0].Content?.Parts ?? [];
                var texts = new List<string>();
                foreach (var part in parts)
                {
                    if (part.Text is not null)
                    {
                        texts.Add(part.Text);
                        continue;
                    }
                    if (part.ExecutableCode is { } executableCode)
                    {
                        var language = (executableCode.Language ?? ExecutableCodeLanguage.LanguageUnspecified).ToString().ToLowerInvariant();
                        language = language == "languageunspecified" ? "" : " " + language;
                        texts.AddRange(["```" + language, (executableCode.Code ?? "").TrimStart('\n'), "```"]);
                        continue;
                    }
                    if (part.CodeExecutionResult is { } result)
                    {
                        var outcomeResult = (result.Outcome ?? CodeExecutionResultOutcome.Unspecified).ToString().ToLowerInvariant();
                        if (outcomeResult == "ok" || outcomeResult == "unspecified")
                            outcomeResult = "";
                        else
                            outcomeResult = " " + outcomeResult;
                        texts.AddRange(["```" + outcomeResult, result.Output ?? "", "```"]);
                        continue;
                    }
                    throw new InvalidOperationException($"Could not convert `part.{part.Kind}` to text.");
                }
                return string.Join("\n", texts);
            }
            """),

        new(
            "live api code exec sample prints result",
            "GoogleCloudPlatform/python-docs-samples genai/live/live_code_exec_with_txt.py",
            true,   // Warns
            "the Live API sample prints every code_execution_result.output as it arrives with nothing about the outcome",
            """
            sealed class PdsLiveServerContent { public Content? ModelTurn { get; init; } }
            sealed class PdsLiveMessage
            {
                public PdsLiveServerContent? ServerContent { get; init; }
                public string? Text { get; init; }
            }

            // session.receive(): text is collected for the final answer, code and its result are printed on the way
            async Task<bool> PdsLiveGenerateContent(IAsyncEnumerable<PdsLiveMessage> receive)
            {
                var textInput = "Compute the largest prime palindrome under 10";
                Console.WriteLine($">  {textInput}\n");
                var response = new List<string>();
                await foreach (var chunk in receive)
                {
                    if (chunk.ServerContent is not null)
                    {
                        if (chunk.Text is not null)
                            response.Add(chunk.Text);

                        var modelTurn = chunk.ServerContent.ModelTurn;
                        if (modelTurn is not null)
                        {
                            foreach (var part in modelTurn.Parts ?? [])
                            {
                                if (part.ExecutableCode is not null)
                                    Console.WriteLine(part.ExecutableCode.Code);

                                if (part.CodeExecutionResult is not null)
                                    Console.WriteLine(part.CodeExecutionResult.Output);
                            }
                        }
                    }
                }
                Console.WriteLine(string.Join("", response));
                return true;
            }
            """),

        new(
            "tools code exec sample outcome header",
            "GoogleCloudPlatform/python-docs-samples genai/tools/tools_code_exec_with_txt.py",
            true,   // Warns
            "the sample prints '# Outcome:' and then response.code_execution_result, which is the first result's output string, so stderr would be printed as the outcome",
            """
            // the SDK's response.executable_code / response.code_execution_result properties: first such part of candidate 0
            static string? PdsResponseExecutableCode(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates?.FirstOrDefault()?.Content?.Parts ?? [])
                    if (part.ExecutableCode is not null)
                        return part.ExecutableCode.Code;
                return null;
            }

            static string? PdsResponseCodeExecutionResult(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates?.FirstOrDefault()?.Content?.Parts ?? [])
                    if (part.CodeExecutionResult is not null)
                        return part.CodeExecutionResult.Output;
                return null;
            }

            string? PdsToolsCodeExecGenerateContent(GenerateContentResponse response)
            {
                Console.WriteLine("# Code:");
                Console.WriteLine(PdsResponseExecutableCode(response));
                Console.WriteLine("# Outcome:");
                Console.WriteLine(PdsResponseCodeExecutionResult(response));
                return PdsResponseExecutableCode(response);
            }
            """),

        new(
            "telegram bot reads outcome then drops it",
            "qoopercodding/telegram-signal-copier src/gemini_bot.py",
            true,   // Warns
            "_call_gemini reads outcome.name but the Telegram reply only says '**Wynik (Python):**' above the output (earlier versions printed the outcome), so failures reach the user as results",
            """
            // _call_gemini: up to 10 turns; text, code, results and terminal output are joined into the Telegram reply
            static string QscCallGemini(
                Func<List<Content>, GenerateContentResponse> generateContent,
                List<Content> contents,
                long userId,
                long? adminChatId,
                Func<string, string> runTerminalCommand)
            {
                var currentContents = new List<Content>(contents);
                var allResponsesParts = new List<string>();

                for (var turn = 0; turn < 10; turn++)
                {
                    var response = generateContent(currentContents);
                    var candidateContent = response.Candidates?[0].Content;
                    if (candidateContent is not null)
                        currentContents.Add(candidateContent);

                    var hasFunctionCall = false;
                    var functionResponsesParts = new List<Part>();

                    if (candidateContent?.Parts is not { Count: > 0 } parts)
                        break;

                    foreach (var part in parts)
                    {
                        if (!string.IsNullOrEmpty(part.Text))
                            allResponsesParts.Add(part.Text);

                        if (part.ExecutableCode is { } code)
                            allResponsesParts.Add($"```python\n{code.Code}\n```");

                        if (part.CodeExecutionResult is { } result)
                        {
                            var outcome = result.Outcome.ToString();
                            var output = result.Output ?? "";
                            allResponsesParts.Add($"**Wynik (Python):**\n```\n{output}\n```");
                        }

                        if (part.FunctionCall is { } fc)
                        {
                            hasFunctionCall = true;
                            if (fc.Name == "run_terminal_command")
                            {
                                var command = fc.Args is { } args && args.TryGetValue("command", out var c) ? c.GetString() ?? "" : "";
                                var resText = adminChatId is not null && userId != adminChatId
                                    ? "Błąd: Nie masz uprawnień do wykonywania komend terminala."
                                    : runTerminalCommand(command);
                                allResponsesParts.Add($"**Terminal (`{command}`):**\n{resText}");
                                functionResponsesParts.Add(Part.FromFunctionResponse(new FunctionResponse
                                {
                                    Name = fc.Name,
                                    Response = new() { ["result"] = System.Text.Json.JsonSerializer.SerializeToElement(resText) },
                                }));
                            }
                        }
                    }

                    if (hasFunctionCall)
                    {
                        currentContents.Add(new Content { Role = "user", Parts = functionResponsesParts });
                        continue;
                    }
                    break;
                }

                return allResponsesParts.Count > 0 ? string.Join("\n\n", allResponsesParts) : "Brak odpowiedzi.";
            }
            """),

        new(
            "live mcp voice client server content",
            "SmartManoj/Gemini-Live-MCP main.py",
            true,   // Warns
            "handle_server_content of the Live API voice client prints each result's output between separator lines and never looks at the outcome",
            """
            sealed class GlmServerContent
            {
                public Content? ModelTurn { get; init; }
                public GroundingMetadata? GroundingMetadata { get; init; }
            }

            static void GlmAlertError(string message, Exception e) => Console.Error.WriteLine($"{message}: {e.Message}");

            void GlmHandleServerContent(GlmServerContent serverContent)
            {
                try
                {
                    var modelTurn = serverContent.ModelTurn;
                    if (modelTurn is not null)
                    {
                        foreach (var part in modelTurn.Parts ?? [])
                        {
                            var executableCode = part.ExecutableCode;
                            if (executableCode is not null)
                            {
                                Console.WriteLine("-------------------------------");
                                Console.WriteLine($"``` python\n{executableCode.Code}\n```");
                                Console.WriteLine("-------------------------------");
                            }

                            var codeExecutionResult = part.CodeExecutionResult;
                            if (codeExecutionResult is not null)
                            {
                                Console.WriteLine("-------------------------------");
                                Console.WriteLine($"```\n{codeExecutionResult.Output}\n```");
                                Console.WriteLine("-------------------------------");
                            }
                        }
                    }

                    var groundingMetadata = serverContent.GroundingMetadata;
                    if (groundingMetadata is not null)
                        Console.WriteLine(groundingMetadata.SearchEntryPoint?.RenderedContent);
                }
                catch (Exception e)
                {
                    GlmAlertError("Failed to handle server content", e);
                    throw;
                }
            }
            """),

        new(
            "llm cli plugin tool_result event",
            "simonw/llm-gemini llm_gemini.py",
            true,   // Warns
            "process_part at 5796da4 (before 84ee4c8) streams a result as a tool_result event whose chunk is only the fenced output; the outcome is dropped",
            """
            sealed record LlmgStreamEvent(string Type, string Chunk, string? ToolCallId = null, bool ServerExecuted = false, string? ToolName = null);

            // process_part: a function call, then one of text / executableCode / codeExecutionResult
            IEnumerable<LlmgStreamEvent> LlmgProcessPart(Part part)
            {
                if (part.FunctionCall is { } functionCall)
                {
                    yield return new LlmgStreamEvent("tool_call_name", functionCall.Name ?? "", functionCall.Id);
                    yield return new LlmgStreamEvent("tool_call_args", System.Text.Json.JsonSerializer.Serialize(functionCall.Args), functionCall.Id);
                }
                if (part.Text is not null)
                {
                    var text = part.Text;
                    if (text.Length == 0)
                        yield break;
                    if (part.Thought == true)
                        yield return new LlmgStreamEvent("reasoning", text);
                    else
                        yield return new LlmgStreamEvent("text", text);
                }
                else if (part.ExecutableCode is { } executableCode)
                {
                    var language = executableCode.Language?.ToString().ToLowerInvariant() ?? "";
                    var codeText = $"```{language}\n{(executableCode.Code ?? "").Trim()}\n```\n";
                    yield return new LlmgStreamEvent("tool_result", codeText, ServerExecuted: true, ToolName: "code_execution");
                }
                else if (part.CodeExecutionResult is { } codeExecutionResult)
                {
                    var resultText = $"```\n{(codeExecutionResult.Output ?? "").Trim()}\n```\n";
                    yield return new LlmgStreamEvent("tool_result", resultText, ServerExecuted: true, ToolName: "code_execution");
                }
            }
            """),

        new(
            "streamlit adk app ignores result",
            "raphaelmansuy/adk_training tutorial_implementation/tutorial32/app.py",
            false,  // Warns
            "collect_events only compares the outcome with \"SUCCESS\" and does nothing either way; the result's output never reaches the Streamlit page (only text and images do)",
            """
            sealed class AdkTrEvent { public Content? Content { get; init; } }

            // collect_events: text and generated images are gathered for the Streamlit chat message
            async Task<(string ResponseParts, bool HasVisualization, List<Blob> VisualizationData)> AdkTrCollectEvents(IAsyncEnumerable<AdkTrEvent> runAsync)
            {
                var responseParts = "";
                var hasVisualization = false;
                var visualizationData = new List<Blob>();

                await foreach (var ev in runAsync)
                {
                    if (ev.Content?.Parts is { Count: > 0 } parts)
                    {
                        foreach (var part in parts)
                        {
                            if (part.InlineData is { } inlineData)
                            {
                                hasVisualization = true;
                                visualizationData.Add(inlineData);
                                responseParts += "\n📊 Visualization generated\n";
                            }

                            if (part.ExecutableCode is not null)
                            {
                                // code was generated by the visualization agent
                            }

                            if (part.CodeExecutionResult is not null)
                            {
                                if (part.CodeExecutionResult.Outcome?.ToString() == "SUCCESS")
                                {
                                    // result may be in inline_data
                                }
                            }

                            if (!string.IsNullOrWhiteSpace(part.Text))
                                responseParts += part.Text;
                        }
                    }
                }

                return (responseParts, hasVisualization, visualizationData);
            }
            """),

        new(
            "adk docs code execution debug print",
            "google/adk-docs examples/python/snippets/tools/built-in-tools/code_execution.py",
            false,  // Warns
            "the ADK sample prints each result as 'Code Execution Result: {outcome} - Output: {output}' in one line; the final answer printed is only the final event's text",
            """
            sealed class AdkDocEvent
            {
                public string? Id { get; init; }
                public string? Author { get; init; }
                public Content? Content { get; init; }
                public bool Final { get; init; }
                public bool IsFinalResponse() => Final;
            }

            async Task AdkDocCallAgentAsync(string query, IAsyncEnumerable<AdkDocEvent> runAsync)
            {
                Console.WriteLine($"\n--- Running Query: {query} ---");
                var finalResponseText = "No final text response captured.";
                try
                {
                    await foreach (var ev in runAsync)
                    {
                        Console.WriteLine($"Event ID: {ev.Id}, Author: {ev.Author}");

                        var hasSpecificPart = false;
                        if (ev.Content?.Parts is { Count: > 0 } parts)
                        {
                            foreach (var part in parts)
                            {
                                if (part.ExecutableCode is not null)
                                {
                                    Console.WriteLine($"  Debug: Agent generated code:\n```python\n{part.ExecutableCode.Code}\n```");
                                    hasSpecificPart = true;
                                }
                                else if (part.CodeExecutionResult is not null)
                                {
                                    Console.WriteLine($"  Debug: Code Execution Result: {part.CodeExecutionResult.Outcome} - Output:\n{part.CodeExecutionResult.Output}");
                                    hasSpecificPart = true;
                                }
                                else if (!string.IsNullOrWhiteSpace(part.Text))
                                {
                                    Console.WriteLine($"  Text: '{part.Text.Trim()}'");
                                }
                            }
                        }

                        if (!hasSpecificPart && ev.IsFinalResponse())
                        {
                            if (ev.Content?.Parts is { Count: > 0 } finalParts && finalParts[0].Text is { Length: > 0 } finalText)
                            {
                                finalResponseText = finalText.Trim();
                                Console.WriteLine($"==> Final Agent Response: {finalResponseText}");
                            }
                            else
                            {
                                Console.WriteLine("==> Final Agent Response: [No text content in final event]");
                            }
                        }
                    }
                }
                catch (Exception e)
                {
                    Console.WriteLine($"ERROR during agent run: {e.Message}");
                }
                Console.WriteLine(new string('-', 30));
            }
            """),

        new(
            "open webui pipe status names outcome",
            "OVINC-CN/OpenWebUIPlugin pipes/gemini_chat.py",
            false,  // Warns
            "the Open WebUI pipe turns a result into a status event 'codeExecutionResult {outcome}' and never uses its output",
            """
            // one SSE line per part: text as a completion chunk, code and results as Open WebUI status events
            IEnumerable<string> OvcPartEvents(Part part, bool isThinking, Func<string, string> formatContent, Func<string, string> formatReasoning)
            {
                if (part.Thought == true)
                {
                    if (isThinking && part.Text is not null)
                        yield return formatReasoning(part.Text);
                    yield break;
                }

                if (!string.IsNullOrEmpty(part.Text))
                    yield return formatContent(part.Text);

                if (part.ExecutableCode is { } executableCode)
                {
                    var data = new Dictionary<string, object?>
                    {
                        ["event"] = new Dictionary<string, object?>
                        {
                            ["type"] = "status",
                            ["data"] = new Dictionary<string, object?>
                            {
                                ["description"] = $"executableCode {executableCode.Language}",
                                ["done"] = false,
                            },
                        },
                    };
                    yield return $"data: {System.Text.Json.JsonSerializer.Serialize(data)}\n\n";
                }

                if (part.CodeExecutionResult is { } codeExecutionResult)
                {
                    var data = new Dictionary<string, object?>
                    {
                        ["event"] = new Dictionary<string, object?>
                        {
                            ["type"] = "status",
                            ["data"] = new Dictionary<string, object?>
                            {
                                ["description"] = $"codeExecutionResult {codeExecutionResult.Outcome}",
                                ["done"] = true,
                            },
                        },
                    };
                    yield return $"data: {System.Text.Json.JsonSerializer.Serialize(data)}\n\n";
                }
            }
            """),

        new(
            "arc solver response parts with outcome",
            "geometor/seer src/geometor/seer/session/task_step.py",
            false,  // Warns
            "process_response appends 'outcome: {name}' and then the fenced output to the same response_parts list that is logged and fed back as history",
            """
            // process_response: the parts of the first candidate become one list of markdown fragments
            List<string> GsrProcessResponse(Candidate candidate)
            {
                var responseParts = new List<string>();
                foreach (var part in candidate.Content?.Parts ?? [])
                {
                    if (!string.IsNullOrEmpty(part.Text))
                        responseParts.Add(part.Text + "\n");

                    if (part.ExecutableCode is { } executableCode)
                    {
                        responseParts.Add("\n*code_execution:*\n");
                        responseParts.Add($"```python\n{executableCode.Code}\n```\n");
                    }

                    if (part.CodeExecutionResult is { } codeExecutionResult)
                    {
                        responseParts.Add("\n*code_execution_result:*\n");
                        var outcome = codeExecutionResult.Outcome;
                        var outcomeStr = outcome?.ToString() ?? "None";
                        var output = codeExecutionResult.Output;
                        responseParts.Add($"outcome: {outcomeStr}\n");
                        responseParts.Add($"```\n{output}\n```\n");
                    }

                    if (part.FunctionCall is { } functionCall)
                    {
                        responseParts.Add("\n*function_call:*\n");
                        responseParts.Add(functionCall.Name + "\n");
                    }
                }
                return responseParts;
            }
            """),

        new(
            "openai proxy formats outcome with output",
            "snailyp/gemini-balance app/handler/response_handler.py",
            false,  // Warns
            "the OpenAI-compatible proxy renders a result as one text block holding '> outcome: {outcome}' followed by the output",
            """
            static string GbFormatCodeBlock(ExecutableCode codeData)
            {
                var language = codeData.Language?.ToString().ToLowerInvariant() ?? "";
                var code = (codeData.Code ?? "").Trim();
                return $"\n\n---\n\n【代码执行】\n```{language}\n{code}\n```\n";
            }

            static string GbFormatExecutionResult(CodeExecutionResult resultData)
            {
                var outcome = resultData.Outcome?.ToString() ?? "";
                var output = (resultData.Output ?? "").Trim();
                return $"\n【执行结果】\n> outcome: {outcome}\n\n【输出结果】\n```plaintext\n{output}\n```\n\n---\n\n";
            }

            // _extract_result, streaming branch: the first part of a chunk becomes the delta text
            static string GbExtractStreamText(GenerateContentResponse response)
            {
                var text = "";
                if (response.Candidates is { Count: > 0 } candidates)
                {
                    var parts = candidates[0].Content?.Parts;
                    if (parts is not { Count: > 0 })
                        return "";

                    var first = parts[0];
                    if (first.Text is not null)
                        text = first.Text;
                    else if (first.ExecutableCode is { } executableCode)
                        text = GbFormatCodeBlock(executableCode);
                    else if (first.CodeExecutionResult is { } codeExecutionResult)
                        text = GbFormatExecutionResult(codeExecutionResult);
                    else if (first.InlineData is { } inlineData)
                        text = $"\n\n![image](data:{inlineData.MimeType};base64,{inlineData.Data?.ToBase64()})\n\n";
                    else
                        text = "";
                }
                return text;
            }
            """),

        new(
            "gemini cli proxy output or error fence",
            "su-kaka/gcli2api src/converter/openai2gemini.py",
            false,  // Warns
            "converting to an OpenAI message, a result's fence is labelled 'output' only when outcome == OUTCOME_OK and 'error' otherwise, in the same content string",
            """
            // Gemini candidate parts -> OpenAI message content and reasoning_content
            static (string Content, string Reasoning) GclConvertParts(string textContent, List<Part> parts)
            {
                var contentParts = new List<string>();
                var reasoningParts = new List<string>();

                foreach (var part in parts)
                {
                    if (part.ExecutableCode is { } execCode)
                    {
                        var lang = (execCode.Language?.ToString() ?? "python").ToLowerInvariant();
                        var code = execCode.Code ?? "";
                        contentParts.Add($"\n```{lang}\n{code}\n```\n");
                    }
                    else if (part.CodeExecutionResult is { } result)
                    {
                        var outcome = result.Outcome;
                        var output = result.Output ?? "";
                        if (output.Length > 0)
                        {
                            var label = outcome == CodeExecutionResultOutcome.Ok ? "output" : "error";
                            contentParts.Add($"\n```{label}\n{output}\n```\n");
                        }
                    }
                    else if (part.Thought == true && part.Text is not null)
                    {
                        reasoningParts.Add(part.Text);
                    }
                    else if (part.Text is not null)
                    {
                        // plain text was already taken by extract_tool_calls_from_parts
                    }
                    else if (part.InlineData is { } inlineData)
                    {
                        var mimeType = inlineData.MimeType ?? "image/png";
                        contentParts.Add($"![gemini-generated-content](data:{mimeType};base64,{inlineData.Data?.ToBase64()})");
                    }
                }

                if (contentParts.Count > 0)
                {
                    var additionalContent = string.Join("\n\n", contentParts);
                    textContent = textContent.Length > 0 ? textContent + "\n\n" + additionalContent : additionalContent;
                }

                var reasoningContent = reasoningParts.Count > 0 ? string.Join("\n\n", reasoningParts) : "";
                return (textContent, reasoningContent);
            }
            """),
    ];
}
