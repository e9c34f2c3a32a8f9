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
    /// <summary>What a call guarantees about the guards below its arguments and its receiver, as full keys.</summary>
    public static IEnumerable<(string Key, ParameterSummary Summary)> ForArguments(IInvocationOperation invocation, GraphAnalysis analysis)
    {
        var method = invocation.TargetMethod;
        var summary = Get(method, analysis);
        if (summary is not null && invocation.Instance is { } instance && analysis.PathOf(instance) is { } receiver)
        {
            foreach (var fact in Facts(summary, MethodSummary.This, receiver))
            {
                yield return fact;
            }
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || analysis.PathOf(argument.Value) is not { } path)
            {
                continue;
            }

            if (summary is not null)
            {
                foreach (var fact in Facts(summary, parameter.Ordinal, path))
                {
                    yield return fact;
                }
            }
            else if (IsOpaque(method, analysis) && analysis.Context.TrustOpaqueMethods)
            {
                foreach (var guard in analysis.Context.Catalog.GuardsOf(parameter.OriginalDefinition.Type))
                {
                    yield return (path + "." + guard.Guard.Name, new ParameterSummary("." + guard.Guard.Name, guard.SuccessMask, guard.SuccessMask, ulong.MaxValue));
                }
            }
        }
    }

    /// <summary>What a property getter (<c>r.HasStdout</c>) guarantees about the guards below its receiver.</summary>
    public static IEnumerable<(string Key, ParameterSummary Summary)> ForReceiver(IMethodSymbol getter, string receiver, GraphAnalysis analysis)
        => Get(getter, analysis) is { } summary ? Facts(summary, MethodSummary.This, receiver) : Enumerable.Empty<(string, ParameterSummary)>();

    private static IEnumerable<(string Key, ParameterSummary Summary)> Facts(MethodSummary summary, int ordinal, string path)
        => summary.Parameters.TryGetValue(ordinal, out var facts) ? facts.Select(f => (path + f.Suffix, f)) : Enumerable.Empty<(string, ParameterSummary)>();

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
        var roots = new List<(int Ordinal, string Path)>();
        if (!method.IsStatic && method.MethodKind != MethodKind.LocalFunction && context.Catalog.Reaches(method.ContainingType))
        {
            roots.Add((MethodSummary.This, "this"));
        }

        foreach (var parameter in method.Parameters)
        {
            if (context.Catalog.Reaches(parameter.Type))
            {
                roots.Add((parameter.Ordinal, AccessPaths.Parameter(parameter)));
            }
        }

        if (roots.Count == 0)
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

        var isBool = method.ReturnType.SpecialType == SpecialType.System_Boolean;
        var result = ImmutableDictionary.CreateBuilder<int, ImmutableArray<ParameterSummary>>();
        foreach (var (ordinal, root) in roots)
        {
            var keys = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var state in new[] { analysis.Exit, analysis.ReturnsTrue, analysis.ReturnsFalse })
            {
                foreach (var key in state?.Guards.Keys ?? Enumerable.Empty<string>())
                {
                    if (GuardState.IsAtOrBelow(key, root) && key != root)
                    {
                        keys.Add(key);
                    }
                }
            }

            var items = ImmutableArray.CreateBuilder<ParameterSummary>();
            foreach (var key in keys)
            {
                var onExit = analysis.Exit?.Get(key, ulong.MaxValue) ?? ulong.MaxValue;
                var whenTrue = !isBool ? onExit : analysis.ReturnsTrue?.Get(key, ulong.MaxValue) ?? 0;
                var whenFalse = !isBool ? onExit : analysis.ReturnsFalse?.Get(key, ulong.MaxValue) ?? 0;
                items.Add(new ParameterSummary(key.Substring(root.Length), onExit, whenTrue, whenFalse));
            }

            if (items.Count > 0)
            {
                result[ordinal] = items.ToImmutable();
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
