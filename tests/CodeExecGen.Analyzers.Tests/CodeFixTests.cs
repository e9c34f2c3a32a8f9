using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using CodeExecGen.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>The fixes for CEG1001, CEG1002 and CEG1004; the testing library also runs each as fix-all in document, project and solution scope.</summary>
public class CodeFixTests
{
    private static string Code(string body) => Verify.Usings
        + "class C\n{\n    static void Show(string? text) { }\n\n    void M(CodeExecutionResult r, CodeExecutionResult other)\n    {\n"
        + body
        + "\n    }\n}\n";

    [Fact]
    public Task CEG1001_wraps_the_statement_in_the_success_check()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Code("""
                        Show({|CEG1001:r.Output|});
                        Show({|CEG1001:other.Output|});
                """),
            Code("""
                        if (r.Outcome == CodeExecutionResultOutcome.Ok)
                        {
                            Show(r.Output);
                        }
                        if (other.Outcome == CodeExecutionResultOutcome.Ok)
                        {
                            Show(other.Output);
                        }
                """),
            GuardedMemberCodeFixProvider.WrapKey,
            iterations: 2);

    // The fixed code is laid out as a person would write it, whatever the form the read was in.
    [Fact]
    public Task CEG1001_wraps_a_one_line_if_body_in_a_block_of_its_own()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Code("""
                        if (r.Id is not null) Show({|CEG1001:r.Output|});
                """),
            Code("""
                        if (r.Id is not null)
                        {
                            if (r.Outcome == CodeExecutionResultOutcome.Ok)
                            {
                                Show(r.Output);
                            }
                        }
                """),
            GuardedMemberCodeFixProvider.WrapKey);

    [Fact]
    public Task CEG1001_wraps_an_embedded_loop_body()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Code("""
                        foreach (var x in new[] { r })
                            Show({|CEG1001:x.Output|});
                """),
            Code("""
                        foreach (var x in new[] { r })
                        {
                            if (x.Outcome == CodeExecutionResultOutcome.Ok)
                            {
                                Show(x.Output);
                            }
                        }
                """),
            GuardedMemberCodeFixProvider.WrapKey);

    [Fact]
    public Task CEG1001_gives_an_expression_bodied_void_member_a_block_body()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Verify.Usings + "class C\n{\n    static void Show(string? text) { }\n\n    void M(CodeExecutionResult r) => Show({|CEG1001:r.Output|});\n}\n",
            Verify.Usings + "class C\n{\n    static void Show(string? text) { }\n\n    void M(CodeExecutionResult r)\n    {\n        if (r.Outcome == CodeExecutionResultOutcome.Ok)\n        {\n            Show(r.Output);\n        }\n    }\n}\n",
            GuardedMemberCodeFixProvider.WrapKey);

    [Fact]
    public Task CEG1001_TryGetOutput_in_a_one_line_if_and_an_expression_body()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Verify.Usings + "class C\n{\n    static void Show(string? text) { }\n\n    void M(Part p)\n    {\n        if (p.CodeExecutionResult is { } r) Show({|CEG1001:r.Output|});\n    }\n\n    void N(CodeExecutionResult r) => Show({|CEG1001:r.Output|});\n}\n",
            Verify.Usings + "class C\n{\n    static void Show(string? text) { }\n\n    void M(Part p)\n    {\n        if (p.CodeExecutionResult is { } r)\n        {\n            if (r.TryGetOutput(out var output))\n            {\n                Show(output);\n            }\n        }\n    }\n\n    void N(CodeExecutionResult r)\n    {\n        if (r.TryGetOutput(out var output))\n        {\n            Show(output);\n        }\n    }\n}\n",
            GuardedMemberCodeFixProvider.TryGetKey,
            iterations: 2);

    [Fact]
    public Task CEG1004_offers_the_same_wrap()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Code("""
                        Show({|CEG1004:r.Output|});
                        if (r.IsOk) Show(r.Output);
                """),
            Code("""
                        if (r.Outcome == CodeExecutionResultOutcome.Ok)
                        {
                            Show(r.Output);
                        }
                        if (r.IsOk) Show(r.Output);
                """),
            GuardedMemberCodeFixProvider.WrapKey);

    [Fact]
    public Task CEG1001_rewrites_to_TryGetOutput()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Code("""
                        var output = "taken";
                        Console.WriteLine({|CEG1001:r.Output|}!.Trim());
                """),
            Code("""
                        var output = "taken";
                        if (r.TryGetOutput(out var output2))
                        {
                            Console.WriteLine(output2!.Trim());
                        }
                """),
            GuardedMemberCodeFixProvider.TryGetKey);

    [Fact]
    public Task CEG1002_replaces_a_check_that_lets_failures_through()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Code("""
                        if (r.Outcome != CodeExecutionResultOutcome.Failed)
                            Show({|CEG1002:r.Output|});
                        var s = other.Outcome is not CodeExecutionResultOutcome.Failed ? {|CEG1002:other.Output|} : "";
                        Show(s);
                """),
            Code("""
                        if (r.Outcome == CodeExecutionResultOutcome.Ok)
                            Show(r.Output);
                        var s = other.Outcome == CodeExecutionResultOutcome.Ok ? other.Output : "";
                        Show(s);
                """),
            GuardedMemberCodeFixProvider.ReplaceKey,
            iterations: 2);

    [Fact]
    public Task CEG1002_replaces_an_early_return_that_lets_failures_through()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Code("""
                        if (r.Outcome == CodeExecutionResultOutcome.Failed) return;
                        Show({|CEG1002:r.Output|});
                """),
            Code("""
                        if (r.Outcome != CodeExecutionResultOutcome.Ok) return;
                        Show(r.Output);
                """),
            GuardedMemberCodeFixProvider.ReplaceKey);

    [Fact]
    public async Task Fix_all_covers_every_document_of_the_project_and_solution()
    {
        var test = new CSharpCodeFixTest<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider, DefaultVerifier>
        {
            CodeActionEquivalenceKey = GuardedMemberCodeFixProvider.WrapKey,
            NumberOfIncrementalIterations = 4,
            NumberOfFixAllInDocumentIterations = 2, // one document at a time
            NumberOfFixAllInProjectIterations = 1,
            NumberOfFixAllIterations = 1,
        };
        const string broken = "        Show({|CEG1001:r.Output|});\n        Show({|CEG1001:other.Output|});";
        test.TestState.Sources.Add(("/0/A.cs", Code(broken)));
        test.TestState.Sources.Add(("/0/B.cs", Code(broken).Replace("class C", "class D")));
        var fixedA = Code("""
                    if (r.Outcome == CodeExecutionResultOutcome.Ok)
                    {
                        Show(r.Output);
                    }
                    if (other.Outcome == CodeExecutionResultOutcome.Ok)
                    {
                        Show(other.Output);
                    }
            """);
        test.FixedState.Sources.Add(("/0/A.cs", fixedA));
        test.FixedState.Sources.Add(("/0/B.cs", fixedA.Replace("class C", "class D")));
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            state.AdditionalReferences.AddRange(CodeExecGen.Tests.TestReferences.Net100);
            state.AdditionalReferences.Add(GeminiContracts.Assembly);
        }

        await test.RunAsync();
    }
    // From the real-world corpus ("course example", hamk-ai-autumn2024/ai_api_examples): the fix keeps the
    // presence test and puts the success check inside it.
    [Fact]
    public Task CEG1001_fix_on_a_real_world_snippet()
        => Verify.CodeFix<GuardedMemberAnalyzer, GuardedMemberCodeFixProvider>(
            Corpus("""
                        foreach (var part in response.Candidates![0].Content!.Parts!)
                        {
                            if (part.Text is not null) Console.WriteLine(part.Text);
                            if (part.CodeExecutionResult is not null)
                            {
                                Console.WriteLine({|CEG1001:part.CodeExecutionResult.Output|});
                            }
                        }
                """),
            Corpus("""
                        foreach (var part in response.Candidates![0].Content!.Parts!)
                        {
                            if (part.Text is not null) Console.WriteLine(part.Text);
                            if (part.CodeExecutionResult is not null)
                            {
                                if (part.CodeExecutionResult.Outcome == CodeExecutionResultOutcome.Ok)
                                {
                                    Console.WriteLine(part.CodeExecutionResult.Output);
                                }
                            }
                        }
                """),
            GuardedMemberCodeFixProvider.WrapKey);

    private static string Corpus(string body) => Verify.Usings
        + "class C\n{\n    void PrintParts(GenerateContentResponse response)\n    {\n"
        + body
        + "\n    }\n}\n";
}
