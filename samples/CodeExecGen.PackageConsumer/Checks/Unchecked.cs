using GenerativeLanguage.V1beta;

internal static class Unchecked
{
    // CEG1001 on purpose: .ci/run builds this file and expects the analyzer to stop the build.
    public static string? Show(CodeExecutionResult result) => result.Output;
}
