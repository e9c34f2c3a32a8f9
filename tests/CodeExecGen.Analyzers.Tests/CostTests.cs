using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();
        if (withContracts)
        {
            references.Add(GeminiContracts.Assembly);
        }

        var compilation = CSharpCompilation.Create("Plain", [CSharpSyntaxTree.ParseText(Code)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        DiagnosticAnalyzer[] analyzers = [new GuardedMemberAnalyzer(), new DroppedResultAnalyzer()];
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzers),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();

        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            var registered = telemetry.OperationBlockActionsCount + telemetry.OperationActionsCount + telemetry.SymbolActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationBlockStartActionsCount;
            if (withContracts)
            {
                Assert.True(registered > 0, analyzer.GetType().Name + " should work once the attribute exists");
            }
            else
            {
                Assert.Equal(0, registered);
            }
        }
    }
}
