using System;
using System.Threading;
using System.Threading.Tasks;
using Gemini;

/// <summary>
/// A short Live API text session: one question with code execution, each code step printed only when its
/// outcome is OK. Turns arrive over several serverContent messages; ReceiveTurnsAsync pairs code and result
/// into the same steps as a REST response.
/// </summary>
internal static class LiveSession
{
    public static async Task RunAsync(GenerativeLanguageClient client, string model, CancellationToken cancellationToken = default)
    {
        await using var session = await client.Live.ConnectAsync(new BidiGenerateContentSetup
        {
            Model = model,
            Tools = [Tool.ForCodeExecution()],
            GenerationConfig = new GenerationConfig { ResponseModalities = [GenerationConfigResponseModalities.Text] },
        }, cancellationToken);

        await session.SendAsync(new BidiGenerateContentClientContent
        {
            Turns = [new Content { Role = "user", Parts = [Part.FromText("What is the sum of the first 50 prime numbers? Generate and run code for the calculation.")] }],
            TurnComplete = true,
        }, cancellationToken);

        await foreach (var turn in session.ReceiveTurnsAsync(cancellationToken))
        {
            var stepNumber = 0;
            foreach (var step in turn.GetCodeExecutionSteps())
            {
                stepNumber++;
                Console.WriteLine(step.TryGetOutput(out var stdout)
                    ? $"[live step {stepNumber} ok] {stdout.TrimEnd()}"
                    : $"[live step {stepNumber} {step.Outcome?.ToString() ?? "without result"}] the output is not an answer");
            }

            Console.WriteLine($"[live answer] {turn.AsResponse().GetText()}");
            break; // one turn answers the question; disposing the session closes it cleanly
        }
    }
}
