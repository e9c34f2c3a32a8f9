using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>Shared by every graph analysed for one operation block: options, caches, the budget, the reporter.</summary>
internal sealed class FlowContext
{
    /// <summary>Block transfers allowed for one method, lambdas and callees included; past it the method is skipped silently.</summary>
    public const int Budget = 20_000;

    private int _steps;

    public FlowContext(Compilation compilation, GuardCatalog catalog, ConcurrentDictionary<IMethodSymbol, MethodSummary?> summaries, bool trustOpaqueMethods, Action<Diagnostic>? report, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        Catalog = catalog;
        Summaries = summaries;
        TrustOpaqueMethods = trustOpaqueMethods;
        Report = report;
        CancellationToken = cancellationToken;
    }

    public Compilation Compilation { get; }

    public GuardCatalog Catalog { get; }

    public ConcurrentDictionary<IMethodSymbol, MethodSummary?> Summaries { get; }

    public bool TrustOpaqueMethods { get; }

    public Action<Diagnostic>? Report { get; }

    public CancellationToken CancellationToken { get; }

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
}

/// <summary>Thrown to abandon a method that takes too long to analyse; caught by the analyzer, never escapes.</summary>
internal sealed class BudgetExceededException : Exception
{
}

/// <summary>
/// What a method of the same compilation guarantees about a parameter's guard: the values left when
/// it returns normally, and, for a bool method, when it returns true and when it returns false.
/// </summary>
internal sealed record ParameterSummary(GuardInfo Guard, ulong OnExit, ulong WhenTrue, ulong WhenFalse);

internal sealed record MethodSummary(ImmutableDictionary<int, ImmutableArray<ParameterSummary>> Parameters);
