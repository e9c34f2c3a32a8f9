using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using CodeExecGen.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers;

/// <summary>
/// CEG1001 and CEG1002: a [GuardedBy] member (CodeExecutionResult.Output) read where its guard
/// (Outcome) was not checked for the same instance, or was checked in a way that also admits values
/// that do not mean success. Flow-sensitive, on Roslyn's ControlFlowGraph with a small dataflow of its own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GuardedMemberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// <c>codeexecgen_opaque_methods = strict</c> in .editorconfig: passing the instance to a method
    /// without a visible body no longer counts as a check.
    /// </summary>
    public const string OpaqueMethodsOption = "codeexecgen_opaque_methods";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.UncheckedGuardedRead, Descriptors.PartialGuardCheck);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Nothing to do, and nothing registered, unless some assembly defines the attribute.
            if (!GuardCatalog.IsPresent(start.Compilation))
            {
                return;
            }

            var catalog = new GuardCatalog();
            var summaries = new ConcurrentDictionary<IMethodSymbol, MethodSummary?>(SymbolEqualityComparer.Default);
            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, catalog, summaries));
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, GuardCatalog catalog, ConcurrentDictionary<IMethodSymbol, MethodSummary?> summaries)
    {
        // Build a flow graph only for blocks that read a guarded member.
        foreach (var root in context.OperationBlocks)
        {
            if (!root.DescendantsAndSelf().Any(o => ReadsGuardedMember(o, catalog)))
            {
                continue;
            }

            // The graph is built from the outermost block (the method body), which the context caches.
            var graphRoot = context.OperationBlocks.FirstOrDefault(b => b.Parent is null && b.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block or OperationKind.AnonymousFunction)
                ?? root;
            ControlFlowGraph graph;
            try
            {
                graph = context.GetControlFlowGraph(graphRoot);
            }
            catch (System.ArgumentException)
            {
                continue; // Not a root a graph can be built for (an attribute argument, say).
            }

            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(root.Syntax.SyntaxTree);
            var strict = options.TryGetValue(OpaqueMethodsOption, out var value) && string.Equals(value?.Trim(), "strict", System.StringComparison.OrdinalIgnoreCase);
            var flow = new FlowContext(context.Compilation, catalog, summaries, trustOpaqueMethods: !strict, graph.OriginalOperation, context.CancellationToken);
            try
            {
                new GraphAnalysis(graph, flow).Run(GuardState.Empty, report: true);
            }
            catch (BudgetExceededException)
            {
                // Past the budget the method reports nothing at all: a partial answer would depend on
                // where the budget ran out, and a silent method is better than a slower build.
                return;
            }

            foreach (var diagnostic in flow.Distinct())
            {
                context.ReportDiagnostic(diagnostic);
            }

            return;
        }
    }

    private static bool ReadsGuardedMember(IOperation operation, GuardCatalog catalog) => operation switch
    {
        IPropertyReferenceOperation property => catalog.GetGuard(property.Property) is not null,
        IFieldReferenceOperation field => catalog.GetGuard(field.Field) is not null,
        _ => false,
    };
}
