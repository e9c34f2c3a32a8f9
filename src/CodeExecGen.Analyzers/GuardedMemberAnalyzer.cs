using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Collections.Generic;
using CodeExecGen.Analyzers.Consultation;
using CodeExecGen.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers;

/// <summary>
/// CEG1001, CEG1002 and CEG1004 on a [GuardedBy] member (CodeExecutionResult.Output). One walk per method
/// decides the first two: the output is used and the method never consults that value's outcome
/// (CEG1001), or consults it only in ways that cannot tell success apart (CEG1002). Only where the outcome
/// is consulted and the output used does the flow analysis (Roslyn's ControlFlowGraph with a small
/// dataflow of its own) ask whether the check reaches each use (CEG1004, a suggestion).
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
        ImmutableArray.Create(Descriptors.UncheckedGuardedRead, Descriptors.PartialGuardCheck, Descriptors.UncoveredGuardedRead);

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is skipped here, by the flag the driver hands each block, rather than by the driver
        // filtering what is reported: that filter scans a whole tree for generated-code attributes on the
        // first diagnostic in it, a quarter of this analyzer's time on the cost benchmark.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
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
            var trusting = new ConsultationContext(start.Compilation, catalog, trustOpaqueMethods: true, start.CancellationToken);
            var strict = new ConsultationContext(start.Compilation, catalog, trustOpaqueMethods: false, start.CancellationToken);
            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, catalog, summaries, trusting, strict));
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, GuardCatalog catalog, ConcurrentDictionary<IMethodSymbol, MethodSummary?> summaries, ConsultationContext trusting, ConsultationContext strictContext)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        foreach (var root in context.OperationBlocks)
        {
            if (!root.DescendantsAndSelf().Any(o => ReadsGuardedMember(o, catalog)))
            {
                continue;
            }

            // The whole method (its lambdas and local functions too) is one scope for consultations.
            var graphRoot = context.OperationBlocks.FirstOrDefault(b => b.Parent is null && b.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block or OperationKind.AnonymousFunction)
                ?? root;
            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(root.Syntax.SyntaxTree);
            var strict = options.TryGetValue(OpaqueMethodsOption, out var value) && string.Equals(value?.Trim(), "strict", System.StringComparison.OrdinalIgnoreCase);
            var consultations = strict ? strictContext : trusting;
            var scan = new MethodScan(graphRoot, consultations, depth: 0);

            var settled = new List<Diagnostic>();
            var settledSpans = new HashSet<Microsoft.CodeAnalysis.Text.TextSpan>();
            var consulted = new HashSet<string>(System.StringComparer.Ordinal);
            var lossy = new HashSet<string>(System.StringComparer.Ordinal);
            var unconsulted = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var operation in scan.Operations)
            {
                if (catalog.GuardedReadBy(operation) is not { } guard)
                {
                    continue;
                }

                var (verdict, usedAt) = scan.Judge(operation, guard);
                var receiver = ReceiverPath(operation);
                // Under a test of the same value the answer is plain without the flow: only successes (or only
                // failures) left is fine, both left is CEG1002 after a lossy test and CEG1004 after a complete one.
                // (Only for a value used where it is read: one kept in a local may be used again elsewhere.)
                if (verdict is ReadVerdict.Consulted or ReadVerdict.Lossy && usedAt == operation && Outcomes.EnclosingTest(operation, GuardCatalog.MemberRead(operation).Instance, guard, scan) is { } left)
                {
                    settledSpans.Add(operation.Syntax.Span);
                    if ((left & guard.SuccessMask) != 0 && (left & ~guard.SuccessMask & guard.AllMask) != 0)
                    {
                        settled.Add(UseJudge.Create(verdict == ReadVerdict.Lossy ? Descriptors.PartialGuardCheck : Descriptors.UncoveredGuardedRead, operation, guard, ReceiverText(operation), left & ~guard.SuccessMask & guard.AllMask));
                    }

                    continue;
                }

                if (verdict == ReadVerdict.Consulted && usedAt == operation && Outcomes.CarriedWithItsOutcome(operation, GuardCatalog.MemberRead(operation).Instance, guard, scan))
                {
                    settledSpans.Add(operation.Syntax.Span);
                    continue;
                }

                if (receiver is not null && verdict != ReadVerdict.NotAUse)
                {
                    (verdict switch { ReadVerdict.Consulted => consulted, ReadVerdict.Lossy => lossy, _ => unconsulted }).Add(receiver);
                }

                if (verdict == ReadVerdict.Unconsulted || verdict == ReadVerdict.Lossy && receiver is null)
                {
                    context.ReportDiagnostic(UseJudge.Create(verdict == ReadVerdict.Unconsulted ? Descriptors.UncheckedGuardedRead : Descriptors.PartialGuardCheck, usedAt ?? operation, guard, ReceiverText(operation), guard.AllMask & ~guard.SuccessMask));
                }
            }

            // A name read both as one value and another (a reassigned local) is left to the rule that warns.
            consulted.ExceptWith(unconsulted);
            consulted.ExceptWith(lossy);
            lossy.ExceptWith(unconsulted);
            // The budget decides all or nothing for what the flow speaks of: past it, no CEG1002 and no CEG1004 at all.
            if ((consulted.Count == 0 && lossy.Count == 0) || ReportFromFlow(context, graphRoot, catalog, summaries, !strict, consulted, lossy, settledSpans))
            {
                foreach (var diagnostic in settled)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }

            return;
        }
    }

    /// <summary>
    /// The flow analysis, for the values whose outcome the method consults: CEG1004 where a complete check
    /// does not reach a use, CEG1002 where a lossy one leaves success and failure both possible.
    /// </summary>
    private static bool ReportFromFlow(OperationBlockAnalysisContext context, IOperation graphRoot, GuardCatalog catalog, ConcurrentDictionary<IMethodSymbol, MethodSummary?> summaries, bool trustOpaqueMethods, HashSet<string> consulted, HashSet<string> lossy, HashSet<Microsoft.CodeAnalysis.Text.TextSpan> settled)
    {
        ControlFlowGraph graph;
        try
        {
            graph = context.GetControlFlowGraph(graphRoot);
        }
        catch (System.ArgumentException)
        {
            return true; // Not a root a graph can be built for (an attribute argument, say).
        }

        var flow = new FlowContext(context.Compilation, catalog, summaries, trustOpaqueMethods, graph.OriginalOperation, context.CancellationToken) { Consulted = consulted, Lossy = lossy };
        try
        {
            new GraphAnalysis(graph, flow).Run(GuardState.Empty, report: true);
        }
        catch (BudgetExceededException)
        {
            // Past the budget the method reports nothing at all: a partial answer would depend on
            // where the budget ran out, and a silent method is better than a slower build.
            return false;
        }

        foreach (var diagnostic in flow.Distinct())
        {
            if (!settled.Contains(diagnostic.Location.SourceSpan))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        return true;
    }

    /// <summary>The access path of the instance a guarded member is read on, as the flow analysis names it.</summary>
    private static string? ReceiverPath(IOperation read)
    {
        var instance = GuardCatalog.MemberRead(read).Instance;
        return instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } ? PatternInputPath(read) : AccessPaths.Of(instance, AccessPaths.NoCaptures);
    }

    /// <summary><c>r is { A: { Output: "" } }</c>: the path of <c>r.A</c>, what the pattern around the member reads it on.</summary>
    private static string? PatternInputPath(IOperation member)
    {
        var suffix = string.Empty;
        for (var current = member.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IPropertySubpatternOperation subpattern when subpattern.Member != member && subpattern.Member is IMemberReferenceOperation outer:
                    suffix = "." + outer.Member.Name + suffix;
                    break;
                case IIsPatternOperation isPattern:
                    return AccessPaths.Of(isPattern.Value, AccessPaths.NoCaptures) is { } path ? path + suffix : null;
                case ISwitchExpressionOperation switchExpression:
                    return AccessPaths.Of(switchExpression.Value, AccessPaths.NoCaptures) is { } value ? value + suffix : null;
                case ISwitchOperation switchStatement:
                    return AccessPaths.Of(switchStatement.Value, AccessPaths.NoCaptures) is { } switched ? switched + suffix : null;
            }
        }

        return null;
    }

    private static string ReceiverText(IOperation operation)
        => operation.Syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access => access.Expression.ToString(),
            Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding when binding.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax conditional => conditional.Expression.ToString(),
            _ => string.Empty,
        };

    private static bool ReadsGuardedMember(IOperation operation, GuardCatalog catalog) => catalog.GuardedReadBy(operation) is not null;
}
