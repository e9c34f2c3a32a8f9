using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// Walks one operation of a block in evaluation order: judges guarded reads (when reporting), and
/// applies what the operation does to the state: assignments forget or hand a tracked value on,
/// asserts and checking calls narrow, lambdas and local functions are analysed from the state where
/// they are created or called.
/// </summary>
internal sealed class OperationWalker
{
    private readonly GraphAnalysis _analysis;
    private readonly bool _quiet;
    private readonly UseJudge _judge;

    public OperationWalker(GraphAnalysis analysis, bool quiet)
    {
        _analysis = analysis;
        _quiet = quiet;
        _judge = new UseJudge(analysis, quiet);
    }

    public GuardState Walk(IOperation operation, GuardState state)
    {
        switch (operation)
        {
            case IFlowAnonymousFunctionOperation lambda:
                if (!_quiet)
                {
                    AnalyzeLambda(lambda, LambdaStart(lambda, state));
                }

                return state;

            case IFlowCaptureOperation capture:
                return Hold(GraphAnalysis.CaptureKey(capture.Id), capture.Value, state, isLocal: false);

            case IInvocationOperation invocation:
                if (invocation.Instance is { } instance)
                {
                    state = Walk(instance, state);
                }

                foreach (var argument in invocation.Arguments)
                {
                    state = Walk(argument.Value, state);
                }

                return AfterCall(invocation, state);

            case ISimpleAssignmentOperation { IsRef: false } assignment when LocalTarget(assignment.Target) is { } local:
                return Hold(local, assignment.Value, state, isLocal: true);

            case ISimpleAssignmentOperation assignment:
                state = Walk(assignment.Value, state);
                state = WalkTarget(assignment.Target, state);
                return Assign(assignment.Target, assignment.Value, state);

            case IDeconstructionAssignmentOperation deconstruction:
                return Deconstruct(deconstruction, state);

            case ICompoundAssignmentOperation or IIncrementOrDecrementOperation:
                foreach (var child in operation.ChildOperations)
                {
                    state = Walk(child, state);
                }

                var target = operation is ICompoundAssignmentOperation compound ? compound.Target : ((IIncrementOrDecrementOperation)operation).Target;
                return _analysis.PathOf(target) is { } killed ? state.Kill(killed) : state;

            case IIsPatternOperation isPattern:
                state = Walk(isPattern.Value, state);
                _judge.Subpatterns(isPattern, state);
                return state;

            case IPropertyReferenceOperation or IFieldReferenceOperation:
                foreach (var child in operation.ChildOperations)
                {
                    state = Walk(child, state);
                }

                _judge.Read(operation, state);
                return state;

            case ILocalReferenceOperation local:
                if (!IsWrite(local) && state.ValueOf(_analysis.PathOf(local)) is GuardedValue held && !UseSites.IsPresenceTest(_analysis.Context.OriginalOf(local)))
                {
                    // Read under a check that let failures through (s = c ? r.Output : ""): that check is the
                    // cause, so it is reported where it was read; a value read unchecked is reported where used.
                    _judge.Held(held.Origin is not null && held.ReadMask != held.Guard.AllMask ? held.Origin : local, held, state);
                }

                return state;

            case IFlowCaptureReferenceOperation reference:
                // IsNull(c) is the null test of a lowered ?? or ?.: not a use.
                if (reference.Parent is not IIsNullOperation && state.ValueOf(GraphAnalysis.CaptureKey(reference.Id)) is GuardedValue captured)
                {
                    _judge.Held(captured.Origin ?? reference, captured, state);
                }

                return state;

            default:
                foreach (var child in operation.ChildOperations)
                {
                    state = Walk(child, state);
                }

                return state;
        }
    }

    /// <summary>
    /// A local or flow capture gets a value. A guarded value (read here, or handed on from another
    /// holder) is not judged now but where it is used; a guard or a test of one is remembered.
    /// </summary>
    private GuardState Hold(string holder, IOperation value, GuardState state, bool isLocal)
    {
        var stripped = Narrowing.Strip(value)!;
        Tracked? tracked;
        if (_analysis.GuardedRead(stripped) is { } read && !UseSites.IsPresenceTest(_analysis.Context.OriginalOf(stripped)))
        {
            state = WalkTarget(stripped, state);
            tracked = read.Held(state, isLocal ? null : stripped);
        }
        else if (state.ValueOf(HolderOf(stripped)) is GuardedValue handedOn)
        {
            tracked = isLocal ? handedOn : handedOn with { Origin = handedOn.Origin ?? stripped };
        }
        else if (Derived(stripped, state) is { } derived)
        {
            // output.Trim(), "> " + output: still the output, judged where it is used.
            state = WalkDerived(stripped, state);
            tracked = derived;
        }
        else
        {
            state = Walk(value, state);
            tracked = !isLocal ? null
                : _analysis.GuardOf(stripped, state) is { } guard ? new GuardCopy(guard)
                : stripped.Type?.SpecialType == SpecialType.System_Boolean ? Narrowing.Remember(stripped, state, _analysis)
                : null;
        }

        state = state.Kill(holder);
        if (isLocal && _analysis.PathOf(value) is { } source && source != holder)
        {
            state = state.Rebase(source, holder); // copy = r: what is known about r holds for copy.
        }

        return state.SetValue(holder, tracked);
    }

    /// <summary>
    /// A string made from a guarded value alone (<c>output.Substring(0, 60)</c>, <c>"> " + r.Output</c>):
    /// the value it came from. A concatenation that also carries the outcome is a carrier, not a derivation.
    /// </summary>
    private GuardedValue? Derived(IOperation operation, GuardState state, int depth = 0)
    {
        var value = Narrowing.Strip(operation);
        if (value is null || depth > 16)
        {
            return null;
        }

        switch (value)
        {
            case IInvocationOperation { Instance: { } instance } call when call.Type?.SpecialType == SpecialType.System_String:
                return Source(instance, state) ?? Derived(instance, state, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                var source = Source(concatenation.LeftOperand, state) ?? Derived(concatenation.LeftOperand, state, depth + 1)
                    ?? Source(concatenation.RightOperand, state) ?? Derived(concatenation.RightOperand, state, depth + 1);
                if (source is null || source.GuardKey == GuardedValue.Detached)
                {
                    return source;
                }

                var parts = UseSites.Flatten(concatenation).ToList();
                return UseJudge.Weigh(_analysis, parts, source.GuardKey, source.Guard, state).Complete ? null : source;
            default:
                return null;
        }
    }

    private GuardedValue? Source(IOperation operation, GuardState state)
    {
        var value = Narrowing.Strip(operation)!;
        if (state.ValueOf(HolderOf(value)) is GuardedValue held)
        {
            return held;
        }

        return _analysis.GuardedRead(value) is { } read && !UseSites.IsPresenceTest(_analysis.Context.OriginalOf(value)) ? read.Held(state, origin: null) : null;
    }

    /// <summary>Walks a derivation except the value it derives from: passing it on is not using it.</summary>
    private GuardState WalkDerived(IOperation operation, GuardState state)
    {
        var value = Narrowing.Strip(operation)!;
        if (state.ValueOf(HolderOf(value)) is GuardedValue || _analysis.GuardedRead(value) is not null)
        {
            return _analysis.GuardedRead(value) is not null ? WalkTarget(value, state) : state;
        }

        switch (value)
        {
            case IInvocationOperation { Instance: { } instance } call:
                state = WalkDerived(instance, state);
                foreach (var argument in call.Arguments)
                {
                    state = Walk(argument.Value, state);
                }

                return state;
            case IBinaryOperation concatenation:
                var leftDerived = Source(concatenation.LeftOperand, state) is not null || Derived(concatenation.LeftOperand, state) is not null;
                state = leftDerived ? WalkDerived(concatenation.LeftOperand, state) : Walk(concatenation.LeftOperand, state);
                return leftDerived ? Walk(concatenation.RightOperand, state) : WalkDerived(concatenation.RightOperand, state);
            default:
                return Walk(value, state);
        }
    }

    /// <summary>The local an assignment writes: <c>s = ...</c>, or the capture of <c>s</c> the graph makes when the value branches.</summary>
    private string? LocalTarget(IOperation target) => target switch
    {
        ILocalReferenceOperation { Local.IsRef: false } local => _analysis.PathOf(local),
        IFlowCaptureReferenceOperation capture when _analysis.CaptureValues(capture.Id) is [ILocalReferenceOperation { Local.IsRef: false }] => _analysis.PathOf(capture),
        _ => null,
    };

    private string? HolderOf(IOperation operation) => operation switch
    {
        IFlowCaptureReferenceOperation capture => GraphAnalysis.CaptureKey(capture.Id),
        ILocalReferenceOperation local => _analysis.PathOf(local),
        _ => null,
    };

    /// <summary><c>var (outcome, output) = (r.Outcome, r.Output);</c> element by element; anything else forgets its targets.</summary>
    private GuardState Deconstruct(IDeconstructionAssignmentOperation deconstruction, GuardState state)
    {
        var targets = Elements(deconstruction.Target);
        var values = Elements(deconstruction.Value);
        if (targets is not null && values is not null && targets.Count == values.Count)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                if (targets[i] is ILocalReferenceOperation local)
                {
                    state = Hold(_analysis.PathOf(local)!, values[i], state, isLocal: true);
                }
                else
                {
                    state = Walk(values[i], state);
                    state = WalkTarget(targets[i], state);
                    state = _analysis.PathOf(targets[i]) is { } path ? state.Kill(path) : state;
                }
            }

            return state;
        }

        state = Walk(deconstruction.Value, state);
        foreach (var written in deconstruction.Target.DescendantsAndSelf())
        {
            if (written is ILocalReferenceOperation && _analysis.PathOf(written) is { } path)
            {
                state = state.Kill(path);
            }
        }

        return state;
    }

    private static IReadOnlyList<IOperation>? Elements(IOperation operation) => Narrowing.Strip(operation) switch
    {
        IDeclarationExpressionOperation declaration => Elements(declaration.Expression),
        ITupleOperation tuple => tuple.Elements,
        _ => null,
    };

    /// <summary>Walks the receivers of an assignment target, not the target itself: writing is not reading.</summary>
    private GuardState WalkTarget(IOperation target, GuardState state)
    {
        foreach (var child in target.ChildOperations)
        {
            state = Walk(child, state);
        }

        return state;
    }

    private GuardState Assign(IOperation target, IOperation value, GuardState state)
    {
        if (_analysis.PathOf(target) is not { } path)
        {
            return state;
        }

        state = state.Kill(path);

        // r = s: what is known about s (or about the object an initializer just set up) now holds for r.
        if (_analysis.PathOf(value) is { } source && source != path)
        {
            state = state.Rebase(source, path);
        }

        // Assigning a known value to a guard (r.Outcome = Ok) narrows it.
        if (_analysis.GuardOf(target) is { } guard && Narrowing.Strip(value)!.ConstantValue is { HasValue: true } constant)
        {
            state = state.Set(guard.Key, guard.Guard.BitOf(constant.Value), guard.Guard.AllMask);
        }

        return state;
    }

    private GuardState AfterCall(IInvocationOperation invocation, GuardState state)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            _analysis.RecordLocalFunctionCall(method.OriginalDefinition, state);
        }

        // Arguments passed by ref or out may be replaced.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out && _analysis.PathOf(argument.Value) is { } written)
            {
                state = state.Kill(written);
            }
        }

        // Debug.Assert(c), Assert.True(c): [DoesNotReturnIf(false)] narrows to what c guarantees.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && DoesNotReturnIf(parameter) is { } when)
            {
                var (whenTrue, whenFalse) = Narrowing.Narrow(argument.Value, state, _analysis);
                state = (when ? whenFalse : whenTrue) ?? state;
            }
        }

        // Assert.Equal(Outcome.Ok, r.Outcome)
        if (method.IsStatic && method.Name is "Equal" or "AreEqual" && method.ContainingType.Name.Contains("Assert") && invocation.Arguments.Length >= 2)
        {
            var first = invocation.Arguments[0].Value;
            var second = invocation.Arguments[1].Value;
            foreach (var (constant, checkedValue) in new[] { (first, second), (second, first) })
            {
                if (Narrowing.Strip(constant)!.ConstantValue is { HasValue: true } value && _analysis.GuardOf(checkedValue, state) is { } guard)
                {
                    state = Narrowing.Split(state, guard.Key, guard.Admitting(guard.Guard.BitOf(value.Value)), guard.Guard).WhenTrue ?? state;
                }
            }
        }

        // Console.WriteLine($"Status: {r.Outcome}"): that sink has now shown the outcome.
        if (UseSites.SinkOf(invocation, _analysis) is { } sink)
        {
            foreach (var argument in invocation.Arguments)
            {
                foreach (var part in UseSites.Flatten(argument.Value))
                {
                    if (_analysis.GuardOf(part, state) is { Fallback: 0 } shown)
                    {
                        state = state.SetValue(Shown.Holder(sink, shown.Key), new Shown(shown.Key));
                    }
                }
            }
        }

        // RequireOk(r), or a trusted method without a body: what it guarantees on return.
        foreach (var (key, summary) in Summaries.ForArguments(invocation, _analysis))
        {
            var narrowed = state.Get(key, ulong.MaxValue) & summary.OnExit;
            state = narrowed == 0 ? state : state.Set(key, narrowed, ulong.MaxValue);
        }

        return state;
    }

    private static bool? DoesNotReturnIf(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DoesNotReturnIfAttribute" } && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is bool value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A lambda starts from the state where it is created; a Select after Where(pred) also from what pred guarantees.</summary>
    private GuardState LambdaStart(IFlowAnonymousFunctionOperation lambda, GuardState state)
    {
        if (Enclosing<IArgumentOperation>(lambda)?.Parent is not IInvocationOperation { TargetMethod.Name: "Select" } select
            || select.Arguments.Length < 2
            || Narrowing.Strip(select.Arguments[0].Value) is not IInvocationOperation { TargetMethod.Name: "Where" } where
            || where.Arguments.Length < 2
            || Narrowing.Strip(Unwrap(where.Arguments[1].Value)) is not IFlowAnonymousFunctionOperation predicate
            || predicate.Symbol.Parameters.Length != 1
            || lambda.Symbol.Parameters.Length != 1)
        {
            return state;
        }

        var analysis = new GraphAnalysis(_analysis.Graph.GetAnonymousFunctionControlFlowGraph(predicate, _analysis.Context.CancellationToken), _analysis.Context);
        analysis.Run(state, report: false);
        if (analysis.ReturnsTrue is not { } guaranteed)
        {
            return state;
        }

        var from = AccessPaths.Parameter(predicate.Symbol.Parameters[0]);
        var to = AccessPaths.Parameter(lambda.Symbol.Parameters[0]);
        var start = state;
        foreach (var pair in guaranteed.Rebase(from, to).Guards)
        {
            if (pair.Key.StartsWith(to, System.StringComparison.Ordinal))
            {
                start = start.Set(pair.Key, pair.Value, ulong.MaxValue);
            }
        }

        return start;
    }

    private void AnalyzeLambda(IFlowAnonymousFunctionOperation lambda, GuardState start)
        => new GraphAnalysis(_analysis.Graph.GetAnonymousFunctionControlFlowGraph(lambda, _analysis.Context.CancellationToken), _analysis.Context).Run(start, report: true);

    private static IOperation? Unwrap(IOperation operation) => operation is IDelegateCreationOperation creation ? creation.Target : operation;

    private static T? Enclosing<T>(IOperation operation)
        where T : class, IOperation
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    internal static bool IsWrite([NotNullWhen(false)] IOperation operation)
        => operation.Parent is IAssignmentOperation assignment && assignment.Target == operation
           || operation.Parent is IDeconstructionAssignmentOperation
           || operation is ILocalReferenceOperation { IsDeclaration: true };
}
