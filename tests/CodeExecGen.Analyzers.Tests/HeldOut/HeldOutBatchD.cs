namespace CodeExecGen.Analyzers.Tests.HeldOut;

/// <summary>Held-out snippets, batch D: C#, PHP and Ruby code (SDK wrappers, agent frameworks, chat UIs, Laravel/Symfony, Ruby gems). Labelled from the originals before any analyzer ran.</summary>
internal static class HeldOutBatchD
{
    public static readonly Corpus.Snippet[] Snippets =
    [
        new(
            "claude-php-agent Gemini adapter full content as tool result",
            "claude-php/claude-php-agent src/Vendor/Adapters/GeminiAdapter.php",
            true,   // Warns
            "extractFullContent joins text, code and \"Output:\\n\" + output into one string that the gemini_code_execution tool returns as a success result; the outcome is never read",
            """
            sealed record CpaToolResult(bool IsError, string Content)
            {
                public static CpaToolResult Success(string content) => new(false, content);
                public static CpaToolResult Error(string message) => new(true, message);
            }

            static string CpaExtractFullContent(GenerateContentResponse response)
            {
                var parts = response.Candidates?.FirstOrDefault()?.Content?.Parts ?? new List<Part>();
                var output = new List<string>();
                foreach (var part in parts)
                {
                    if (part.Text != null)
                    {
                        output.Add(part.Text);
                    }
                    if (part.ExecutableCode != null)
                    {
                        output.Add("```python\n" + (part.ExecutableCode.Code ?? "") + "\n```");
                    }
                    if (part.CodeExecutionResult != null)
                    {
                        output.Add("Output:\n" + (part.CodeExecutionResult.Output ?? ""));
                    }
                }
                return string.Join("\n\n", output);
            }

            static CpaToolResult CpaExecute(string prompt, Func<string, GenerateContentResponse> callGemini)
            {
                if (prompt == "")
                {
                    return CpaToolResult.Error("The prompt parameter is required.");
                }
                try
                {
                    var result = CpaExtractFullContent(callGemini(prompt));
                    return CpaToolResult.Success(result);
                }
                catch (Exception e)
                {
                    return CpaToolResult.Error("Gemini code execution error: " + e.Message);
                }
            }
            """),

        new(
            "symfony ai Gemini result converter with succeeded flag",
            "symfony/ai src/platform/src/Bridge/Gemini/Gemini/ResultConverter.php",
            false,  // Warns
            "each codeExecutionResult part becomes a CodeExecutionResult(outcome === OUTCOME_OK, output, id) object, so the output always travels with a complete OK flag",
            """
            abstract record SfResult;
            sealed record SfTextResult(string Text) : SfResult;
            sealed record SfThinkingResult(string Text) : SfResult;
            sealed record SfExecutableCodeResult(string? Code, string? Language, string? Id) : SfResult;
            sealed record SfCodeExecutionResult(bool Succeeded, string? Output, string? Id) : SfResult;

            static SfResult? SfConvertPart(Part contentPart)
            {
                if (contentPart.Thought == true)
                {
                    return new SfThinkingResult(contentPart.Text ?? "");
                }
                if (contentPart.Text != null)
                {
                    return new SfTextResult(contentPart.Text);
                }
                if (contentPart.ExecutableCode is { } code)
                {
                    return new SfExecutableCodeResult(code.Code, code.Language?.ToString(), code.Id);
                }
                if (contentPart.CodeExecutionResult is { } result)
                {
                    return new SfCodeExecutionResult(result.Outcome == CodeExecutionResultOutcome.Ok, result.Output, result.Id);
                }
                return null;
            }

            static List<SfResult> SfConvertChoice(Candidate choice)
            {
                var parts = choice.Content?.Parts ?? new List<Part>();
                return parts.Select(SfConvertPart).Where(r => r != null).Select(r => r!).ToList();
            }
            """),

        new(
            "symfony ai Gemini code execution roundtrip example",
            "symfony/ai examples/gemini/server-tools-code-execution-roundtrip.php",
            true,   // Warns
            "the example prints 'Result: ' + getOutput() for every CodeExecution part without looking at isSucceeded(), so stderr of a failed run is shown as the result",
            """
            static void SfPrintTurn(Content assistant)
            {
                Console.WriteLine("====== Turn 1 ======");
                foreach (var part in assistant.Parts ?? new List<Part>())
                {
                    if (part.Text != null)
                    {
                        Console.WriteLine("Assistant: " + part.Text);
                    }
                    else if (part.ExecutableCode != null)
                    {
                        Console.WriteLine("Code: " + Environment.NewLine + part.ExecutableCode.Code);
                    }
                    else if (part.CodeExecutionResult != null)
                    {
                        Console.WriteLine("Result: " + part.CodeExecutionResult.Output);
                    }
                }
            }
            """),

        new(
            "LlmTornado rich response ToString with outcome line",
            "lofcz/LlmTornado src/LlmTornado/Chat/ChatRichResponseBlock.cs",
            false,  // Warns
            "the rich-response preview appends 'result: <output>' and 'outcome: <outcome>' to the same StringBuilder, so the one rendered string carries the outcome with the output",
            """
            static string LtRichResponseToString(IEnumerable<Part> blocks)
            {
                var sb = new System.Text.StringBuilder();
                foreach (var x in blocks)
                {
                    switch (x.Kind)
                    {
                        case PartKind.Text:
                        {
                            sb.AppendLine(x.Text);
                            break;
                        }
                        case PartKind.ExecutableCode:
                        {
                            sb.AppendLine($"code to run: {x.ExecutableCode?.Code}");
                            sb.AppendLine($"language: {x.ExecutableCode?.Language}");
                            break;
                        }
                        case PartKind.CodeExecutionResult:
                        {
                            sb.AppendLine($"result: {x.CodeExecutionResult?.Output?.Trim()}");
                            sb.AppendLine($"outcome: {x.CodeExecutionResult?.Outcome}");
                            break;
                        }
                        default:
                        {
                            break;
                        }
                    }
                }
                return sb.ToString();
            }
            """),

        new(
            "LlmTornado Google part to message part with mapped outcome",
            "lofcz/LlmTornado src/LlmTornado/Chat/Vendors/Google/VendorGoogleChatRequest.cs",
            false,  // Warns
            "the Google part is converted into a ChatMessagePartCodeExecutionResult whose Outcome is switch-mapped (Ok/Failed/Timeout/Unknown) and stored next to Output in the same object; only text goes into the message text",
            """
            enum LtOutcome { Unknown, Ok, Failed, Timeout }
            enum LtPartType { Text, ExecutableCode, CodeExecutionResult }

            sealed class LtCodeExecutionResult
            {
                public LtOutcome Outcome { get; set; }
                public string? Output { get; set; }
                public object? NativeObject { get; set; }
            }

            sealed class LtMessagePart
            {
                public LtPartType Type { get; set; }
                public string? Text { get; set; }
                public string? Code { get; set; }
                public LtCodeExecutionResult? CodeExecutionResult { get; set; }
            }

            static LtMessagePart LtToMessagePart(Part googlePart, System.Text.StringBuilder sb)
            {
                var part = new LtMessagePart();
                if (googlePart.ExecutableCode is not null)
                {
                    part.Type = LtPartType.ExecutableCode;
                    part.Code = googlePart.ExecutableCode.Code;
                }
                else if (googlePart.CodeExecutionResult is not null)
                {
                    part.Type = LtPartType.CodeExecutionResult;
                    part.CodeExecutionResult = new LtCodeExecutionResult
                    {
                        Outcome = googlePart.CodeExecutionResult.Outcome switch
                        {
                            CodeExecutionResultOutcome.Unspecified => LtOutcome.Unknown,
                            CodeExecutionResultOutcome.Ok => LtOutcome.Ok,
                            CodeExecutionResultOutcome.Failed => LtOutcome.Failed,
                            CodeExecutionResultOutcome.DeadlineExceeded => LtOutcome.Timeout,
                            _ => LtOutcome.Unknown
                        },
                        Output = googlePart.CodeExecutionResult.Output,
                        NativeObject = googlePart.CodeExecutionResult
                    };
                }
                else if (googlePart.Text is not null)
                {
                    part.Type = LtPartType.Text;
                    part.Text = googlePart.Text;
                    sb.Append(googlePart.Text);
                }
                return part;
            }
            """),

        new(
            "sdcb chats Gemini code execution tool response segment",
            "sdcb/chats src/BE/web/Services/Models/ChatServices/GoogleAI/GoogleAI2ChatService.cs",
            false,  // Warns
            "the code execution output is emitted as a tool-call-response segment together with isSuccess = (outcome == OUTCOME_OK) in the same call",
            """
            abstract record ChSegment;
            sealed record ChTextSegment(string Text) : ChSegment;
            sealed record ChToolCallSegment(string Id, string Name, string Arguments) : ChSegment;
            sealed record ChToolCallResponseSegment(string ToolCallId, string Response, int DurationMs, bool IsSuccess) : ChSegment;

            string? _chCodeExecutionId;
            Stopwatch _chCodeExecutionSw = new();

            void ChHandlePart(Part part, List<ChSegment> items)
            {
                if (part.Text is { Length: > 0 } text)
                {
                    items.Add(new ChTextSegment(text));
                }

                if (part.ExecutableCode is { } executableCode)
                {
                    string language = executableCode.Language?.ToString() ?? "code_execution";
                    string? code = executableCode.Code;
                    if (code != null)
                    {
                        _chCodeExecutionId = "ce-" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                        _chCodeExecutionSw = Stopwatch.StartNew();
                        items.Add(new ChToolCallSegment(_chCodeExecutionId, language, System.Text.Json.JsonSerializer.Serialize(new { code })));
                    }
                }

                if (part.CodeExecutionResult is { } executionResult && _chCodeExecutionId != null)
                {
                    string output = executionResult.Output ?? string.Empty;
                    bool isSuccess = executionResult.Outcome == CodeExecutionResultOutcome.Ok;
                    int duration = _chCodeExecutionSw.IsRunning ? (int)_chCodeExecutionSw.ElapsedMilliseconds : 0;
                    _chCodeExecutionSw.Reset();

                    items.Add(new ChToolCallResponseSegment(_chCodeExecutionId, output, duration, isSuccess));
                    _chCodeExecutionId = null;
                }
            }
            """),

        new(
            "Adk-cs docs code execution event loop",
            "sps014/Adk-cs docs/code-execution.md",
            true,   // Warns
            "the documented runner loop prints '[Result]:' followed by the output of every code execution result part and never looks at the outcome",
            """
            static async Task AdkDocsRun(IAsyncEnumerable<Content?> events)
            {
                await foreach (var content in events)
                {
                    if (content?.Parts == null) continue;

                    foreach (var part in content.Parts)
                    {
                        if (part.ExecutableCode?.Code != null)
                        {
                            Console.WriteLine($"[Executed Python]:\n{part.ExecutableCode.Code}\n");
                        }

                        if (part.CodeExecutionResult != null)
                        {
                            Console.WriteLine($"[Result]:\n{part.CodeExecutionResult.Output}\n");
                        }

                        if (!string.IsNullOrWhiteSpace(part.Text))
                        {
                            Console.WriteLine($"Agent: {part.Text}");
                        }
                    }
                }
            }
            """),

        new(
            "Adk-cs console runner code execution panel",
            "sps014/Adk-cs src/GoogleAdk.Core/Runner/ConsoleRunner.cs",
            false,  // Warns
            "the console runner renders the output inside a panel whose header is 'Code Execution (<outcome>)', so the outcome is shown in the same UI element as the output",
            """
            sealed class AdkPanel
            {
                public AdkPanel(string body) { Body = body; }
                public string Body { get; }
                public string? Header { get; set; }
                public string? BorderColor { get; set; }
            }

            static readonly List<AdkPanel> AdkScreen = new();
            static void AdkWrite(AdkPanel panel) => AdkScreen.Add(panel);
            static string AdkEscape(string s) => s.Replace("[", "[[").Replace("]", "]]");

            static void AdkRenderArtifacts(Content? content)
            {
                if (content?.Parts == null) return;
                foreach (var part in content.Parts)
                {
                    if (part.FileData != null)
                    {
                        var fileName = part.FileData.FileUri ?? "generated_file";
                        Console.WriteLine($"Saved Artifact: {AdkEscape(fileName)}");
                    }

                    if (part.CodeExecutionResult != null)
                    {
                        var outcome = part.CodeExecutionResult.Outcome?.ToString() ?? "Unknown";
                        var output = part.CodeExecutionResult.Output ?? string.Empty;
                        var execPanel = new AdkPanel(AdkEscape(output))
                        {
                            Header = $"Code Execution ({outcome})",
                            BorderColor = "grey",
                        };
                        AdkWrite(execPanel);
                    }
                }
            }
            """),

        new(
            "ruby_llm Gemini server tool calls keep raw result hash",
            "crmne/ruby_llm lib/ruby_llm/protocols/gemini/chat.rb",
            false,  // Warns
            "code execution parts become ServerToolCall entries whose result is the whole codeExecutionResult hash, so outcome and output stay together in one record",
            """
            sealed record RlServerToolCall(string Type, object? Input, Dictionary<string, object?>? Result, Part Raw);

            static bool RlServerToolPart(Part part) => part.ExecutableCode != null || part.CodeExecutionResult != null;

            static List<RlServerToolCall> RlExtractServerToolCalls(List<Part> parts)
            {
                return parts.Where(RlServerToolPart).Select(part => new RlServerToolCall(
                    part.ExecutableCode != null ? "executable_code" : "code_execution_result",
                    part.ExecutableCode,
                    part.CodeExecutionResult is { } r
                        ? new Dictionary<string, object?> { ["outcome"] = r.Outcome, ["output"] = r.Output, ["id"] = r.Id }
                        : null,
                    part)).ToList();
            }
            """),

        new(
            "google-gemini-php client README code execution loop",
            "google-gemini-php/client README.md",
            true,   // Warns
            "the README echoes 'Outcome: ...' and 'Output: ...' as two separate statements; nothing branches on the outcome, and a separate outcome line does not label the output",
            """
            static void GgpPrintCodeExecution(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates?.FirstOrDefault()?.Content?.Parts ?? new List<Part>())
                {
                    if (part.ExecutableCode != null)
                    {
                        Console.WriteLine("Language: " + part.ExecutableCode.Language + "\n");
                        Console.WriteLine("Code: " + part.ExecutableCode.Code + "\n");
                    }
                    if (part.CodeExecutionResult != null)
                    {
                        Console.WriteLine("Outcome: " + part.CodeExecutionResult.Outcome + "\n");
                        Console.WriteLine("Output: " + part.CodeExecutionResult.Output + "\n");
                    }
                }
            }
            """),

        new(
            "geminize response parser defaults missing outcome to OK",
            "nhlongnguyen/geminize lib/geminize/models/content_response_extensions.rb",
            true,   // Warns
            "parse_code_execution uses result_data['outcome'] || 'OUTCOME_OK', so a result without an outcome is stored as an OK CodeExecutionResult with its output (lossy label)",
            """
            sealed class GzCodeExecutionResult
            {
                public GzCodeExecutionResult(CodeExecutionResultOutcome outcome, string output)
                {
                    Outcome = outcome;
                    Output = output;
                    if (outcome != CodeExecutionResultOutcome.Ok)
                    {
                        throw new ArgumentException($"Invalid outcome: {outcome}");
                    }
                }
                public CodeExecutionResultOutcome Outcome { get; }
                public string Output { get; }
            }

            GzCodeExecutionResult? _gzCodeExecutionResult;

            bool GzHasCodeExecutionResult => _gzCodeExecutionResult != null;
            GzCodeExecutionResult? GzResult => _gzCodeExecutionResult;

            void GzParseCodeExecution(GenerateContentResponse response)
            {
                var candidates = response.Candidates ?? new List<Candidate>();
                if (candidates.Count == 0) return;

                var parts = candidates[0].Content?.Parts ?? new List<Part>();
                var resultPart = parts.FirstOrDefault(part => part.CodeExecutionResult != null);
                if (resultPart?.CodeExecutionResult is { } resultData)
                {
                    var outcome = resultData.Outcome ?? CodeExecutionResultOutcome.Ok;
                    var output = resultData.Output ?? "";
                    _gzCodeExecutionResult = new GzCodeExecutionResult(outcome, output);
                }
            }
            """),

        new(
            "geminize example prints outcome and output separately",
            "nhlongnguyen/geminize examples/code_execution.rb",
            true,   // Warns
            "the example puts the outcome and then the output as separate lines under 'Code execution result:', without any branch on the outcome",
            """
            static void GzExamplePrint(GenerateContentResponse response)
            {
                try
                {
                    var parts = response.Candidates?.FirstOrDefault()?.Content?.Parts ?? new List<Part>();
                    Console.WriteLine("\nGemini's response:");
                    Console.WriteLine(string.Concat(parts.Where(p => p.Text != null).Select(p => p.Text)));

                    var executable = parts.FirstOrDefault(p => p.ExecutableCode != null)?.ExecutableCode;
                    if (executable != null)
                    {
                        Console.WriteLine("\nGenerated code:");
                        Console.WriteLine("```" + executable.Language?.ToString().ToLowerInvariant());
                        Console.WriteLine(executable.Code);
                        Console.WriteLine("```");
                    }

                    var result = parts.FirstOrDefault(p => p.CodeExecutionResult != null)?.CodeExecutionResult;
                    if (result != null)
                    {
                        Console.WriteLine("\nCode execution result:");
                        Console.WriteLine($"Outcome: {result.Outcome}");
                        Console.WriteLine($"Output: {result.Output}");
                    }
                }
                catch (Exception e)
                {
                    Console.WriteLine($"Error during code execution: {e.Message}");
                }
            }
            """),
    ];
}
