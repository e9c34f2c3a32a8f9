using CodeExecGen;
using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Gemini;
using Gemini.Serialization;
using Microsoft.Extensions.AI;

/// <summary>
/// The sample against the real API: one code-execution call through the generated client, and the
/// same question through its IChatClient. Needs GEMINI_API_KEY; the offline default needs nothing.
/// </summary>
internal static class Live
{
    private const string Question = "What is the sum of the first 50 prime numbers? Generate and run code for the calculation.";

    public static async Task<int> RunAsync(string model, string liveModel)
    {
        if (Environment.GetEnvironmentVariable("GEMINI_API_KEY") is not { Length: > 0 } apiKey)
        {
            Console.Error.WriteLine("--live calls the Gemini API: set GEMINI_API_KEY first.");
            return 2;
        }

        using var http = new HttpClient();
        var client = new GenerativeLanguageClient(http, apiKey);
        try
        {
            // 1. The typed client.
            var response = await client.Models.GenerateContentAsync(model, new GenerateContentRequest
            {
                Contents = [new Content { Role = "user", Parts = [Part.FromText(Question)] }],
                Tools = [Tool.ForCodeExecution(), PrimeTools.FunctionTool],
            });
            foreach (var functionAnswer in await PrimeTools.InvokeAllAsync(response))
            {
                Console.WriteLine($"[client function] {ModelJson.Serialize(functionAnswer)}");
            }

            foreach (var step in response.GetCodeExecutionSteps())
            {
                Console.WriteLine(step.TryGetOutput(out var stdout) ? $"[client ok] {stdout.TrimEnd()}" : $"[client {step.Outcome}] not an answer");
            }

            Console.WriteLine($"[client answer] {response.GetText()}");

            // 2. The same through Microsoft.Extensions.AI.
            var chat = client.AsIChatClient(model);
            var answer = await chat.GetResponseAsync(Question, new ChatOptions { Tools = [new HostedCodeInterpreterTool()] });
            foreach (var result in answer.Messages.SelectMany(m => m.Contents).OfType<CodeInterpreterToolResultContent>())
            {
                var error = result.Outputs?.OfType<ErrorContent>().FirstOrDefault();
                Console.WriteLine(error is null ? $"[chat ok {result.CallId}] {string.Concat(result.Outputs?.OfType<TextContent>().Select(t => t.Text) ?? []).TrimEnd()}" : $"[chat {error.ErrorCode} {result.CallId}] not an answer");
            }

            Console.WriteLine($"[chat answer] {answer.Text}");

            // 3. A CSV from this repository into code execution, and its chart out.
            await FileAnalysis.RunAsync(client, model, System.IO.Path.Combine(AppContext.BaseDirectory, "data", "sales.csv"));

            // 4. A Live API text session with code execution (a Live model: the third argument, or the default).
            await LiveSession.RunAsync(client, liveModel);
            return 0;
        }
        catch (GoogleApiException exception)
        {
            Console.Error.WriteLine($"[error] {exception.Message}" + (exception.RetryDelay is { } delay ? $" (retry after {delay.TotalSeconds:0.#} s)" : string.Empty));
            return 1;
        }
    }
}
