using System;
using Gemini;
using Gemini.Serialization;

// The documentation's "sum of the first 50 primes" answer, read with the generated converters
// (no reflection: this project builds with IsAotCompatible=true).
var path = System.IO.Path.Combine(AppContext.BaseDirectory, "sum-of-primes.response.json");
var response = ModelJson.Deserialize<GenerateContentResponse>(System.IO.File.ReadAllText(path))!;

// 1. Every part, by kind: the visitor makes the compiler list every kind of part.
foreach (var part in response.Candidates![0].Content!.Parts!)
{
    Console.WriteLine(part.Accept(new PartPrinter()));
}

// 2. The code-execution steps: each code with all its results; the output only after a check.
foreach (var step in response.GetCodeExecutionSteps())
{
    Console.WriteLine(step.TryGetOutput(out var stdout)
        ? $"[step ok] {stdout.TrimEnd().Split('\n')[^1]}"
        : $"[step {step.Outcome?.ToString() ?? "without result"}] the output is not an answer");
}

Console.WriteLine($"[answer] {response.GetText()}");

/// <summary>Prints one part; a new kind of part in a newer schema is a compile error here.</summary>
internal sealed class PartPrinter : IPartVisitor<string>
{
    public string VisitText(string text, Part part) => (part.Thought == true ? "[thought] " : "[text] ") + text.TrimEnd();

    public string VisitExecutableCode(ExecutableCode code, Part part) => $"[code] {code.Language}, {code.Code?.Split('\n').Length} lines";

    // Output is stdout only when Outcome is Ok; the checked accessor says so.
    public string VisitCodeExecutionResult(CodeExecutionResult result, Part part)
        => result.TryGetOutput(out var stdout) ? $"[result ok] {stdout.Length} characters of stdout" : $"[result {result.Outcome}] not an answer";

    public string VisitInlineData(Blob blob, Part part) => $"[image] {blob.MimeType}, {blob.Data?.Length} bytes";

    public string VisitFunctionCall(FunctionCall call, Part part) => $"[function call] {call.Name}";

    public string VisitFunctionResponse(FunctionResponse response, Part part) => $"[function response] {response.Name}";

    public string VisitFileData(FileData file, Part part) => $"[file] {file.FileUri}";

    public string VisitToolCall(ToolCall call, Part part) => $"[server tool call] {call.ToolType}";

    public string VisitToolResponse(ToolResponse response, Part part) => $"[server tool response] {response.ToolType}";

    public string VisitNone(Part part) => "[empty part]";

    public string VisitUnknown(Part part) => $"[a newer kind of part: {string.Join(", ", part.ExtensionData!.Keys)}]";
}
