using System.Collections.Generic;
using System.Linq;

namespace CodeExecGen.Analyzers.Tests.Corpus;

/// <summary>One snippet of public code that handles a code-execution result, ported to C#.</summary>
/// <param name="Name">A short name for the test list.</param>
/// <param name="Source">The repository and path the original is in.</param>
/// <param name="Warns">The label: whether the original shows or passes on output without its outcome.</param>
/// <param name="Reason">Why the label is what it is, from what the original code means.</param>
/// <param name="Code">The port, as members of the test class; a warning is marked where it belongs.</param>
public sealed record Snippet(string Name, string Source, bool Warns, string Reason, string Code)
{
    public override string ToString() => Name;
}

/// <summary>
/// Public code that reads Gemini code-execution results (official SDK accessors, agent frameworks,
/// chat adapters, cookbooks and samples; Python, TypeScript, JavaScript, Go, Java, C#), each ported to
/// C# against the generated types with the original's control flow kept. Python's print and IPython's
/// display become Console.WriteLine, dicts become dictionaries or anonymous objects, a host type the
/// original builds (a MEAI content, a framework part) is a small stand-in declared with the snippet.
/// Labels come from what the original means, not from what the analyzer says.
/// </summary>
public static class RealWorldCorpus
{
    /// <summary>Stand-ins for the host types the originals build.</summary>
    public const string HostTypes = """
        class AIContent { }
        sealed class TextContent(string? text) : AIContent { public string? Text { get; } = text; }
        sealed class ErrorContent(string? message) : AIContent { public string? Message { get; } = message; public string? ErrorCode { get; set; } }
        sealed class CodeInterpreterToolResultContent(string? callId) : AIContent
        {
            public string? CallId { get; } = callId;
            public IList<AIContent>? Outputs { get; set; }
            public Dictionary<string, object?>? AdditionalProperties { get; set; }
        }
        sealed record NativeToolReturnPart(string ProviderName, string ToolName, object Content, string ToolCallId);
        static object NewCodeExecutionResultPart(string outcome, string? output) => new { outcome, output };

        """;

    public static readonly IReadOnlyList<Snippet> Snippets = new Snippet[]
    {
        // ---- Must warn: output shown or passed on without its outcome ----
        new(
            "cookbook quickstart display helper",
            "google-gemini/cookbook quickstarts/Code_Execution.ipynb",
            true,
            "display_code_execution_result renders every result's output as Markdown; a failed run's stderr reads as the answer.",
            """
            void DisplayCodeExecutionResult(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates![0].Content!.Parts!)
                {
                    if (part.Text is not null) Console.WriteLine(part.Text);
                    if (part.ExecutableCode is not null) Console.WriteLine($"<pre style=\"background-color: green;\">{part.ExecutableCode.Code}</pre>");
                    if (part.CodeExecutionResult is not null) Console.WriteLine({|CEG1001:part.CodeExecutionResult.Output|});
                    if (part.InlineData is not null) Console.WriteLine("[image]");
                    Console.WriteLine("---");
                }
            }
            """),
        new(
            "cookbook JS quickstart",
            "google-gemini/cookbook quickstarts-js/Get_Started.js",
            true,
            "Logs output whenever it is non-empty; the presence test says nothing about the outcome.",
            """
            void Log(GenerateContentResponse response)
            {
                var parts = response.Candidates?[0].Content?.Parts ?? new List<Part>();
                foreach (var part in parts)
                {
                    if (part.Text is not null) Console.WriteLine(part.Text);
                    if (part.ExecutableCode is not null && part.ExecutableCode.Code is not null) Console.WriteLine("```\n" + part.ExecutableCode.Code + "\n```");
                    if (part.CodeExecutionResult is not null && part.CodeExecutionResult.Output is not null) Console.WriteLine({|CEG1001:part.CodeExecutionResult.Output|});
                    Console.WriteLine("---");
                }
            }
            """),
        new(
            "cookbook Live API tools",
            "google-gemini/cookbook quickstarts/Get_started_LiveAPI_tools.ipynb",
            true,
            "handle_server_content shows each result's output between rules, whatever the outcome.",
            """
            void HandleServerContent(Content? modelTurn)
            {
                if (modelTurn is null) return;
                foreach (var part in modelTurn.Parts!)
                {
                    var executableCode = part.ExecutableCode;
                    if (executableCode is not null) Console.WriteLine("``` python\n" + executableCode.Code + "\n```");
                    var codeExecutionResult = part.CodeExecutionResult;
                    if (codeExecutionResult is not null)
                    {
                        Console.WriteLine("-------------------------------");
                        Console.WriteLine("``` \n" + {|CEG1001:codeExecutionResult.Output|} + "\n```");
                        Console.WriteLine("-------------------------------");
                    }
                }
            }
            """),
        new(
            "python SDK response accessor",
            "googleapis/python-genai google/genai/types.py",
            true,
            "GenerateContentResponse.code_execution_result returns the first result's output; callers get stderr as the result.",
            """
            static string? CodeExecutionResultOf(GenerateContentResponse response)
            {
                if (response.Candidates is not { Count: > 0 } candidates || candidates[0].Content?.Parts is not { Count: > 0 } parts) return null;
                if (candidates.Count > 1) Console.Error.WriteLine("Warning: there are multiple candidates in the response, returning code execution result from the first one.");
                foreach (var part in parts)
                {
                    if (part.CodeExecutionResult is not null) return {|CEG1001:part.CodeExecutionResult.Output|};
                }

                return null;
            }
            """),
        new(
            "Go SDK response accessor",
            "googleapis/go-genai types.go",
            true,
            "GenerateContentResponse.CodeExecutionResult() returns the first result's Output as a string, outcome dropped.",
            """
            static string CodeExecutionResultOf(GenerateContentResponse r)
            {
                if (r.Candidates is null || r.Candidates.Count == 0 || r.Candidates[0].Content is null || r.Candidates[0].Content!.Parts is not { Count: > 0 } parts) return "";
                if (r.Candidates.Count > 1) Console.WriteLine("Warning: there are multiple candidates in the response, returning code execution result from the first one.");
                foreach (var part in parts)
                {
                    if (part.CodeExecutionResult != null) return {|CEG1001:part.CodeExecutionResult.Output|} ?? "";
                }

                return "";
            }
            """),
        new(
            "JS SDK response getter",
            "googleapis/js-genai src/types.ts",
            true,
            "The codeExecutionResult getter filters the parts that have a result and returns the first one's output.",
            """
            static string? CodeExecutionResultOf(GenerateContentResponse response)
            {
                if (response.Candidates?[0].Content?.Parts?.Count == 0) return null;
                if (response.Candidates is { Count: > 1 }) Console.WriteLine("there are multiple candidates in the response, returning code execution result from the first one.");
                var results = response.Candidates?[0].Content?.Parts?
                    .Where(part => part.CodeExecutionResult != null)
                    .Select(part => part.CodeExecutionResult)
                    .Where(result => result != null)
                    .ToList();
                if (results?.Count == 0) return null;
                return results?[0]?{|CEG1001:.Output|};
            }
            """),
        new(
            "legacy JS SDK getText",
            "google/generative-ai-js packages/main/src/requests/response-helpers.ts",
            true,
            "response.text() splices every code-execution output into the answer text as a fenced block.",
            """
            static string GetText(GenerateContentResponse response)
            {
                var textStrings = new List<string>();
                if (response.Candidates?[0].Content?.Parts is { } parts)
                {
                    foreach (var part in parts)
                    {
                        if (!string.IsNullOrEmpty(part.Text)) textStrings.Add(part.Text);
                        if (part.ExecutableCode is not null) textStrings.Add("\n```python\n" + part.ExecutableCode.Code + "\n```\n");
                        if (part.CodeExecutionResult is not null) textStrings.Add("\n```\n" + {|CEG1001:part.CodeExecutionResult.Output|} + "\n```\n");
                    }
                }

                return textStrings.Count > 0 ? string.Concat(textStrings) : "";
            }
            """),
        new(
            "Mscc Part.Text fallback",
            "mscraftsman/generative-ai src/Mscc.GenerativeAI/Types/Part.cs",
            true,
            "Part.Text falls back to the code-execution output when a part has no text, so stderr becomes the part's text.",
            """
            static string? TextOf(Part part, string? textData)
            {
                var value = textData;
                if (string.IsNullOrEmpty(value)) { value = part.ExecutableCode?.Code; }
                if (string.IsNullOrEmpty(value)) { value = part.CodeExecutionResult?.Output; }
                return {|CEG1001:value|};
            }
            """),
        new(
            "ADK converts the result to text",
            "google/adk-python src/google/adk/code_executors/code_execution_utils.py",
            true,
            "convert_code_execution_parts turns a trailing result into plain text for the next turn; the outcome is dropped.",
            """
            static void ConvertCodeExecutionParts(Content content, (string Open, string Close) codeBlockDelimiter, (string Open, string Close) executionResultDelimiters)
            {
                if (content.Parts is not { Count: > 0 } parts) return;
                if (parts[parts.Count - 1].ExecutableCode is { } code)
                {
                    parts[parts.Count - 1] = new Part { Text = codeBlockDelimiter.Open + code.Code + codeBlockDelimiter.Close };
                }
                else if (parts.Count == 1 && parts[parts.Count - 1].CodeExecutionResult is { } result)
                {
                    parts[parts.Count - 1] = new Part { Text = executionResultDelimiters.Open + {|CEG1001:result.Output|} + executionResultDelimiters.Close };
                    content.Role = "user";
                }
            }
            """),
        new(
            "ADK for TypeScript converts the result to text",
            "google/adk-js core/src/code_executors/code_execution_utils.ts",
            true,
            "convertCodeExecutionParts: the same conversion as the Python ADK, the outcome dropped from the text.",
            """
            static void ConvertCodeExecutionParts(Content content, string[] codeBlockDelimiter, string[] executionResultDelimiters)
            {
                if (content.Parts is not { Count: > 0 }) return;
                var lastPart = content.Parts[content.Parts.Count - 1];
                if (lastPart.ExecutableCode is not null)
                {
                    content.Parts[content.Parts.Count - 1] = new Part { Text = codeBlockDelimiter[0] + lastPart.ExecutableCode.Code + codeBlockDelimiter[1] };
                }
                else if (content.Parts.Count == 1 && lastPart.CodeExecutionResult is not null)
                {
                    content.Parts[content.Parts.Count - 1] = new Part { Text = executionResultDelimiters[0] + {|CEG1001:lastPart.CodeExecutionResult.Output|} + executionResultDelimiters[1] };
                    content.Role = "user";
                }
            }
            """),
        new(
            "MEAI adapter, output as plain text",
            "rabuckley/GeminiDotnet src/GeminiDotnet.Extensions.AI/GeminiToMEAIMapper.cs",
            true,
            "Every output becomes a TextContent in Outputs; the outcome only rides in AdditionalProperties, so MEAI consumers show stderr as a result.",
            """
            static CodeInterpreterToolResultContent CreateMappedCodeInterpreterToolResultContent(Part part, string? callId)
            {
                var codeExecutionResult = part.CodeExecutionResult!;
                var outputs = new List<AIContent>();
                if (codeExecutionResult.Output is { } output)
                {
                    outputs.Add(new TextContent({|CEG1002:output|}));
                }

                return new CodeInterpreterToolResultContent(callId ?? string.Empty)
                {
                    Outputs = outputs,
                    AdditionalProperties = codeExecutionResult.Outcome is not O.Unspecified
                        ? new() { ["outcome"] = codeExecutionResult.Outcome.ToString() }
                        : null,
                };
            }
            """),
        new(
            "LangChain genai, missing outcome becomes OK",
            "langchain-ai/langchain-google libs/genai/langchain_google_genai/chat_models.py",
            true,
            "The block's outcome is 1 (OK) when the API sent none, so a result of unknown outcome is passed on as a success.",
            """
            static Dictionary<string, object?>? ParseCodeExecutionResult(Part part)
            {
                if (part.CodeExecutionResult is not null && !string.IsNullOrEmpty(part.CodeExecutionResult.Output))
                {
                    int outcome;
                    if (part.CodeExecutionResult.Outcome is null) outcome = 1; // Default to OUTCOME_OK
                    else if (part.CodeExecutionResult.Outcome == O.Ok) outcome = 1;
                    else outcome = 2;
                    return new Dictionary<string, object?>
                    {
                        ["type"] = "code_execution_result",
                        ["code_execution_result"] = {|CEG1002:part.CodeExecutionResult.Output|},
                        ["outcome"] = outcome,
                        ["tool_call_id"] = "",
                    };
                }

                return null;
            }
            """),
        new(
            "tool-use demo",
            "coderonfleek/gemini-function-calling-demos 04-tool-use/code-execution.py",
            true,
            "Prints 'Output:' and the output of every result part, whatever the outcome.",
            """
            void ShowResponse(GenerateContentResponse response)
            {
                var parts = response.Candidates![0].Content!.Parts!;
                for (var i = 0; i < parts.Count; i++)
                {
                    var part = parts[i];
                    if (part.Text is not null) { Console.WriteLine($"Text Part {i + 1}:"); Console.WriteLine(part.Text); }
                    if (part.ExecutableCode is not null) { Console.WriteLine("```python"); Console.WriteLine(part.ExecutableCode.Code); Console.WriteLine("```"); }
                    if (part.CodeExecutionResult is not null)
                    {
                        Console.WriteLine($"Code Execution Result Part {i + 1}:");
                        Console.WriteLine("Output:");
                        Console.WriteLine({|CEG1001:part.CodeExecutionResult.Output|});
                    }
                }
            }
            """),
        new(
            "course example",
            "hamk-ai-autumn2024/ai_api_examples gemini_examples/gemini_code_execution.py",
            true,
            "Prints text, code and output of each part in turn; a failure prints stderr like an answer.",
            """
            void PrintParts(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates![0].Content!.Parts!)
                {
                    if (part.Text is not null) Console.WriteLine(part.Text);
                    if (part.ExecutableCode is not null) Console.WriteLine(part.ExecutableCode.Code);
                    if (part.CodeExecutionResult is not null) Console.WriteLine({|CEG1001:part.CodeExecutionResult.Output|});
                }
            }
            """),
        new(
            "agentic vision notebook",
            "GoogleCloudPlatform/generative-ai gemini/code-execution/intro_agentic_vision.ipynb",
            true,
            "Under '--- Execution Output ---' the output is printed for every result part.",
            """
            void ShowParts(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates![0].Content!.Parts!)
                {
                    if (part.Text is not null) Console.WriteLine(part.Text);
                    if (part.ExecutableCode is not null) { Console.WriteLine("\n--- Generated Code ---"); Console.WriteLine(part.ExecutableCode.Code); }
                    if (part.CodeExecutionResult is not null)
                    {
                        Console.WriteLine("\n--- Execution Output ---");
                        Console.WriteLine({|CEG1001:part.CodeExecutionResult.Output|});
                    }
                }
            }
            """),
        new(
            "Live API notebook",
            "GoogleCloudPlatform/generative-ai gemini/multimodal-live-api/intro_multimodal_live_api_genai_sdk.ipynb",
            true,
            "Renders '**Code execution result:**' with the output for every result part of the turn.",
            """
            void Render(Content modelTurn)
            {
                foreach (var part in modelTurn.Parts!)
                {
                    if (part.ExecutableCode is not null) Console.WriteLine($"**Executable code:**\n```py\n{part.ExecutableCode.Code}\n```\n");
                    if (part.CodeExecutionResult is not null) Console.WriteLine($"**Code execution result:**\n```py\n{ {|CEG1001:part.CodeExecutionResult.Output|} }\n```\n");
                }
            }
            """),

        // ---- Must stay silent: the outcome is checked, or travels with the output ----
        new(
            "LangChain4j checks the outcome",
            "langchain4j/langchain4j langchain4j-google-ai-gemini/src/main/java/dev/langchain4j/model/googleai/PartsAndContentsMapper.java",
            false,
            "fromGPartsToAiMessage copies the outcome into a local, writes 'Code execution failed' unless OK, and the output only when OK.",
            """
            static string FromParts(List<Part> parts, bool includeCodeExecutionOutput)
            {
                var fullText = new System.Text.StringBuilder();
                foreach (var part in parts)
                {
                    var executableCode = part.ExecutableCode;
                    if (executableCode != null && includeCodeExecutionOutput)
                    {
                        fullText.Append("Code executed:\n").Append("```python\n").Append(executableCode.Code).Append("\n```\n");
                    }

                    var codeExecutionResult = part.CodeExecutionResult;
                    if (codeExecutionResult != null && includeCodeExecutionOutput)
                    {
                        var outcome = codeExecutionResult.Outcome;
                        if (outcome != O.Ok)
                        {
                            fullText.Append("Code execution failed: **").Append(outcome.ToString()).Append("**\n").Append(part.Text ?? "");
                        }
                        else
                        {
                            fullText.Append("Output:\n").Append("```\n").Append(codeExecutionResult.Output).Append("```\n");
                        }
                    }
                }

                return fullText.ToString();
            }
            """),
        new(
            "Vercel AI SDK tool result",
            "vercel/ai packages/google/src/google-language-model.ts",
            false,
            "The result is passed on as a tool result holding both outcome and output; the consumer decides.",
            """
            static object? ToContent(Part part, string? lastCodeExecutionToolCallId)
            {
                if (part.ExecutableCode?.Code is not null)
                {
                    return new { type = "tool-call", toolName = "code_execution", input = part.ExecutableCode.Code, providerExecuted = true };
                }
                else if (part.CodeExecutionResult is not null)
                {
                    return new
                    {
                        type = "tool-result",
                        toolCallId = lastCodeExecutionToolCallId,
                        toolName = "code_execution",
                        result = new { outcome = part.CodeExecutionResult.Outcome, output = part.CodeExecutionResult.Output ?? "" },
                    };
                }

                return null;
            }
            """),
        new(
            "LangChain Vertex AI block",
            "langchain-ai/langchain-google libs/vertexai/langchain_google_vertexai/chat_models.py",
            false,
            "The block keeps the output and the outcome side by side, and is only built when an outcome is present.",
            """
            static void AppendExecutionResult(Part part, List<object> content)
            {
                if (part.CodeExecutionResult is not null && !string.IsNullOrEmpty(part.CodeExecutionResult.Output) && part.CodeExecutionResult.Outcome is not null)
                {
                    var executionResult = new Dictionary<string, object?>
                    {
                        ["type"] = "code_execution_result",
                        ["code_execution_result"] = part.CodeExecutionResult.Output,
                        ["outcome"] = part.CodeExecutionResult.Outcome,
                    };
                    content.Add(executionResult);
                }
            }
            """),
        new(
            "Genkit Go plugin",
            "firebase/genkit go/plugins/googlegenai/gemini.go",
            false,
            "newCodeExecutionResultPart receives the outcome and the output in one call.",
            """
            static void Translate(Part part, List<object> emitted)
            {
                if (part.CodeExecutionResult != null)
                {
                    emitted.Add(NewCodeExecutionResultPart(part.CodeExecutionResult.Outcome.ToString(), part.CodeExecutionResult.Output));
                }
            }
            """),
        new(
            "Genkit JS converter",
            "firebase/genkit js/plugins/google-genai/src/common/converters.ts",
            false,
            "fromCodeExecutionResult copies outcome and output into one custom part.",
            """
            static object FromCodeExecutionResult(Part part)
            {
                if (part.CodeExecutionResult is null) throw new InvalidOperationException("Invalid GeminiPart: missing codeExecutionResult");
                return new { custom = new { codeExecutionResult = new { outcome = part.CodeExecutionResult.Outcome, output = part.CodeExecutionResult.Output } } };
            }
            """),
        new(
            "Genkit Python plugin",
            "firebase/genkit py/plugins/google-genai/src/genkit/plugins/google_genai/models/utils.py",
            false,
            "The custom part holds OUTCOME and OUTPUT keys from the same result.",
            """
            static object? FromGeminiPart(Part part)
            {
                if (part.CodeExecutionResult is not null)
                {
                    return new Dictionary<string, object?>
                    {
                        ["codeExecutionResult"] = new Dictionary<string, object?> { ["outcome"] = part.CodeExecutionResult.Outcome, ["output"] = part.CodeExecutionResult.Output },
                    };
                }

                return new { text = "" };
            }
            """),
        new(
            "Mscc MEAI mapper, outcome decides the content",
            "mscraftsman/generative-ai src/Mscc.GenerativeAI.Microsoft/MicrosoftAi/AbstractionMapper.cs",
            false,
            "ToCodeInterpreterToolResultContent makes a TextContent only for OK and an ErrorContent with the outcome otherwise.",
            """
            static CodeInterpreterToolResultContent ToCodeInterpreterToolResultContent(CodeExecutionResult codeExecutionResult)
            {
                var content = new CodeInterpreterToolResultContent(codeExecutionResult.Id)
                {
                    Outputs = new List<AIContent>
                    {
                        codeExecutionResult.Outcome is O.Ok
                            ? new TextContent(codeExecutionResult.Output)
                            : new ErrorContent(codeExecutionResult.Output) { ErrorCode = codeExecutionResult.Outcome.ToString() },
                    },
                };
                return content;
            }
            """),
        new(
            "Mscc MEAI mapper, part dispatch",
            "mscraftsman/generative-ai src/Mscc.GenerativeAI.Microsoft/MicrosoftAi/AbstractionMapper.cs",
            false,
            "The part is recognised by a presence test on Output and handed to the mapper that checks the outcome.",
            """
            static AIContent MapPart(Part part)
            {
                AIContent content;
                if (part.ExecutableCode?.Code is not null)
                {
                    content = new TextContent(part.ExecutableCode.Code);
                }
                else if (part.CodeExecutionResult?.Output is not null)
                {
                    content = ToCodeInterpreterToolResultContent(part.CodeExecutionResult);
                }
                else
                {
                    content = new AIContent();
                }

                return content;
            }

            static CodeInterpreterToolResultContent ToCodeInterpreterToolResultContent(CodeExecutionResult codeExecutionResult)
                => new(codeExecutionResult.Id)
                {
                    Outputs = new List<AIContent> { codeExecutionResult.Outcome is O.Ok ? new TextContent(codeExecutionResult.Output) : new ErrorContent(codeExecutionResult.Output) },
                };
            """),
        new(
            "Pydantic AI native tool return",
            "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/google.py",
            false,
            "_map_code_execution_result passes model_dump() of the whole result: outcome, output and id together.",
            """
            static NativeToolReturnPart MapCodeExecutionResult(CodeExecutionResult codeExecutionResult, string providerName, string toolCallId)
                => new(providerName, "code_execution", new { outcome = codeExecutionResult.Outcome, output = codeExecutionResult.Output, id = codeExecutionResult.Id }, toolCallId);
            """),
        new(
            "ADK Go bidi demo summary",
            "google/adk-go examples/bidi/static/js/app.js",
            false,
            "The event summary says 'Code Execution Result (OUTCOME): output' and picks the icon by outcome.",
            """
            static string? Summarize(List<Part> parts, out string eventEmoji)
            {
                eventEmoji = "";
                string? eventSummary = null;
                var resultPart = parts.FirstOrDefault(p => p.CodeExecutionResult != null);
                if (resultPart != null && resultPart.CodeExecutionResult != null)
                {
                    var outcome = resultPart.CodeExecutionResult.Outcome?.ToString() ?? "UNKNOWN";
                    var output = resultPart.CodeExecutionResult.Output ?? "";
                    var truncatedOutput = output.Length > 60
                        ? output.Substring(0, 60).Replace("\n", " ") + "..."
                        : output.Replace("\n", " ");
                    eventSummary = $"Code Execution Result ({outcome}): {truncatedOutput}";
                    eventEmoji = resultPart.CodeExecutionResult.Outcome == O.Ok ? "ok" : "failed";
                }

                return eventSummary;
            }
            """),
        new(
            "Agent Engine tutorial",
            "GoogleCloudPlatform/generative-ai agents/agent_engine/tutorial_get_started_with_code_execution.ipynb",
            true,
            "Prints 'Status: <outcome>' and then the output in separate print calls: by the labelling rule two statements are not one presentation, so the output reads as the answer.",
            """
            static void PrintResult(Part part)
            {
                if (part.ExecutableCode is not null)
                {
                    Console.WriteLine("\nCODE INTERPRETER EXECUTION:");
                    Console.WriteLine(part.ExecutableCode.Code!.Trim());
                }
                else if (part.CodeExecutionResult is not null)
                {
                    Console.WriteLine("\nCODE INTERPRETER RESULT:");
                    Console.WriteLine($"Status: {part.CodeExecutionResult.Outcome}");
                    if (!string.IsNullOrEmpty(part.CodeExecutionResult.Output))
                    {
                        Console.WriteLine("Output:");
                        Console.WriteLine({|CEG1001:part.CodeExecutionResult.Output|}.Trim());
                    }
                }
            }
            """),
        new(
            "code execution intro notebook",
            "GoogleCloudPlatform/generative-ai gemini/code-execution/intro_code_execution.ipynb",
            true,
            "Displays each result's output as Markdown, then prints 'Outcome: <outcome>' to stdout: two statements and two sinks, so the output reads as the answer.",
            """
            // IPython's display(Markdown(...)) and print(...) are different sinks: a rendered cell output and stdout.
            static void DisplayMarkdown(string? markdown) { }

            static void ShowResults(GenerateContentResponse response)
            {
                foreach (var part in response.Candidates![0].Content!.Parts!)
                {
                    if (part.CodeExecutionResult is not null)
                    {
                        DisplayMarkdown({|CEG1001:part.CodeExecutionResult.Output|});
                        Console.WriteLine("\nOutcome: " + part.CodeExecutionResult.Outcome);
                    }
                }
            }
            """),
        new(
            "ADK agent debug printer",
            "maxmusomm/skill-burner agent/utils.py",
            false,
            "One debug line carries 'Code Execution Result: <outcome> - Output: <output>'.",
            """
            static void ProcessAgentResponse(Content? content)
            {
                if (content?.Parts is null) return;
                foreach (var part in content.Parts)
                {
                    if (part.ExecutableCode is not null)
                    {
                        Console.WriteLine($"  Debug: Agent generated code:\n```python\n{part.ExecutableCode.Code}\n```");
                    }
                    else if (part.CodeExecutionResult is not null)
                    {
                        Console.WriteLine($"  Debug: Code Execution Result: {part.CodeExecutionResult.Outcome} - Output:\n{part.CodeExecutionResult.Output}");
                    }
                    else if (part.Text is not null && !string.IsNullOrWhiteSpace(part.Text))
                    {
                        Console.WriteLine($"  Text: '{part.Text.Trim()}'");
                    }
                }
            }
            """),
        new(
            "LangChain.js content blocks",
            "langchain-ai/langchainjs libs/providers/langchain-google-genai/src/utils/common.ts",
            false,
            "The whole codeExecutionResult object (outcome and output) becomes the content block.",
            """
            static object MapPart(Part p)
            {
                if (p.ExecutableCode is not null) return new { type = "executableCode", executableCode = p.ExecutableCode };
                else if (p.CodeExecutionResult is not null) return new { type = "codeExecutionResult", codeExecutionResult = p.CodeExecutionResult };
                return p;
            }
            """),
    };

    public static IEnumerable<object[]> Cases => Snippets.Select(s => new object[] { s });
}
