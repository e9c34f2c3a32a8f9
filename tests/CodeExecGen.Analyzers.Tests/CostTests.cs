using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Xunit;

namespace CodeExecGen.Analyzers.Tests;

/// <summary>Without the attribute, the analyzers register nothing past compilation start.</summary>
public class CostTests
{
    private const string Code = """
        class C
        {
            string? M(Result r) { switch (r.Kind) { case Kind.A: break; } return r.Output; }
        }
        enum Kind { A, B }
        class Result { public Kind Kind { get; set; } public string? Output { get; set; } }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Analyzers_do_no_work_when_no_assembly_defines_the_attribute(bool withContracts)
    {
        // Without the CodeExecGen runtime, where the attribute is, nothing defines it.
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();
        if (withContracts)
        {
            references.AddRange([CodeExecGen.Tests.RuntimeReference.Net10, GeminiContracts.Assembly]);
        }

        var compilation = CSharpCompilation.Create("Plain", [CSharpSyntaxTree.ParseText(Code)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        DiagnosticAnalyzer[] analyzers = [new GuardedMemberAnalyzer(), new DroppedResultAnalyzer(), new FunctionNameAnalyzer()];
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzers),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();

        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);

            // Every action counter, found by name, so that a kind of registration added later is covered too.
            var counters = typeof(AnalyzerTelemetryInfo).GetProperties()
                .Where(p => p.PropertyType == typeof(int) && p.Name.EndsWith("ActionsCount", System.StringComparison.Ordinal) && p.Name != nameof(AnalyzerTelemetryInfo.CompilationStartActionsCount))
                .ToDictionary(p => p.Name, p => (int)p.GetValue(telemetry)!);
            Assert.True(counters.Count >= 15, "expected every kind of action counter, found " + string.Join(", ", counters.Keys));
            var registered = counters.Where(c => c.Value != 0).Select(c => c.Key + "=" + c.Value).ToList();
            if (withContracts)
            {
                Assert.True(registered.Count > 0, analyzer.GetType().Name + " should work once the attribute exists");
            }
            else
            {
                Assert.Empty(registered);
            }
        }
    }
}
