using System.Text.Json;
using System.Text.Json.Nodes;
using GenerativeLanguage.V1beta;

// The zero-config promise: the Gemini types are here without a schema file or any setting.
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "sum-of-primes.response.json");
// Gemini has a File type of its own, so System.IO.File is spelled out.
var json = System.IO.File.ReadAllText(path);
var response = JsonSerializer.Deserialize<GenerateContentResponse>(json)!;

foreach (var step in response.GetCodeExecutionSteps())
{
    Console.WriteLine(step.TryGetOutput(out var stdout)
        ? $"[step ok] {stdout.TrimEnd().Split('\n')[^1]}"
        : $"[step {step.Outcome?.ToString() ?? "without result"}] the output is not an answer");
}

// Lossless: what was read is written back unchanged.
var written = JsonSerializer.Serialize(response);
if (!JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)))
{
    Console.Error.WriteLine("round trip changed the response");
    return 1;
}

Console.WriteLine("round trip ok");

// What the knobs shaped: how many types were generated, and whether they are public.
var generated = typeof(GenerateContentResponse).Assembly.GetTypes().Count(t => t.Namespace == typeof(GenerateContentResponse).Namespace);
Console.WriteLine($"[contracts] {generated} types, {(typeof(GenerateContentResponse).IsPublic ? "public" : "internal")}, from {typeof(GenerateContentResponse).Assembly.GetName().Name}");

// And the typed client, ready to call (nothing is sent here).
using var http = new HttpClient();
Console.WriteLine($"[client] {nameof(GenerativeLanguageClient)} {new GenerativeLanguageClient(http, "not-a-key").Models.GetType().Name}");
return 0;
