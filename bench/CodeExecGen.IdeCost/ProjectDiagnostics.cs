using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeExecGen.IdeCost;

/// <summary>
/// Every document's diagnostics, as a language server computes them for a whole project: the compiler's for
/// each document (the project's own and what its generators add) from its semantic model, then every analyzer
/// the project references (the package's and the SDK's) over the whole compilation, with the project's options.
/// </summary>
internal sealed record ProjectDiagnostics(int Documents, int GeneratedDocuments, int Analyzers, int CompilerDiagnostics, int AnalyzerDiagnostics, ImmutableArray<Diagnostic> Errors)
{
    public static async Task<ProjectDiagnostics> ComputeAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync().ConfigureAwait(false)
            ?? throw new System.InvalidOperationException($"{project.Name} has no compilation.");
        var generated = await project.GetSourceGeneratedDocumentsAsync().ConfigureAwait(false);
        var compilerDiagnostics = new List<Diagnostic>();
        foreach (var document in project.Documents.Concat<Document>(generated))
        {
            var model = await document.GetSemanticModelAsync().ConfigureAwait(false);
            compilerDiagnostics.AddRange(model!.GetDiagnostics());
        }

        var analyzers = project.AnalyzerReferences.SelectMany(reference => reference.GetAnalyzers(project.Language)).ToImmutableArray();
        var analyzerDiagnostics = analyzers.IsEmpty
            ? ImmutableArray<Diagnostic>.Empty
            : await compilation
                .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync()
                .ConfigureAwait(false);

        return new ProjectDiagnostics(
            project.Documents.Count(),
            generated.Count(),
            analyzers.Length,
            compilerDiagnostics.Count,
            analyzerDiagnostics.Length,
            compilerDiagnostics.Concat(analyzerDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray());
    }
}
