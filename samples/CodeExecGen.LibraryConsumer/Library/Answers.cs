using CodeExecGen;
using GenerativeLanguage.V1beta;

namespace CodeExecGen.Library;

/// <summary>What the library offers: the checked output of a code-execution result.</summary>
public static class Answers
{
    /// <summary>The output when the run succeeded, else the outcome's name.</summary>
    public static string Show(CodeExecutionResult result) => result.TryGetOutput(out var output) ? output : "[" + result.Outcome + "]";

    /// <summary>A result as the API would send it, with its timestamp kept exactly.</summary>
    public static (CodeExecutionResult Result, GoogleTimestamp At) Sample()
        => (new CodeExecutionResult { Outcome = CodeExecutionResultOutcome.Ok, Output = "5117\n" }, GoogleTimestamp.Parse("2026-12-07T10:00:00.123456789Z"));
}
