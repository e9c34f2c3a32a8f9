using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CodeExecGen.Analyzers.Tests.Infrastructure;

/// <summary>Analyzer and code-fix tests against the generated Gemini types, offline.</summary>
internal static class Verify
{
    public const string Usings = Cases.Usings;

    public static Task Analyzer<TAnalyzer>(string source, string? editorConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, editorConfig);
        return test.RunAsync();
    }

    public static Task CodeFix<TAnalyzer, TCodeFix>(string source, string fixedSource, string? equivalenceKey = null, int iterations = 1, CodeFixTestBehaviors behaviors = CodeFixTestBehaviors.None)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
            CodeFixTestBehaviors = behaviors,
        };
        Configure(test.TestState, null);
        Configure(test.FixedState, null);
        return test.RunAsync();
    }

    private static void Configure(SolutionState state, string? editorConfig)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(CodeExecGen.Tests.TestReferences.Net100);
        state.AdditionalReferences.Add(GeminiContracts.Assembly);
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\n" + editorConfig));
        }
    }
}
