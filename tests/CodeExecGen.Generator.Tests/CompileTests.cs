using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeExecGen.Generator.Tests;

/// <summary>
/// The generated code compiles with no diagnostic at all (every warning level, nullable on, warnings
/// as errors, latest C#) against the net8.0 and net10.0 reference assemblies.
/// </summary>
public class CompileTests
{
    public static TheoryData<string> Frameworks => new() { "net8.0", "net10.0" };

    private static IEnumerable<MetadataReference> References(string framework) => framework == "net8.0"
        ? Basic.Reference.Assemblies.Net80.References.All
        : Basic.Reference.Assemblies.Net100.References.All;

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void The_Gemini_output_compiles_without_any_diagnostic(string framework)
    {
        var result = GeneratorRunner.Run(GeneratorRunner.Gemini());
        Assert.True(GeneratorRunner.Sources(result).Count > 250);

        // A consumer uses the types, including the deprecated ones, from ordinary code.
        const string consumer = """
            using Gemini;
            /// <summary>A consumer.</summary>
            public static class Use
            {
                /// <summary>Shows a part.</summary>
                public static string? Show(Part part)
                    => part.CodeExecutionResult is { Outcome: CodeExecutionResultOutcome.Ok } result ? result.Output : part.Text;
            }
            """;
        var diagnostics = GeneratorRunner.CompileGenerated(result, References(framework), consumer);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Two_schemas_in_two_namespaces_compile_side_by_side()
    {
        var result = GeneratorRunner.Run(
            GeneratorRunner.Gemini("Apis.GeminiA"),
            GeneratorRunner.Gemini("Apis.GeminiB") with { Path = "/project/schema/copy.json" });
        var sources = GeneratorRunner.Sources(result);
        Assert.Contains("Apis.GeminiA.Part.g.cs", sources.Keys);
        Assert.Contains("Apis.GeminiB.Part.g.cs", sources.Keys);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(GeneratorRunner.CompileGenerated(result, References("net10.0")).Select(d => d.ToString()));
    }

    [Fact]
    public void An_attribute_the_project_already_declares_is_not_emitted_again()
    {
        const string own = """
            namespace CodeExecGen
            {
                /// <summary>The project's own copy.</summary>
                [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field)]
                internal sealed class GuardedByAttribute : System.Attribute
                {
                    /// <summary>Creates it.</summary>
                    public GuardedByAttribute(string guard, params object[] successValues) { }
                }
            }
            """;
        var compilation = GeneratorRunner.CreateCompilation(null, own);
        var result = GeneratorRunner.CreateDriver(GeneratorRunner.Gemini()).RunGenerators(compilation).GetRunResult();
        Assert.DoesNotContain("CodeExecGen.GuardedByAttribute.g.cs", GeneratorRunner.Sources(result).Keys);
        Assert.Empty(GeneratorRunner.CompileGenerated(result, Basic.Reference.Assemblies.Net100.References.All, own).Select(d => d.ToString()));
    }

    [Fact]
    public void Additional_files_without_the_schema_metadata_are_ignored()
    {
        var result = GeneratorRunner.RunWith(new() { ["CodeExecGenDefault"] = "false" }, GeneratorRunner.Gemini() with { IsSchema = false });

        // Only the two attributes, which every compilation gets.
        Assert.Equal(["CodeExecGen.GeminiFunctionAttribute.g.cs", "CodeExecGen.GuardedByAttribute.g.cs"], GeneratorRunner.Sources(result).Keys);
        Assert.Empty(result.Diagnostics);
    }
}
