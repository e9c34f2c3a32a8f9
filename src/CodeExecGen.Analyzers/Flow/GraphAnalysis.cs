using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>A read of a guard (<c>r.Outcome</c>) with its state key; <see cref="Fallback"/> is what null becomes (<c>r.Outcome ?? Ok</c>).</summary>
internal readonly record struct GuardRef(string Key, GuardInfo Guard, ulong Fallback)
{
    /// <summary>The guard's values for which the value read (after the fallback) is in <paramref name="matched"/>.</summary>
    public ulong Admitting(ulong matched) => (matched & Fallback) != 0 ? matched | GuardInfo.UnknownBit : matched;
}

/// <summary>A read of a [GuardedBy] member, with the key of its guard on the same instance (null when the instance has no path).</summary>
internal readonly record struct GuardedRead(string? Key, GuardInfo Guard, string ReceiverText)
{
    /// <summary>The value read, to be judged where it is used; it keeps what was known where it was read.</summary>
    public GuardedValue Held(GuardState state, IOperation? origin)
        => new(Key ?? GuardedValue.Detached, Guard, ReceiverText, Key is null ? Guard.AllMask : state.Get(Key, Guard.AllMask), origin);
}

/// <summary>
/// A forward dataflow over one <see cref="ControlFlowGraph"/>: guard states flow along branches,
/// conditions narrow them on each outgoing edge, joins take the union. A worklist runs to the fixpoint
/// (the budget bounds it); then one pass judges each guarded read (when reporting).
/// </summary>
internal sealed class GraphAnalysis
{
    private readonly ControlFlowGraph _graph;
    private readonly FlowContext _context;
    private readonly Dictionary<CaptureId, IOperation> _captures = new();
    private readonly Dictionary<CaptureId, List<IOperation>> _captureValues = new();
    private readonly Dictionary<ILocalSymbol, IOperation> _refLocals = new(SymbolEqualityComparer.Default);
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

    public FlowContext Context => _context;

    internal ControlFlowGraph Graph => _graph;

    public void Run(GuardState initial, bool report)
    {
        // Worklist in block order: a block is visited again only when a predecessor's output changed.
        var pending = new SortedSet<int>(Enumerable.Range(0, _graph.Blocks.Length));
        while (pending.Count > 0)
        {
            var ordinal = pending.Min;
            pending.Remove(ordinal);
            var block = _graph.Blocks[ordinal];
            if (Visit(block, initial))
            {
                foreach (var successor in Successors(block))
                {
                    pending.Add(successor);
                }
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

    private IEnumerable<int> Successors(BasicBlock block)
    {
        if (block.FallThroughSuccessor?.Destination is { } next)
        {
            yield return next.Ordinal;
        }

        if (block.ConditionalSuccessor?.Destination is { } branch)
        {
            yield return branch.Ordinal;
        }

        // Handlers are entered from anywhere in their try (see IncomingState). Only this graph's regions: a
        // lambda's graph sits in the regions of the method around it, whose blocks are not its own.
        var region = block.EnclosingRegion;
        while (region is not null && region != _graph.Root.EnclosingRegion)
        {
            if (region.Kind == ControlFlowRegionKind.Try && region.EnclosingRegion is { } tryAndHandlers)
            {
                foreach (var handler in tryAndHandlers.NestedRegions)
                {
                    if (handler != region)
                    {
                        yield return handler.FirstBlockOrdinal;
                    }
                }
            }

            region = region.EnclosingRegion;
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

    public string? PathOf(IOperation? operation) => AccessPaths.Of(operation, _captures, _refLocals);

    /// <summary>The key under which the state tracks what a flow capture holds.</summary>
    public static string CaptureKey(CaptureId id) => "#capture:" + id.GetHashCode().ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The guard an operation reads: <c>r.Outcome</c>, <c>r.Outcome ?? Ok</c>, <c>r.Outcome.GetValueOrDefault()</c>,
    /// or a local that holds one (<c>var outcome = r.Outcome;</c>).
    /// </summary>
    public GuardRef? GuardOf(IOperation? operation, GuardState? state = null, int depth = 0)
    {
        operation = Narrowing.Strip(operation);
        if (operation is null || depth > 16)
        {
            return null;
        }

        switch (operation)
        {
            case IFlowCaptureReferenceOperation capture when _captureValues.TryGetValue(capture.Id, out var values):
                return CapturedGuard(values, state, depth);
            case ILocalReferenceOperation local when state?.ValueOf(PathOf(local)) is GuardCopy copy:
                return copy.Guard;
            case ICoalesceOperation coalesce when GuardOf(coalesce.Value, state, depth + 1) is { } inner && Narrowing.Strip(coalesce.WhenNull)!.ConstantValue is { HasValue: true } fallback:
                return inner with { Fallback = inner.Fallback | inner.Guard.BitOf(fallback.Value) };
            case IInvocationOperation { TargetMethod.Name: "GetValueOrDefault" or "ToString", Arguments.Length: 0, Instance: { } instance }:
                return GuardOf(instance, state, depth + 1);
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance } when instance.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T:
                return GuardOf(instance, state, depth + 1);
        }

        var (member, receiver) = operation switch
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
            if (SymbolEqualityComparer.Default.Equals(guard.Guard.OriginalDefinition, member.OriginalDefinition) && PathOf(receiver) is { } path)
            {
                return new GuardRef(path + "." + member.Name, guard, 0);
            }
        }

        return null;
    }

    /// <summary>Every value a flow capture is assigned, on any path.</summary>
    public IReadOnlyList<IOperation>? CaptureValues(CaptureId id) => _captureValues.TryGetValue(id, out var values) ? values : null;

    public GuardedRead? GuardedRead(IOperation? operation)
    {
        var (member, instance) = operation switch
        {
            IPropertyReferenceOperation { Arguments.Length: 0 } property => ((ISymbol?)property.Property, property.Instance),
            IFieldReferenceOperation field => (field.Field, field.Instance),
            _ => (null, null),
        };
        if (member is null || _context.Catalog.GetGuard(member) is not { } guard)
        {
            return null;
        }

        var receiver = PathOf(instance);
        return new GuardedRead(receiver is null ? null : receiver + "." + guard.Guard.Name, guard, ReceiverText(operation!));
    }

    private static string ReceiverText(IOperation operation)
        => operation.Syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access => access.Expression.ToString(),
            Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding when binding.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax conditional => conditional.Expression.ToString(),
            _ => string.Empty,
        };

    /// <summary>A capture assigned a guard on one path and constants on the others: the lowered form of <c>r.Outcome ?? Ok</c>.</summary>
    private GuardRef? CapturedGuard(List<IOperation> values, GuardState? state, int depth)
    {
        GuardRef? found = null;
        var constants = new List<object?>();
        foreach (var value in values)
        {
            if (GuardOf(value, state, depth + 1) is { } guard && (found is null || found.Value.Key == guard.Key))
            {
                found = found is null ? guard : found.Value with { Fallback = found.Value.Fallback | guard.Fallback };
            }
            else if (Narrowing.Strip(value)!.ConstantValue is { HasValue: true } constant)
            {
                constants.Add(constant.Value);
            }
            else if (Narrowing.Strip(value) is IDefaultValueOperation)
            {
                constants.Add(null); // the null path of r?.Outcome
            }
            else
            {
                return null;
            }
        }

        if (found is not { } result)
        {
            return null;
        }

        foreach (var constant in constants)
        {
            result = result with { Fallback = result.Fallback | result.Guard.BitOf(constant) };
        }

        return result;
    }

    private GuardState Walk(IOperation operation, GuardState state, bool quiet = false)
        => new OperationWalker(this, quiet || !_reporting).Walk(operation, state);

    internal void RecordLocalFunctionCall(IMethodSymbol localFunction, GuardState state)
        => _localFunctionCalls[localFunction] = GuardState.Join(_localFunctionCalls.TryGetValue(localFunction, out var existing) ? existing : null, state);

    private static bool Same(GuardState? left, GuardState? right) => left is null ? right is null : left.SameAs(right);

    private void CollectCaptures()
    {
        var refAssignments = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
        foreach (var block in _graph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                foreach (var descendant in operation.DescendantsAndSelf())
                {
                    if (descendant is IFlowCaptureOperation capture)
                    {
                        if (!_captureValues.TryGetValue(capture.Id, out var list))
                        {
                            _captureValues[capture.Id] = list = new List<IOperation>();
                        }

                        list.Add(capture.Value);

                        // A capture assigned on several paths (a?.b and its null path) keeps the value that names something.
                        if (!_captures.TryGetValue(capture.Id, out var existing) || AccessPaths.Of(existing, _captures) is null)
                        {
                            _captures[capture.Id] = capture.Value;
                        }
                    }
                    else if (descendant is ISimpleAssignmentOperation { IsRef: true, Target: ILocalReferenceOperation { Local: { IsRef: true } local } } refAssignment)
                    {
                        refAssignments[local] = refAssignments.TryGetValue(local, out var count) ? count + 1 : 1;
                        _refLocals[local] = refAssignment.Value;
                    }
                }
            }
        }

        // A ref local rebound later (x = ref arr[1]) names only itself.
        foreach (var pair in refAssignments)
        {
            if (pair.Value > 1)
            {
                _refLocals.Remove(pair.Key);
            }
        }
    }
}
