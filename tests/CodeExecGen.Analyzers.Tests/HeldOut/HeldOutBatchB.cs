namespace CodeExecGen.Analyzers.Tests.HeldOut;

/// <summary>Held-out snippets, batch B: TypeScript and JavaScript code (chat UIs, agent frameworks, Live API web clients, Node CLIs and bots). Labelled from the originals before any analyzer ran.</summary>
internal static class HeldOutBatchB
{
    public static readonly Corpus.Snippet[] Snippets =
    [
        new(
            "bigagi gemini parser outcome switch",
            "enricoros/big-AGI src/modules/aix/server/dispatch/chatGenerate/parsers/gemini.parser.ts",
            false,   // Warns
            "switch on outcome: OK goes out with error=false, FAILED with error=true, DEADLINE as an error message, UNSPECIFIED is not emitted",
            """
            sealed class BigAgiTransmitter
            {
                public readonly List<(string? Id, object Error, string Result, string Executor, string Environment)> Responses = new();
                public readonly List<string> Unknown = new();
                public readonly List<(string? Id, string Language, string Code, string Executor)> Invocations = new();

                public void AddCodeExecutionInvocation(string? id, string language, string code, string executor)
                    => Invocations.Add((id, language, code, executor));

                public void AddCodeExecutionResponse(string? id, object error, string result, string executor, string environment)
                    => Responses.Add((id, error, result, executor, environment));
            }

            static void BigAgiResilientUnknownValue(BigAgiTransmitter pt, string dialect, string field, string? value)
                => pt.Unknown.Add($"{dialect}.{field}={value}");

            static void BigAgiHandlePart(Part mPart, BigAgiTransmitter pt)
            {
                if (mPart.ExecutableCode is { } ec)
                {
                    pt.AddCodeExecutionInvocation(ec.Id, ec.Language?.ToString() ?? "", ec.Code ?? "", "gemini_auto_inline");
                }
                else if (mPart.CodeExecutionResult is { } cer)
                {
                    var ceId = cer.Id;
                    switch (cer.Outcome)
                    {
                        case O.Ok:
                            pt.AddCodeExecutionResponse(ceId, false, cer.Output ?? "", "gemini_auto_inline", "upstream");
                            break;
                        case O.Failed:
                            pt.AddCodeExecutionResponse(ceId, true, cer.Output ?? "", "gemini_auto_inline", "upstream");
                            break;
                        case O.DeadlineExceeded:
                            var deadlineError = "Code execution deadline exceeded" + (!string.IsNullOrEmpty(cer.Output) ? $": {cer.Output}" : "");
                            pt.AddCodeExecutionResponse(ceId, deadlineError, "", "gemini_auto_inline", "upstream");
                            break;
                        default:
                            BigAgiResilientUnknownValue(pt, "Gemini", "codeExecutionOutcome", cer.Outcome?.ToString());
                            break;
                    }
                }
            }
            """),
        new(
            "flowise agent content outcome defaults to ok",
            "FlowiseAI/Flowise packages/components/nodes/agentflow/Agent/Agent.ts",
            true,    // Warns
            "outcome || 'OUTCOME_OK': a result without an outcome is rendered under **Code Output:** as a successful run (lossy default)",
            """
            static string FlowiseBuildFinalResponse(List<Part> content)
            {
                var processedParts = new List<string>();
                var currentTextBuffer = "";

                foreach (var item in content)
                {
                    var isTextItem = !string.IsNullOrEmpty(item.Text);
                    if (isTextItem)
                    {
                        currentTextBuffer += item.Text;
                    }
                    else
                    {
                        if (currentTextBuffer != "")
                        {
                            processedParts.Add(currentTextBuffer);
                            currentTextBuffer = "";
                        }

                        if (item.ExecutableCode is { } ec)
                        {
                            var language = ec.Language?.ToString().ToLowerInvariant() ?? "python";
                            processedParts.Add($"\n```{language}\n{ec.Code}\n```\n");
                        }
                        else if (item.CodeExecutionResult is { } cer)
                        {
                            var outcome = cer.Outcome ?? O.Ok;
                            var output = cer.Output ?? "";
                            if (outcome == O.Ok && output != "")
                            {
                                processedParts.Add($"**Code Output:**\n```\n{output}\n```\n");
                            }
                            else if (outcome != O.Ok)
                            {
                                processedParts.Add($"**Code Execution Error:**\n```\n{output}\n```\n");
                            }
                        }
                    }
                }

                if (currentTextBuffer != "")
                    processedParts.Add(currentTextBuffer);

                return string.Join("\n", processedParts.Where(text => text != ""));
            }
            """),
        new(
            "discord bot shared history output block",
            "hihumanzone/Gemini-Discord-Bot src/services/textSharingService.js",
            true,    // Warns
            "conversation export for the share link writes every non-empty output under **Output:** and never looks at the outcome",
            """
            static string HzSerializeConversationHistory(List<Content> history)
            {
                return string.Concat(history.Select(entry =>
                {
                    var role = entry.Role == "user" ? "[User]" : "[Model]";
                    var content = string.Join("\n", (entry.Parts ?? new List<Part>())
                        .Select(part =>
                        {
                            if (!string.IsNullOrEmpty(part.Text)) return part.Text;
                            if (part.ExecutableCode is { } ec)
                            {
                                var lang = (ec.Language?.ToString() ?? "").ToLowerInvariant().Replace("languageunspecified", "");
                                return $"\n```{lang}\n{ec.Code}\n```\n";
                            }
                            if (part.CodeExecutionResult is { } cer && !string.IsNullOrEmpty(cer.Output))
                            {
                                return $"\n**Output:**\n```\n{cer.Output}```\n";
                            }
                            return "";
                        })
                        .Where(s => s != ""));
                    return $"{role}:\n{content}\n\n";
                }));
            }
            """),
        new(
            "discord bot stream chunk warns only on known outcome",
            "hihumanzone/Gemini-Discord-Bot src/services/streaming/chunkProcessor.js",
            true,    // Warns
            "warning is added only when outcome is present and not OK; a result without an outcome streams its output under **Output:** like a success",
            """
            sealed class HzStreamAccumulator
            {
                public readonly List<Part> RawAssistantParts = new();
                public readonly List<(string? MimeType, GoogleBytes Data)> InlineDataFiles = new();
                public GroundingMetadata? GroundingMetadata;
            }

            static string HzProcessStreamChunk(GenerateContentResponse chunk, HzStreamAccumulator accumulator)
            {
                var rawParts = chunk.Candidates?.FirstOrDefault()?.Content?.Parts ?? new List<Part>();
                var chunkText = "";

                foreach (var part in rawParts)
                {
                    accumulator.RawAssistantParts.Add(part);

                    if (part.Thought == true) continue;

                    if (!string.IsNullOrEmpty(part.Text))
                    {
                        chunkText += part.Text;
                    }
                    if (part.ExecutableCode is { } ec)
                    {
                        var lang = (ec.Language?.ToString() ?? "").ToLowerInvariant().Replace("languageunspecified", "");
                        chunkText += $"\n```{lang}\n{ec.Code}\n```\n";
                    }
                    if (part.CodeExecutionResult is { } cer)
                    {
                        var outcome = cer.Outcome;
                        var output = cer.Output;
                        if (outcome is not null && outcome != O.Ok)
                        {
                            chunkText += $"\n⚠️ Code execution {(outcome == O.DeadlineExceeded ? "timed out" : "failed")}.\n";
                        }
                        if (!string.IsNullOrEmpty(output))
                        {
                            chunkText += $"\n**Output:**\n```\n{output}```\n";
                        }
                    }
                    if (part.InlineData is { Data: { } data } blob && blob.MimeType is not null)
                    {
                        accumulator.InlineDataFiles.Add((blob.MimeType, data));
                    }
                }

                if (chunk.Candidates?.FirstOrDefault()?.GroundingMetadata is { } gm)
                    accumulator.GroundingMetadata = gm;

                return chunkText;
            }
            """),
        new(
            "discord code execution flow streams result chunks",
            "GhostTypes/gemini-discord-bot src/flows/codeExecutionFlow.ts",
            true,    // Warns
            "every output is sent to Discord as a 'result' chunk and concatenated into executionResult; the outcome is never read",
            """
            sealed record GtChunk(string Type, string Content, string? Language = null);

            sealed record GtCodeExecutionOutput(string Response, bool HasCode, string? ExecutableCode, string? ExecutionResult, bool HasResults);

            static async Task<GtCodeExecutionOutput> GtStreamCodeExecutionResponse(
                IAsyncEnumerable<GenerateContentResponse> stream,
                Func<GtChunk, Task> onChunk)
            {
                var fullText = "";
                var executableCode = "";
                var executionResult = "";
                var hasCode = false;

                await foreach (var chunk in stream)
                {
                    var parts = chunk.Candidates?.FirstOrDefault()?.Content?.Parts ?? new List<Part>();
                    foreach (var part in parts)
                    {
                        if (!string.IsNullOrEmpty(part.Text))
                        {
                            fullText += part.Text;
                            await onChunk(new GtChunk("text", part.Text));
                        }

                        if (part.ExecutableCode?.Code is { Length: > 0 } code)
                        {
                            executableCode += code;
                            hasCode = true;
                            await onChunk(new GtChunk("code", code, part.ExecutableCode.Language?.ToString() ?? "python"));
                        }

                        if (part.CodeExecutionResult?.Output is { Length: > 0 } output)
                        {
                            executionResult += output;
                            await onChunk(new GtChunk("result", output));
                        }
                    }
                }

                var trimmed = executionResult.Trim();
                return new GtCodeExecutionOutput(
                    fullText.Trim() is { Length: > 0 } t ? t : "Code execution completed.",
                    hasCode,
                    hasCode ? executableCode.Trim() : null,
                    trimmed.Length > 0 ? trimmed : null,
                    trimmed.Length > 0);
            }
            """),
        new(
            "discord llm bot response handler output section",
            "gdadkins/discord-llm-bot src/services/gemini/GeminiResponseHandler.ts",
            true,    // Warns
            "any non-empty output becomes **Output:** in the Discord reply; the error/timeout branches test fields the API never sends, and outcome is never read",
            """
            static string GdSanitizeCodeOutput(string output)
            {
                var sanitized = output.Replace("```", "\\`\\`\\`").Replace("@everyone", "@\u200Beveryone").Replace("@here", "@\u200Bhere");
                var lines = sanitized.Split('\n').Select(line => line.Length > 200 ? line.Substring(0, 197) + "..." : line).ToList();
                if (lines.Count > 50)
                    return string.Join("\n", lines.Take(47)) + "\n... (output truncated)";
                return string.Join("\n", lines);
            }

            static string? GdParseCodeExecutionResults(GenerateContentResponse res)
            {
                var candidate = res.Candidates?.FirstOrDefault();
                if (candidate?.Content?.Parts is not { } parts)
                    return null;

                var codeExecutionResults = new List<string>();
                foreach (var part in parts)
                {
                    if (part.ExecutableCode is null && part.CodeExecutionResult is null && !(part.FunctionCall?.Name?.Contains("code") ?? false))
                        continue;

                    if (part.ExecutableCode is not null || part.CodeExecutionResult is not null)
                    {
                        var resultText = "";
                        if (part.ExecutableCode?.Code is { Length: > 0 } code)
                        {
                            var language = part.ExecutableCode.Language?.ToString() ?? "python";
                            resultText += $"```{language}\n{code}\n```\n";
                        }

                        if (part.CodeExecutionResult?.Output is { Length: > 0 } rawOutput)
                        {
                            var output = rawOutput;
                            if (output.Length > 2000)
                                output = output.Substring(0, 1997) + "...";
                            output = GdSanitizeCodeOutput(output);
                            resultText += "**Output:**\n```\n" + output + "\n```";
                        }
                        else if (part.CodeExecutionResult?.ExtensionData?.TryGetValue("error", out var error) == true)
                        {
                            resultText += "**Execution Error:**\n```\n" + error + "\n```";
                        }
                        else if (part.CodeExecutionResult?.ExtensionData?.ContainsKey("timeout") == true)
                        {
                            resultText += "**Execution Timeout:** Code execution exceeded the time limit\n";
                        }

                        if (resultText != "")
                            codeExecutionResults.Add(resultText);
                    }
                }

                return codeExecutionResults.Count > 0 ? string.Join("\n\n", codeExecutionResults) : null;
            }
            """),
        new(
            "omni content generator code execution record",
            "PierogiCoin/generator-postow-ai src/services/geminiOmniService.ts",
            true,    // Warns
            "the first result's output is returned as codeExecution.output (shown as the run's result in the panel) with no outcome in the record",
            """
            sealed record PgCodeExecution(string Code, string Output, List<string> Logs);

            sealed record PgOmniResult(string Text, PgCodeExecution? CodeExecution, string ModelUsed, string FinishReason);

            // responseText is the `text` field the app's generate-content endpoint returns next to the candidates
            static PgOmniResult PgParseOmniResponse(GenerateContentResponse response, string? responseText, string model)
            {
                var parts = response.Candidates?.FirstOrDefault()?.Content?.Parts;
                var text = !string.IsNullOrEmpty(responseText) ? responseText
                    : !string.IsNullOrEmpty(parts?.FirstOrDefault()?.Text) ? parts!.First().Text!
                    : System.Text.Json.JsonSerializer.Serialize(response);

                var codeExecution = parts?.Any(p => p.ExecutableCode is not null || p.CodeExecutionResult is not null) == true
                    ? new PgCodeExecution(
                        parts.FirstOrDefault(p => p.ExecutableCode is not null)?.ExecutableCode?.Code ?? "",
                        parts.FirstOrDefault(p => p.CodeExecutionResult is not null)?.CodeExecutionResult?.Output ?? "",
                        new List<string>())
                    : null;

                return new PgOmniResult(
                    text,
                    codeExecution,
                    model,
                    response.Candidates?.FirstOrDefault()?.FinishReason?.ToString() ?? "UNKNOWN");
            }
            """),
        new(
            "live api console logger part",
            "google-gemini/live-api-web-console src/components/logger/Logger.tsx",
            false,   // Warns
            "the codeExecutionResult block renders an h5 with the outcome above the output inside the same div",
            """
            sealed class LwcNode
            {
                public LwcNode(string tag, string? className, params object?[] children) { Tag = tag; ClassName = className; Children = children.ToList(); }
                public string Tag { get; }
                public string? ClassName { get; }
                public List<object?> Children { get; }
            }

            static string LwcTryParseCodeExecutionResult(string output)
            {
                try
                {
                    using var json = System.Text.Json.JsonDocument.Parse(output);
                    return System.Text.Json.JsonSerializer.Serialize(json.RootElement, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
                }
                catch (System.Text.Json.JsonException)
                {
                    return output;
                }
            }

            static LwcNode LwcRenderPart(Part part)
            {
                if (!string.IsNullOrEmpty(part.Text))
                    return new LwcNode("p", "part part-text", part.Text);
                if (part.ExecutableCode is { } ec)
                    return new LwcNode("div", "part part-executableCode",
                        new LwcNode("h5", null, $"executableCode: {ec.Language}"),
                        new LwcNode("SyntaxHighlighter", ec.Language!.Value.ToString().ToLowerInvariant(), ec.Code!));
                if (part.CodeExecutionResult is { } cer)
                    return new LwcNode("div", "part part-codeExecutionResult",
                        new LwcNode("h5", null, $"codeExecutionResult: {cer.Outcome}"),
                        new LwcNode("SyntaxHighlighter", "json", LwcTryParseCodeExecutionResult(cer.Output!)));
                if (part.InlineData is { } blob)
                    return new LwcNode("div", "part part-inlinedata", new LwcNode("h5", null, $"Inline Data: {blob.MimeType}"));
                return new LwcNode("div", "part part-unknown", "\u00a0");
            }
            """),
        new(
            "gemini cli otel generic part",
            "google-gemini/gemini-cli packages/core/src/telemetry/semantic.ts",
            false,   // Warns
            "telemetry part for a code execution result is one GenericPart holding both outcome and output",
            """
            abstract record GcAnyPart;
            sealed record GcTextPart(string Content) : GcAnyPart;
            sealed record GcReasoningPart(string Content) : GcAnyPart;
            sealed record GcToolCallRequestPart(string? Name, string? Id, string Arguments) : GcAnyPart;
            sealed record GcGenericPart(string Type, Dictionary<string, object?> Data) : GcAnyPart;

            static GcAnyPart GcToOTelPart(Part part)
            {
                if (part.Thought == true)
                    return new GcReasoningPart(part.Text ?? "");
                if (!string.IsNullOrEmpty(part.Text))
                    return new GcTextPart(part.Text);
                if (part.FunctionCall is { } fc)
                    return new GcToolCallRequestPart(fc.Name, fc.Id, System.Text.Json.JsonSerializer.Serialize(fc.Args));
                if (part.ExecutableCode is { } ec)
                    return new GcGenericPart("executableCode", new Dictionary<string, object?>
                    {
                        ["code"] = ec.Code,
                        ["language"] = ec.Language,
                    });
                if (part.CodeExecutionResult is { } cer)
                    return new GcGenericPart("codeExecutionResult", new Dictionary<string, object?>
                    {
                        ["outcome"] = cer.Outcome,
                        ["output"] = cer.Output,
                    });
                return new GcGenericPart("unknown", new Dictionary<string, object?> { ["part"] = part });
            }
            """),
        new(
            "gemini cli context graph stable id",
            "google-gemini/gemini-cli packages/core/src/context/graph/toGraph.ts",
            false,   // Warns
            "output is only hashed (together with the outcome) into a node id; it is never shown or passed on as a result",
            """
            static string GcSha256Hex(string text)
                => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

            static string GcGetStableId(Part part, Dictionary<Part, string> idService, string turnSalt = "", int partIdx = 0)
            {
                if (idService.TryGetValue(part, out var existing))
                    return existing;

                string? id = null;
                if (part.Text is { } text)
                {
                    id = $"text_{GcSha256Hex(text)}_{turnSalt}_{partIdx}";
                }
                else if (part.ExecutableCode is { Code: { } code, Language: { } language })
                {
                    id = $"exec_{GcSha256Hex($"exec:{language}:{code}")}_{turnSalt}_{partIdx}";
                }
                else if (part.CodeExecutionResult is { Output: { } output, Outcome: { } outcome })
                {
                    var contentHash = GcSha256Hex($"result:{outcome}:{output}");
                    id = $"result_{contentHash}_{turnSalt}_{partIdx}";
                }

                id ??= turnSalt != "" && partIdx == -1 ? $"turn_{turnSalt}" : $"{turnSalt}_f_{partIdx}";
                idService[part] = id;
                return id;
            }
            """),
        new(
            "adk web content bubble outcome and output",
            "google/adk-web src/app/components/content-bubble/content-bubble.component.html",
            false,   // Warns
            "the bubble shows 'Outcome: ...' and 'Output: ...' as two lines of the same div",
            """
            sealed class AdkUiEvent
            {
                public string? Role { get; set; }
                public ExecutableCode? ExecutableCode { get; set; }
                public CodeExecutionResult? CodeExecutionResult { get; set; }
            }

            sealed record AdkI18n(string OutcomeLabel, string OutputLabel);

            sealed class AdkElement
            {
                public AdkElement(string tag, params object[] children) { Tag = tag; Children = children.ToList(); }
                public string Tag { get; }
                public List<object> Children { get; }
            }

            static List<AdkElement> AdkRenderBubble(AdkUiEvent uiEvent, AdkI18n i18n)
            {
                var nodes = new List<AdkElement>();
                if (uiEvent.ExecutableCode is { } ec)
                {
                    nodes.Add(new AdkElement("code", $" {ec.Code} "));
                }
                if (uiEvent.CodeExecutionResult is { } cer)
                {
                    nodes.Add(new AdkElement("div",
                        new AdkElement("div", $"{i18n.OutcomeLabel}: {cer.Outcome}"),
                        new AdkElement("div", $"{i18n.OutputLabel}: {cer.Output}")));
                }
                return nodes;
            }
            """),
        new(
            "telegram bot ok icon in result header",
            "nnnlog/herb-gemini-bot src/commands/GenAICommand.ts",
            false,   // Warns
            "each output is preceded in the same HTML string by a ✅ (OUTCOME_OK) or ❌ (anything else) marker",
            """
            static string HerbEscapeHtml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

            static string HerbFormatResponse(List<Part>? parts, string? text)
            {
                if (parts is null || parts.Count == 0)
                    return text ?? "";

                var fullResponse = "";
                foreach (var part in parts)
                {
                    if (!string.IsNullOrEmpty(part.Text))
                    {
                        fullResponse += part.Text;
                    }
                    else if (part.ExecutableCode is { } ec)
                    {
                        fullResponse += $"\n\n<b>[코드 실행]</b>\n<pre><code class=\"language-python\">{HerbEscapeHtml(ec.Code ?? "")}</code></pre>";
                    }
                    else if (part.CodeExecutionResult is { } cer)
                    {
                        var output = cer.Output;
                        var outcome = cer.Outcome;
                        var outcomeIcon = outcome == O.Ok ? "✅" : "❌";
                        fullResponse += $"\n<b>[실행 결과 {outcomeIcon}]</b>\n<pre><code>{HerbEscapeHtml(output ?? "")}</code></pre>";
                    }
                }
                return fullResponse.Trim();
            }
            """),
        new(
            "agent harness native gemini adapter stream",
            "gabrielvuksani/wotann src/providers/gemini-native-adapter.ts",
            false,   // Warns
            "each result is yielded as one text chunk that starts with [code_execution <outcome>] followed by the output",
            """
            sealed record WtStreamChunk(string Type, string Content, string Model, string Provider, string? ToolName = null);

            static IEnumerable<WtStreamChunk> WtMapParts(IEnumerable<Part> parts, string model)
            {
                foreach (var part in parts)
                {
                    if (part.Thought == true)
                    {
                        yield return new WtStreamChunk("thinking", part.Text ?? "", model, "gemini");
                    }
                    else if (part.Text is { } text)
                    {
                        yield return new WtStreamChunk("text", text, model, "gemini");
                    }
                    else if (part.FunctionCall is { } fc)
                    {
                        yield return new WtStreamChunk("tool_use", System.Text.Json.JsonSerializer.Serialize(fc.Args), model, "gemini", fc.Name);
                    }
                    else if (part.ExecutableCode is { } ec)
                    {
                        yield return new WtStreamChunk("tool_use", ec.Code ?? "", model, "gemini", "code_execution");
                    }
                    else if (part.CodeExecutionResult is { } cer)
                    {
                        yield return new WtStreamChunk("text", $"[code_execution {cer.Outcome}]\n{cer.Output ?? ""}", model, "gemini");
                    }
                }
            }
            """),
    ];
}
