using System.Linq;
using Gemini;

/// <summary>A log line for developers, where stderr is what one wants to see.</summary>
internal static class Diagnostics
{
    public static string Describe(GenerateContentResponse response)
    {
        var results = response.Candidates?.FirstOrDefault()?.Content?.Parts?
            .Select(p => p.CodeExecutionResult)
            .Where(r => r is not null)
            .ToList() ?? [];

        // CEG1001 is right in general: Output is stderr when the code failed, and nothing here says which.
        // For this log that is the point: a developer reads the first line of whatever the sandbox printed,
        // stdout or stderr alike; it never reaches the user as an answer.
#pragma warning disable CEG1001
        return string.Join("; ", results.Select(r => r!.Output?.Split('\n')[0]));
#pragma warning restore CEG1001
    }
}
