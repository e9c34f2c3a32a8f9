using System;
using Gemini;
using Gemini.Serialization;

// The documentation's "sum of the first 50 primes" answer, read with the generated converters
// (no reflection: this project builds with IsAotCompatible=true).
var path = System.IO.Path.Combine(AppContext.BaseDirectory, "sum-of-primes.response.json");
var response = ModelJson.Deserialize<GenerateContentResponse>(System.IO.File.ReadAllText(path))!;

foreach (var part in response.Candidates![0].Content!.Parts!)
{
    if (part.Text is { } text)
    {
        Console.WriteLine(text.TrimEnd());
    }
    else if (part.ExecutableCode is { } code)
    {
        Console.WriteLine($"--- {code.Language} code ---\n{code.Code?.TrimEnd()}");
    }
    else if (part.CodeExecutionResult is { } result)
    {
        // The outcome decides what Output holds: stdout only when it is Ok.
        Console.WriteLine(result.Outcome == CodeExecutionResultOutcome.Ok
            ? $"--- output ---\n{result.Output?.TrimEnd()}"
            : $"--- code execution {result.Outcome}: output is not an answer ---");
    }
}

// Written back, the response is the same JSON (unknown fields and values included).
Console.WriteLine($"--- {ModelJson.Serialize(response).Length} bytes when written back ---");
