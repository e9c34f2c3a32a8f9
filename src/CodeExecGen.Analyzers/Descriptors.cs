using Microsoft.CodeAnalysis;

namespace CodeExecGen.Analyzers;

/// <summary>The one table of analyzer diagnostics; each has a page under docs/diagnostics/.</summary>
internal static class Descriptors
{
    private const string Category = "CodeExecGen.Usage";

    public static readonly DiagnosticDescriptor UncheckedGuardedRead = Create(
        DiagnosticIds.UncheckedGuardedRead,
        "Guarded member used without consulting its guard",
        "'{0}' is used as a result, but this method never checks '{1}' of that value; '{0}' is only meaningful when '{1}' is {2}",
        DiagnosticSeverity.Warning,
        "A member marked [GuardedBy] (such as CodeExecutionResult.Output) only means what it promises when its guard holds a success value. Output holds stdout on OUTCOME_OK, but stderr on OUTCOME_FAILED and possibly partial output on OUTCOME_DEADLINE_EXCEEDED; this method uses it and never consults the guard of that value.");

    public static readonly DiagnosticDescriptor PartialGuardCheck = Create(
        DiagnosticIds.PartialGuardCheck,
        "Guard consulted only in ways that cannot tell success apart",
        "'{0}' is used where '{1}' is only consulted in ways that cannot tell {3} from {2}; check for {3} instead",
        DiagnosticSeverity.Warning,
        "The method consults the guard only in ways that cannot tell success from some other value (for example `Outcome != Failed` also admits DeadlineExceeded, with partial output, and Unspecified; `Outcome ?? Ok` reads a missing outcome as success).");

    public static readonly DiagnosticDescriptor UncoveredGuardedRead = Create(
        DiagnosticIds.UncoveredGuardedRead,
        "Guarded member used where its guard check does not reach",
        "'{0}' is used where no check of '{1}' for {2} covers it, and '{1}' does not travel with it",
        DiagnosticSeverity.Info,
        "The method consults the guard (Outcome), but this use of the guarded member (Output) is neither under a success check nor carried together with the outcome, so on some path it may be shown as if the run succeeded.");

    public static readonly DiagnosticDescriptor DroppedCodeExecutionResult = Create(
        DiagnosticIds.DroppedCodeExecutionResult,
        "Code-execution result dropped",
        "{0} handles ExecutableCode but not CodeExecutionResult; the result of the code is dropped",
        DiagnosticSeverity.Info,
        "Code that handles the code the model wrote but not its result shows the code without saying whether it ran, failed or timed out.");

    // Reported at the end of the compilation: the declared names are only all known then.
    public static readonly DiagnosticDescriptor UnknownFunctionName = new(
        DiagnosticIds.UnknownFunctionName,
        "Function name that no [GeminiFunction] declares",
        "'{0}' is not the name of any [GeminiFunction] in this project{1}",
        "CodeExecGen.Functions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A FunctionCall.Name compared with a name no function declares never matches: the branch is dead, and the call it meant goes unanswered.",
        helpLinkUri: "https://github.com/codeexecgen/codeexecgen/blob/main/docs/diagnostics/" + DiagnosticIds.UnknownFunctionName + ".md",
        WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, description,
            helpLinkUri: "https://github.com/codeexecgen/codeexecgen/blob/main/docs/diagnostics/" + id + ".md");
}
