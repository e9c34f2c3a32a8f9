using System;
using Gemini;
using Gemini.Serialization;

// --live [model] [live-model]: the real API, with GEMINI_API_KEY from the environment (see Live.cs).
if (args.Length > 0 && args[0] == "--live")
{
    return await Live.RunAsync(args.Length > 1 ? args[1] : "gemini-2.5-flash", args.Length > 2 ? args[2] : "gemini-live-2.5-flash-preview");
}

// The documentation's "sum of the first 50 primes" answer (or a response file given on the command
// line), read with the generated converters (no reflection: this project builds with IsAotCompatible=true).
var path = args.Length > 0 ? args[0] : System.IO.Path.Combine(AppContext.BaseDirectory, "sum-of-primes.response.json");
var response = ModelJson.Deserialize<GenerateContentResponse>(System.IO.File.ReadAllText(path))!;

// 1. Every part, by kind: the visitor makes the compiler list every kind of part.
foreach (var part in response.Candidates![0].Content!.Parts!)
{
    Console.WriteLine(part.Accept(new PartPrinter()));
}

// 2. The code-execution steps: each code with its outcome; the output only after a check. Charts the
//    code drew (matplotlib PNGs come back as inlineData parts) are written to files named here.
var stepNumber = 0;
foreach (var step in response.GetCodeExecutionSteps())
{
    stepNumber++;
    Console.WriteLine($"[step {stepNumber} code] {step.Code?.Language}, {step.Code?.Code?.Split('\n').Length} lines");
    Console.WriteLine(step.TryGetOutput(out var stdout)
        ? $"[step {stepNumber} ok] {stdout.TrimEnd().Split('\n')[^1]}"
        : $"[step {stepNumber} {step.Outcome?.ToString() ?? "without result"}] the output is not an answer");
    for (var i = 0; i < step.Images.Count; i++)
    {
        Console.WriteLine($"[step {stepNumber} image] {await step.Images[i].SaveAsync($"step{stepNumber}-image{i + 1}")}");
    }
}

Console.WriteLine($"[answer] {response.GetText()}");
Console.WriteLine($"[log] {Diagnostics.Describe(response)}");

// 3. The same question as a function call the model could make instead: answered by PrimeTools.
var call = ModelJson.Deserialize<FunctionCall>("""{"id": "call-1", "name": "sum_of_primes", "args": {"count": 50}}""")!;
var answer = await PrimeTools.InvokeAsync(call);
Console.WriteLine($"[function {answer.FunctionResponse!.Name} {answer.FunctionResponse.Id}] {ModelJson.Serialize(answer.FunctionResponse)}");

// 4. A CSV of your own into code execution, and the chart out: the same calls as --live, answered by a
//    loopback stand-in for the Files API and the model.
await using (var offline = LoopbackGemini.Start(System.IO.Path.Combine(AppContext.BaseDirectory, "data", "sales-analysis.response.json")))
{
    using var http = new System.Net.Http.HttpClient { BaseAddress = offline.Address };
    await FileAnalysis.RunAsync(new GenerativeLanguageClient(http, LoopbackGemini.Key), "gemini-2.5-flash", System.IO.Path.Combine(AppContext.BaseDirectory, "data", "sales.csv"));
}

return 0;

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
