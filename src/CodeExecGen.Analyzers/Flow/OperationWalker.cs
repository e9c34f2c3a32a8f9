using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// Walks one operation of a block in evaluation order: judges guarded reads (when reporting), and
/// applies what the operation does to the state: assignments forget, asserts and checking calls narrow,
/// lambdas and local functions are analysed from the state where they are created or called.
/// </summary>
internal sealed class OperationWalker
{
    private readonly GraphAnalysis _analysis;
    private readonly bool _quiet;

    public OperationWalker(GraphAnalysis analysis, bool quiet)
    {
        _analysis = analysis;
        _quiet = quiet;
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

            case ISimpleAssignmentOperation assignment:
                // var s = r.Output: not judged here but where s is used (see Assign).
                state = assignment.Target is ILocalReferenceOperation && GuardedRead(Narrowing.Strip(assignment.Value)) is not null
                    ? WalkTarget(Narrowing.Strip(assignment.Value)!, state)
                    : Walk(assignment.Value, state);
                state = WalkTarget(assignment.Target, state);
                return Assign(assignment.Target, assignment.Value, state);

            case ICompoundAssignmentOperation or IIncrementOrDecrementOperation or IDeconstructionAssignmentOperation:
                foreach (var child in operation.ChildOperations)
                {
                    state = Walk(child, state);
                }

                var target = operation switch
                {
                    ICompoundAssignmentOperation compound => compound.Target,
                    IIncrementOrDecrementOperation increment => increment.Target,
                    _ => null,
                };
                return target is not null && _analysis.PathOf(target) is { } killed ? state.Kill(killed) : state;

            case IIsPatternOperation isPattern:
                state = Walk(isPattern.Value, state);
                return state;

            case IPropertyReferenceOperation or IFieldReferenceOperation:
                foreach (var child in operation.ChildOperations)
                {
                    state = Walk(child, state);
                }

                Judge(operation, state);
                return state;

            case ILocalReferenceOperation local:
                if (!IsWrite(local) && state.Aliases.TryGetValue(_analysis.PathOf(local)!, out var alias))
                {
                    Report(local, alias.Guard, state.Get(alias.GuardKey, alias.Guard.AllMask), alias.ReceiverText);
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

        // var s = r.Output: s is judged where it is used.
        if (target is ILocalReferenceOperation && GuardedRead(Narrowing.Strip(value)) is { } read)
        {
            state = state.SetAlias(path, new Alias(read.Key ?? "#unnamed", read.Guard, read.ReceiverText));
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
                if (Narrowing.Strip(constant)!.ConstantValue is { HasValue: true } value && _analysis.GuardOf(checkedValue) is { } guard)
                {
                    state = Narrowing.Split(state, guard.Key, guard.Guard.BitOf(value.Value), guard.Guard).WhenTrue ?? state;
                }
            }
        }

        // RequireOk(r), or a trusted method without a body: what it guarantees on return.
        foreach (var (path, summary) in Summaries.ForArguments(invocation, _analysis))
        {
            var key = path + "." + summary.Guard.Guard.Name;
            var narrowed = state.Get(key, summary.Guard.AllMask) & summary.OnExit;
            state = narrowed == 0 ? state : state.Set(key, narrowed, summary.Guard.AllMask);
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

    private void Judge(IOperation reference, GuardState state)
    {
        if (IsWrite(reference) || reference.Parent is IPropertySubpatternOperation || reference.Parent is INameOfOperation)
        {
            return;
        }

        if (GuardedRead(reference) is { } read)
        {
            Report(reference, read.Guard, read.Key is null ? read.Guard.AllMask : state.Get(read.Key, read.Guard.AllMask), read.ReceiverText);
        }
    }

    /// <summary>A read of a [GuardedBy] member, with the key of its guard on the same instance (null when the instance has no path).</summary>
    private (string? Key, GuardInfo Guard, string ReceiverText)? GuardedRead(IOperation? operation)
    {
        var (member, instance) = operation switch
        {
            IPropertyReferenceOperation { Arguments.Length: 0 } property => ((ISymbol?)property.Property, property.Instance),
            IFieldReferenceOperation field => (field.Field, field.Instance),
            _ => (null, null),
        };
        if (member is null || _analysis.Context.Catalog.GetGuard(member) is not { } guard)
        {
            return null;
        }

        var receiver = _analysis.PathOf(instance);
        return (receiver is null ? null : receiver + "." + guard.Guard.Name, guard, ReceiverText(operation!));
    }

    private static string ReceiverText(IOperation operation)
        => operation.Syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access => access.Expression.ToString(),
            Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding when binding.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax conditional => conditional.Expression.ToString(),
            _ => string.Empty,
        };

    private void Report(IOperation at, GuardInfo guard, ulong possible, string receiverText)
    {
        if (_quiet || _analysis.Context.Report is not { } report)
        {
            return;
        }

        var success = possible & guard.SuccessMask;
        var failure = possible & ~guard.SuccessMask;
        if (success == 0 || failure == 0)
        {
            return; // Only success values (stdout), or only failures (reading stderr after a failure check).
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties["guard"] = guard.Guard.Name;
        properties["success"] = string.Join(",", guard.SuccessNames);
        properties["enum"] = guard.EnumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        properties["receiver"] = receiverText;
        properties["guarded"] = guard.Guarded.Name;
        if (guard.Guarded.ContainingType.GetMembers(guard.TryGetMethodName).Any())
        {
            properties["tryGet"] = guard.TryGetMethodName;
        }

        var successText = guard.Describe(guard.SuccessMask);
        var descriptor = possible == guard.AllMask ? Descriptors.UncheckedGuardedRead : Descriptors.PartialGuardCheck;
        var diagnostic = descriptor == Descriptors.UncheckedGuardedRead
            ? Diagnostic.Create(descriptor, at.Syntax.GetLocation(), properties.ToImmutable(), guard.Guarded.Name, guard.Guard.Name, successText)
            : Diagnostic.Create(descriptor, at.Syntax.GetLocation(), properties.ToImmutable(), guard.Guarded.Name, guard.Guard.Name, guard.Describe(failure), successText);
        report(diagnostic);
    }

    private static bool IsWrite([NotNullWhen(false)] IOperation operation)
        => operation.Parent is IAssignmentOperation assignment && assignment.Target == operation
           || operation.Parent is IDeconstructionAssignmentOperation
           || operation is ILocalReferenceOperation { IsDeclaration: true };
}
