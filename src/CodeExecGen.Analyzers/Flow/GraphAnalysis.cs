using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// A forward dataflow over one <see cref="ControlFlowGraph"/>: guard states flow along branches,
/// conditions narrow them on each outgoing edge, joins take the union. A fixpoint first, then one pass
/// that judges each guarded read (when reporting).
/// </summary>
internal sealed class GraphAnalysis
{
    private const int MaxPasses = 50;

    private readonly ControlFlowGraph _graph;
    private readonly FlowContext _context;
    private readonly Dictionary<CaptureId, IOperation> _captures = new();
    private readonly GuardState?[] _in;
    private readonly GuardState?[] _fallThrough;
    private readonly GuardState?[] _conditional;
    private readonly Dictionary<IMethodSymbol, GuardState?> _localFunctionCalls = new(SymbolEqualityComparer.Default);
    private bool _reporting;

    public GraphAnalysis(ControlFlowGraph graph, FlowContext context)
    {
        _graph = graph;
        _context = context;
        _in = new GuardState?[graph.Blocks.Length];
        _fallThrough = new GuardState?[graph.Blocks.Length];
        _conditional = new GuardState?[graph.Blocks.Length];
        CollectCaptures();
    }

    /// <summary>State at normal exit.</summary>
    public GuardState? Exit { get; private set; }

    /// <summary>For bool-returning graphs: joined states where the returned value is true, and false.</summary>
    public GuardState? ReturnsTrue { get; private set; }

    public GuardState? ReturnsFalse { get; private set; }

    public void Run(GuardState initial, bool report)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var changed = false;
            foreach (var block in _graph.Blocks)
            {
                changed |= Visit(block, initial);
            }

            if (!changed)
            {
                break;
            }
        }

        Exit = _in[_graph.Blocks.Length - 1];
        if (!report)
        {
            CollectReturns();
            return;
        }

        _reporting = true;
        foreach (var block in _graph.Blocks)
        {
            Visit(block, initial);
        }

        CollectReturns();
        foreach (var localFunction in _graph.LocalFunctions)
        {
            var start = _localFunctionCalls.TryGetValue(localFunction, out var calls) ? calls ?? GuardState.Empty : GuardState.Empty;
            new GraphAnalysis(_graph.GetLocalFunctionControlFlowGraph(localFunction, _context.CancellationToken), _context).Run(start, report: true);
        }
    }

    private bool Visit(BasicBlock block, GuardState initial)
    {
        _context.Step();
        var state = block.Kind == BasicBlockKind.Entry ? initial : IncomingState(block);
        var changed = !Same(_in[block.Ordinal], state);
        _in[block.Ordinal] = state;
        if (state is null)
        {
            return changed;
        }

        foreach (var operation in block.Operations)
        {
            state = Walk(operation, state);
        }

        GuardState? fallThrough = state;
        GuardState? conditional = null;
        if (block.BranchValue is { } branch)
        {
            state = Walk(branch, state);
            fallThrough = state;
            if (block.ConditionalSuccessor is not null)
            {
                var (whenTrue, whenFalse) = Narrowing.Narrow(branch, state, this);
                conditional = block.ConditionKind == ControlFlowConditionKind.WhenTrue ? whenTrue : whenFalse;
                fallThrough = block.ConditionKind == ControlFlowConditionKind.WhenTrue ? whenFalse : whenTrue;
            }
        }

        changed |= !Same(_fallThrough[block.Ordinal], fallThrough) || !Same(_conditional[block.Ordinal], conditional);
        _fallThrough[block.Ordinal] = fallThrough;
        _conditional[block.Ordinal] = conditional;
        return changed;
    }

    private GuardState? IncomingState(BasicBlock block)
    {
        GuardState? state = null;
        foreach (var branch in block.Predecessors)
        {
            var source = branch.Source.Ordinal;
            state = GuardState.Join(state, branch.IsConditionalSuccessor ? _conditional[source] : _fallThrough[source]);
        }

        // A catch, filter or finally is entered from anywhere in its try: every state there may flow in.
        if (block.Predecessors.IsEmpty && HandlerTryRegion(block) is { } tryRegion)
        {
            for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
            {
                state = GuardState.Join(state, GuardState.Join(_in[ordinal], GuardState.Join(_fallThrough[ordinal], _conditional[ordinal])));
            }
        }

        return state;
    }

    private static ControlFlowRegion? HandlerTryRegion(BasicBlock block)
    {
        var region = block.EnclosingRegion;
        while (region is not null && region.FirstBlockOrdinal == block.Ordinal && region.Kind is not (ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.Finally))
        {
            region = region.EnclosingRegion;
        }

        if (region is null || region.FirstBlockOrdinal != block.Ordinal || region.Kind is not (ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.Finally))
        {
            return null;
        }

        var parent = region.EnclosingRegion;
        if (parent?.Kind == ControlFlowRegionKind.FilterAndHandler)
        {
            parent = parent.EnclosingRegion;
        }

        return parent?.NestedRegions.FirstOrDefault(r => r.Kind == ControlFlowRegionKind.Try);
    }

    private void CollectReturns()
    {
        ReturnsTrue = null;
        ReturnsFalse = null;
        foreach (var block in _graph.Blocks)
        {
            if (block.FallThroughSuccessor is { Semantics: ControlFlowBranchSemantics.Return } && block.BranchValue is { } value && _in[block.Ordinal] is { } state)
            {
                var before = state;
                foreach (var operation in block.Operations)
                {
                    before = Walk(operation, before, quiet: true);
                }

                var (whenTrue, whenFalse) = Narrowing.Narrow(value, before, this);
                ReturnsTrue = GuardState.Join(ReturnsTrue, whenTrue);
                ReturnsFalse = GuardState.Join(ReturnsFalse, whenFalse);
            }
        }
    }

    public FlowContext Context => _context;

    public string? PathOf(IOperation? operation) => AccessPaths.Of(operation, _captures);

    /// <summary>The guard an operation reads (<c>r.Outcome</c>), with its state key.</summary>
    public (string Key, GuardInfo Guard)? GuardOf(IOperation? operation)
    {
        operation = Narrowing.Strip(operation);
        if (operation is IFlowCaptureReferenceOperation capture && _captures.TryGetValue(capture.Id, out var captured))
        {
            return GuardOf(captured);
        }

        var (member, instance) = operation switch
        {
            IPropertyReferenceOperation { Arguments.Length: 0 } property => ((ISymbol?)property.Property, property.Instance),
            IFieldReferenceOperation field => (field.Field, field.Instance),
            _ => (null, null),
        };
        if (member is null)
        {
            return null;
        }

        foreach (var guard in _context.Catalog.GuardsOf(member.ContainingType))
        {
            if (SymbolEqualityComparer.Default.Equals(guard.Guard.OriginalDefinition, member.OriginalDefinition) && PathOf(instance) is { } receiver)
            {
                return (receiver + "." + member.Name, guard);
            }
        }

        return null;
    }

    private GuardState Walk(IOperation operation, GuardState state, bool quiet = false)
        => new OperationWalker(this, quiet || !_reporting).Walk(operation, state);

    internal void RecordLocalFunctionCall(IMethodSymbol localFunction, GuardState state)
        => _localFunctionCalls[localFunction] = GuardState.Join(_localFunctionCalls.TryGetValue(localFunction, out var existing) ? existing : null, state);

    internal ControlFlowGraph Graph => _graph;

    private static bool Same(GuardState? left, GuardState? right) => left is null ? right is null : left.SameAs(right);

    private void CollectCaptures()
    {
        foreach (var block in _graph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                foreach (var capture in operation.DescendantsAndSelf().OfType<IFlowCaptureOperation>())
                {
                    // A capture assigned on several paths (a?.b and its null path) keeps the value that names something.
                    if (!_captures.TryGetValue(capture.Id, out var existing) || AccessPaths.Of(existing, _captures) is null)
                    {
                        _captures[capture.Id] = capture.Value;
                    }
                }
            }
        }
    }
}
