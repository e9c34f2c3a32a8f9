using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// What calling a method does to the guards of its arguments. A method of this compilation is
/// summarised from its own graph (<c>RequireOk(r)</c> throws unless Ok; <c>bool IsGood(r)</c> returns
/// whether it is). A method without a visible body that takes the guarded type itself is trusted to
/// check it, unless the strict option is set.
/// </summary>
internal static class Summaries
{
    public static IEnumerable<(string Path, ParameterSummary Summary)> ForArguments(IInvocationOperation invocation, GraphAnalysis analysis)
    {
        var method = invocation.TargetMethod;
        var summary = Get(method, analysis);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || analysis.PathOf(argument.Value) is not { } path)
            {
                continue;
            }

            if (summary is not null)
            {
                if (summary.Parameters.TryGetValue(parameter.Ordinal, out var parameterSummaries))
                {
                    foreach (var parameterSummary in parameterSummaries)
                    {
                        yield return (path, parameterSummary);
                    }
                }
            }
            else if (IsOpaque(method, analysis) && analysis.Context.TrustOpaqueMethods)
            {
                foreach (var guard in analysis.Context.Catalog.GuardsOf(parameter.OriginalDefinition.Type))
                {
                    yield return (path, new ParameterSummary(guard, guard.SuccessMask, guard.SuccessMask, guard.AllMask));
                }
            }
        }
    }

    private static bool IsOpaque(IMethodSymbol method, GraphAnalysis analysis)
        => method.IsAbstract || method.IsExtern || method.ContainingType?.TypeKind == TypeKind.Interface
           || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, analysis.Context.Compilation.Assembly)
           || method.DeclaringSyntaxReferences.IsEmpty;

    private static MethodSummary? Get(IMethodSymbol method, GraphAnalysis analysis)
    {
        method = method.OriginalDefinition;
        var context = analysis.Context;
        if (IsOpaque(method, analysis) || context.InProgress.Contains(method))
        {
            return null;
        }

        if (method.MethodKind != MethodKind.LocalFunction && context.Summaries.TryGetValue(method, out var cached))
        {
            return cached;
        }

        var summary = Compute(method, analysis);
        if (method.MethodKind != MethodKind.LocalFunction)
        {
            context.Summaries.TryAdd(method, summary);
        }

        return summary;
    }

    private static MethodSummary? Compute(IMethodSymbol method, GraphAnalysis caller)
    {
        var context = caller.Context;
        var parameters = method.Parameters.Where(p => !context.Catalog.GuardsOf(p.Type).IsEmpty).ToList();
        if (parameters.Count == 0)
        {
            return new MethodSummary(ImmutableDictionary<int, ImmutableArray<ParameterSummary>>.Empty);
        }

        var graph = GraphOf(method, caller);
        if (graph is null)
        {
            return null;
        }

        var analysis = new GraphAnalysis(graph, context);
        var saved = context.InProgress;
        context.InProgress = saved.Add(method);
        try
        {
            analysis.Run(GuardState.Empty, report: false);
        }
        finally
        {
            context.InProgress = saved;
        }

        var result = ImmutableDictionary.CreateBuilder<int, ImmutableArray<ParameterSummary>>();
        foreach (var parameter in parameters)
        {
            var items = ImmutableArray.CreateBuilder<ParameterSummary>();
            foreach (var guard in context.Catalog.GuardsOf(parameter.Type))
            {
                var key = AccessPaths.Parameter(parameter) + "." + guard.Guard.Name;
                var onExit = analysis.Exit?.Get(key, guard.AllMask) ?? guard.AllMask;
                var isBool = method.ReturnType.SpecialType == SpecialType.System_Boolean;
                var whenTrue = !isBool ? onExit : analysis.ReturnsTrue?.Get(key, guard.AllMask) ?? 0;
                var whenFalse = !isBool ? onExit : analysis.ReturnsFalse?.Get(key, guard.AllMask) ?? 0;
                if (onExit != guard.AllMask || whenTrue != guard.AllMask || whenFalse != guard.AllMask)
                {
                    items.Add(new ParameterSummary(guard, onExit, whenTrue, whenFalse));
                }
            }

            if (items.Count > 0)
            {
                result[parameter.Ordinal] = items.ToImmutable();
            }
        }

        return new MethodSummary(result.ToImmutable());
    }

    private static ControlFlowGraph? GraphOf(IMethodSymbol method, GraphAnalysis caller)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            for (var graph = caller.Graph; graph is not null; graph = graph.Parent)
            {
                if (graph.LocalFunctions.Contains(method, SymbolEqualityComparer.Default))
                {
                    return graph.GetLocalFunctionControlFlowGraph(method, caller.Context.CancellationToken);
                }
            }

            return null;
        }

        var reference = method.DeclaringSyntaxReferences[0];
        var compilation = caller.Context.Compilation;
        if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
        {
            return null;
        }

        // Summarising a callee needs its semantic model; the analyzer caches each summary once.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
        var model = compilation.GetSemanticModel(reference.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(reference.GetSyntax(caller.Context.CancellationToken), caller.Context.CancellationToken) switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body, caller.Context.CancellationToken),
            IBlockOperation block when block.Parent is null => ControlFlowGraph.Create(block, caller.Context.CancellationToken),
            _ => null,
        };
    }
}
