using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CodeExecGen.Analyzers;
using CodeExecGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CodeExecGen.Roslyn48.Tests;

/// <summary>The generator and the analyzers in Roslyn 4.8, over the embedded Gemini schema, against net8.0.</summary>
public class Roslyn48Tests
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net80 = new(LoadNet80);

    [Fact]
    public void This_is_Roslyn_4_8()
        => Assert.Equal("4.8", typeof(CSharpCompilation).Assembly.GetName().Version!.ToString(2));

    [Fact]
    public void The_generator_runs_and_its_output_compiles_against_net8_without_a_warning()
    {
        var (output, generatorDiagnostics) = Generate();
        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.True(output.SyntaxTrees.Count() > 500, output.SyntaxTrees.Count() + " trees");
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_analyzer_warns_on_an_unchecked_read_and_not_on_a_checked_one()
    {
        var (output, _) = Generate("""
            using GenerativeLanguage.V1beta;
            static class Use
            {
                public static string? Unchecked(CodeExecutionResult r) => r.Output;
                public static string? Checked(CodeExecutionResult r) => r.Outcome == CodeExecutionResultOutcome.Ok ? r.Output : null;
            }
            """);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new GuardedMemberAnalyzer(), new DroppedResultAnalyzer());
        var diagnostics = await output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        var found = Assert.Single(diagnostics);
        Assert.Equal("CEG1001", found.Id);
        Assert.Equal(4, found.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Generate(string source = "static class Empty { }")
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parse) },
            Net80.Value.Add(CodeExecGen.Tests.RuntimeReference.Net8),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new[] { new CodeExecGenGenerator().AsSourceGenerator() }, parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    /// <summary>The net8.0 reference assemblies, read from the Basic.Reference.Assemblies package's resources (its types need a newer Roslyn).</summary>
    private static ImmutableArray<MetadataReference> LoadNet80()
    {
        var path = typeof(Roslyn48Tests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ReferenceAssembliesPackage").Value!;
        var package = Assembly.LoadFrom(path);
        var references = new List<MetadataReference>();
        foreach (var name in package.GetManifestResourceNames().Where(n => n.StartsWith("net80.", StringComparison.Ordinal)))
        {
            using var stream = package.GetManifestResourceStream(name)!;
            references.Add(MetadataReference.CreateFromStream(stream, filePath: name));
        }

        Assert.True(references.Count > 100, references.Count + " reference assemblies");
        return references.ToImmutableArray();
    }
}
