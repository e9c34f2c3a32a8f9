using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// Shared by every graph analysed for one operation block: options, caches, the budget, and the
/// diagnostics found so far, which the analyzer reports only if the whole method fit in the budget.
/// </summary>
internal sealed class FlowContext
{
    /// <summary>Block transfers allowed for one method, lambdas and callees included; past it the method reports nothing.</summary>
    public const int Budget = 20_000;

    private readonly IOperation? _root;
    private Dictionary<(SyntaxNode, OperationKind), IOperation>? _originals;
    private int _steps;

    public FlowContext(Compilation compilation, GuardCatalog catalog, ConcurrentDictionary<IMethodSymbol, MethodSummary?> summaries, bool trustOpaqueMethods, IOperation? root, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        Catalog = catalog;
        Summaries = summaries;
        TrustOpaqueMethods = trustOpaqueMethods;
        _root = root;
        CancellationToken = cancellationToken;
    }

    public Compilation Compilation { get; }

    public GuardCatalog Catalog { get; }

    public ConcurrentDictionary<IMethodSymbol, MethodSummary?> Summaries { get; }

    public bool TrustOpaqueMethods { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// The values (access paths) whose outcome the method consults in a way that tells success apart, and
    /// whose output it uses: a use the check does not reach is CEG1004.
    /// </summary>
    public IReadOnlyCollection<string> Consulted { get; init; } = System.Array.Empty<string>();

    /// <summary>
    /// The values whose outcome the method consults only in ways that cannot tell success apart: a use
    /// where success and failure are both still possible is CEG1002 (after <c>== Failed</c>, stderr is fine).
    /// </summary>
    public IReadOnlyCollection<string> Lossy { get; init; } = System.Array.Empty<string>();

    /// <summary>What the method would report; kept back until the analysis finishes within the budget.</summary>
    public List<Diagnostic> Found { get; } = new();

    /// <summary>Methods whose summary is being computed, to cut recursion.</summary>
    public ImmutableHashSet<IMethodSymbol> InProgress { get; set; } = ImmutableHashSet.Create<IMethodSymbol>(SymbolEqualityComparer.Default);

    /// <summary>Counts one block transfer; throws <see cref="BudgetExceededException"/> past the budget.</summary>
    public void Step()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (++_steps > Budget)
        {
            throw new BudgetExceededException();
        }
    }

    /// <summary>
    /// The operation of the method's own tree that a flow-graph operation was lowered from: the graph
    /// rewrites <c>??</c>, <c>?:</c> and initializers, but what surrounds a read (the object it is put
    /// into, the test it is part of) is only visible in the original tree.
    /// </summary>
    public IOperation? OriginalOf(IOperation? operation)
    {
        if (operation is null || _root is null)
        {
            return null;
        }

        if (_originals is null)
        {
            _originals = new Dictionary<(SyntaxNode, OperationKind), IOperation>();
            foreach (var original in _root.DescendantsAndSelf())
            {
                var key = (original.Syntax, original.Kind);
                if (!_originals.ContainsKey(key))
                {
                    _originals[key] = original;
                }
            }
        }

        return _originals.TryGetValue((operation.Syntax, operation.Kind), out var found) ? found : null;
    }

    /// <summary>The diagnostics to report, each once, in source order.</summary>
    public IEnumerable<Diagnostic> Distinct()
        => Found.GroupBy(d => (d.Id, d.Location.SourceSpan)).Select(g => g.First()).OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal);
}

/// <summary>Thrown to abandon a method that takes too long to analyse; caught by the analyzer, never escapes.</summary>
internal sealed class BudgetExceededException : Exception
{
}

/// <summary>
/// What a method of the same compilation guarantees about the guards below one of its parameters (or
/// <c>this</c>), as the suffix of the guard's path (<c>.Outcome</c>, <c>.Result.Outcome</c>): the values
/// left when it returns normally, and, for a bool method or property, when it returns true and false.
/// A mask of <see cref="ulong.MaxValue"/> says nothing.
/// </summary>
internal sealed record ParameterSummary(string Suffix, ulong OnExit, ulong WhenTrue, ulong WhenFalse);

/// <summary>Per parameter ordinal (<see cref="MethodSummary.This"/> for the receiver), what the method guarantees.</summary>
internal sealed record MethodSummary(ImmutableDictionary<int, ImmutableArray<ParameterSummary>> Parameters)
{
    public const int This = -1;
}
