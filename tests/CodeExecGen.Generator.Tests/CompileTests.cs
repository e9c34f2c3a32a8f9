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
        ? CodeExecGen.Tests.TestReferences.Net80
        : CodeExecGen.Tests.TestReferences.Net100;

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
    public void Additional_files_without_the_schema_metadata_are_ignored()
    {
        var result = GeneratorRunner.RunWith(new() { ["CodeExecGenDefault"] = "false" }, GeneratorRunner.Gemini() with { IsSchema = false });

        // Nothing: the attributes are in the runtime, not generated.
        Assert.Empty(GeneratorRunner.Sources(result).Keys);
        Assert.Empty(result.Diagnostics);
    }
}
