using System;
using System.Threading;
using System.Threading.Tasks;
using Gemini;

/// <summary>
/// Code execution on a file of your own: upload a CSV, wait until Google has processed it, ask for an
/// analysis with a chart, print each step's output only when it ran, save the chart, delete the file.
/// The same code runs against the real API (--live) and against the loopback server of the offline default.
/// </summary>
internal static class FileAnalysis
{
    private const string Question = "Total the revenue per month in this CSV, say which month was best, and draw a bar chart of it with matplotlib.";

    public static async Task RunAsync(GenerativeLanguageClient client, string model, string csvPath, CancellationToken cancellationToken = default)
    {
        // 1. Upload: one multipart request for a small file, resumable in chunks for a large one.
        CreateFileResponse created;
        await using (var csv = System.IO.File.OpenRead(csvPath))
        {
            created = await client.Media.UploadAsync(csv, "text/csv", new CreateFileRequest { File = new File { DisplayName = "sales.csv" } }, cancellationToken: cancellationToken);
        }

        // 2. Wait: a model can read the file only once its state is ACTIVE.
        var file = await client.Files.WaitUntilActiveAsync(created.File!.Name!, TimeSpan.FromMinutes(2), cancellationToken);
        Console.WriteLine($"[file] {file.Name} {file.MimeType}, {file.SizeBytes} bytes, {file.State}");
        try
        {
            // 3. Ask: the file as a fileData part, code execution on.
            var response = await client.Models.GenerateContentAsync(model, new GenerateContentRequest
            {
                Contents = [new Content { Role = "user", Parts = [Part.FromFile(file), Part.FromText(Question)] }],
                Tools = [Tool.ForCodeExecution()],
            }, cancellationToken);

            // 4. Each step's output only when its outcome is OK; its charts saved (the extension comes from the MIME type).
            var stepNumber = 0;
            foreach (var step in response.GetCodeExecutionSteps())
            {
                stepNumber++;
                Console.WriteLine(step.TryGetOutput(out var stdout)
                    ? $"[analysis step {stepNumber} ok]\n{stdout.TrimEnd()}"
                    : $"[analysis step {stepNumber} {step.Outcome?.ToString() ?? "without result"}] the output is not an answer");
                for (var i = 0; i < step.Images.Count; i++)
                {
                    var saved = await step.Images[i].SaveAsync($"sales-chart-{stepNumber}-{i + 1}", cancellationToken);
                    Console.WriteLine($"[analysis chart] {saved}");
                }
            }

            Console.WriteLine($"[analysis answer] {response.GetText()}");
        }
        finally
        {
            // 5. Delete: uploads expire after 48 hours anyway, but need not wait for that.
            await client.Files.DeleteAsync(file.Name!, CancellationToken.None);
        }
    }
}
