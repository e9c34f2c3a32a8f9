using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// What a condition tells about guards on each outgoing edge: <c>==</c>/<c>!=</c>, <c>is</c> patterns
/// (constant, not, or, and, property patterns), the generated checks (<c>IsOk</c>, <c>TryGetOutput</c>),
/// and bool methods summarised from their own graphs. A null state is an edge that cannot be taken.
/// </summary>
internal static class Narrowing
{
    public static (GuardState? WhenTrue, GuardState? WhenFalse) Narrow(IOperation condition, GuardState state, GraphAnalysis analysis)
    {
        condition = Strip(condition)!;
        switch (condition)
        {
            case { ConstantValue: { HasValue: true, Value: bool constant } }:
                return constant ? (state, null) : (null, state);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                var (t, f) = Narrow(not.Operand, state, analysis);
                return (f, t);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                return NarrowComparison(binary, state, analysis);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd } and:
                var (leftTrue, leftFalse) = Narrow(and.LeftOperand, state, analysis);
                if (leftTrue is null)
                {
                    return (null, leftFalse);
                }

                var (rightTrue, rightFalse) = Narrow(and.RightOperand, leftTrue, analysis);
                return (rightTrue, GuardState.Join(leftFalse, rightFalse));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr } or:
                var (orLeftTrue, orLeftFalse) = Narrow(or.LeftOperand, state, analysis);
                if (orLeftFalse is null)
                {
                    return (orLeftTrue, null);
                }

                var (orRightTrue, orRightFalse) = Narrow(or.RightOperand, orLeftFalse, analysis);
                return (GuardState.Join(orLeftTrue, orRightTrue), orRightFalse);
            case IIsPatternOperation isPattern:
                return NarrowPattern(isPattern.Value, isPattern.Pattern, state, analysis);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property when CheckProperty(property, analysis) is { } check:
                return Split(state, check.Key, check.Guard.SuccessMask, check.Guard);
            case IInvocationOperation invocation:
                return NarrowInvocation(invocation, state, analysis);
            default:
                return (state, state);
        }
    }

    public static IOperation? Strip(IOperation? operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Splits the values of a guard into those matching <paramref name="matched"/> and the rest.</summary>
    public static (GuardState? WhenTrue, GuardState? WhenFalse) Split(GuardState state, string key, ulong matched, GuardInfo guard)
    {
        var current = state.Get(key, guard.AllMask);
        var inside = current & matched;
        var outside = current & ~matched;
        return (inside == 0 ? null : state.Set(key, inside, guard.AllMask), outside == 0 ? null : state.Set(key, outside, guard.AllMask));
    }

    /// <summary>The values a pattern matches, or null when it cannot be said (relational patterns, say).</summary>
    public static ulong? MatchMask(IPatternOperation pattern, GuardInfo guard) => pattern switch
    {
        IConstantPatternOperation constant when constant.Value.ConstantValue.HasValue => guard.BitOf(constant.Value.ConstantValue.Value),
        INegatedPatternOperation negated => MatchMask(negated.Pattern, guard) is { } inner ? guard.AllMask & ~inner : null,
        IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or => MatchMask(or.LeftPattern, guard) is { } l && MatchMask(or.RightPattern, guard) is { } r ? l | r : null,
        IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and => MatchMask(and.LeftPattern, guard) is { } l && MatchMask(and.RightPattern, guard) is { } r ? l & r : null,
        IDiscardPatternOperation => guard.AllMask,
        IDeclarationPatternOperation { MatchesNull: true } => guard.AllMask,
        IDeclarationPatternOperation or ITypePatternOperation => guard.AllMask & ~GuardInfo.UnknownBit,
        _ => null,
    };

    private static (GuardState?, GuardState?) NarrowComparison(IBinaryOperation binary, GuardState state, GraphAnalysis analysis)
    {
        var equals = binary.OperatorKind == BinaryOperatorKind.Equals;
        foreach (var (side, other) in new[] { (binary.LeftOperand, binary.RightOperand), (binary.RightOperand, binary.LeftOperand) })
        {
            var constant = Strip(other)!.ConstantValue;
            if (!constant.HasValue)
            {
                continue;
            }

            if (constant.Value is bool flag)
            {
                var (t, f) = Narrow(side, state, analysis);
                return flag == equals ? (t, f) : (f, t);
            }

            if (analysis.GuardOf(side) is { } guard)
            {
                var (whenEqual, whenNot) = Split(state, guard.Key, guard.Guard.BitOf(constant.Value), guard.Guard);
                return equals ? (whenEqual, whenNot) : (whenNot, whenEqual);
            }
        }

        return (state, state);
    }

    private static (GuardState?, GuardState?) NarrowPattern(IOperation value, IPatternOperation pattern, GuardState state, GraphAnalysis analysis)
    {
        if (analysis.GuardOf(value) is { } guard)
        {
            return MatchMask(pattern, guard.Guard) is { } mask ? Split(state, guard.Key, mask, guard.Guard) : (state, state);
        }

        if (pattern is IRecursivePatternOperation recursive && analysis.PathOf(value) is { } path)
        {
            return NarrowRecursive(path, recursive, state, analysis);
        }

        return (state, state);
    }

    /// <summary><c>r is { Outcome: Ok }</c> and nested <c>p is { CodeExecutionResult: { Outcome: Ok } }</c>.</summary>
    private static (GuardState?, GuardState?) NarrowRecursive(string path, IRecursivePatternOperation pattern, GuardState state, GraphAnalysis analysis)
    {
        GuardState? whenTrue = state;
        GuardState? whenFalse = state;
        var tests = 0;
        foreach (var subpattern in pattern.PropertySubpatterns)
        {
            if (whenTrue is null)
            {
                break;
            }

            var member = subpattern.Member switch
            {
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (member is null)
            {
                continue;
            }

            var memberPath = path + "." + member.Name;
            var guard = FindGuard(member, analysis);
            if (guard is not null && MatchMask(subpattern.Pattern, guard) is { } mask)
            {
                var (inside, outside) = Split(whenTrue, memberPath, mask, guard);
                whenTrue = inside;
                whenFalse = outside;
                if (mask != guard.AllMask)
                {
                    tests++;
                }
            }
            else if (subpattern.Pattern is IRecursivePatternOperation nested)
            {
                var (inside, _) = NarrowRecursive(memberPath, nested, whenTrue, analysis);
                whenTrue = inside;
                tests += 2;
            }
            else if (subpattern.Pattern is not (IDeclarationPatternOperation or IDiscardPatternOperation))
            {
                tests += 2;
            }
        }

        // The false edge only excludes the tested values when that one test decided it.
        return (whenTrue, tests == 1 ? whenFalse : state);
    }

    private static GuardInfo? FindGuard(ISymbol member, GraphAnalysis analysis)
    {
        foreach (var guard in analysis.Context.Catalog.GuardsOf(member.ContainingType))
        {
            if (SymbolEqualityComparer.Default.Equals(guard.Guard.OriginalDefinition, member.OriginalDefinition))
            {
                return guard;
            }
        }

        return null;
    }

    /// <summary>A generated or conventional check property: <c>r.IsOk</c>.</summary>
    private static (string Key, GuardInfo Guard)? CheckProperty(IPropertyReferenceOperation property, GraphAnalysis analysis)
    {
        if (property.Type?.SpecialType != SpecialType.System_Boolean || analysis.PathOf(property.Instance) is not { } receiver)
        {
            return null;
        }

        foreach (var guard in analysis.Context.Catalog.GuardsOf(property.Property.ContainingType))
        {
            if (property.Property.Name == guard.CheckPropertyName)
            {
                return (receiver + "." + guard.Guard.Name, guard);
            }
        }

        return null;
    }

    private static (GuardState?, GuardState?) NarrowInvocation(IInvocationOperation invocation, GuardState state, GraphAnalysis analysis)
    {
        var method = invocation.TargetMethod;

        // r.TryGetOutput(out var s): true only when the guard holds a success value.
        if (analysis.PathOf(invocation.Instance) is { } receiver)
        {
            foreach (var guard in analysis.Context.Catalog.GuardsOf(method.ContainingType))
            {
                if (method.Name == guard.TryGetMethodName)
                {
                    return Split(state, receiver + "." + guard.Guard.Name, guard.SuccessMask, guard);
                }
            }
        }

        if (method.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            return (state, state);
        }

        GuardState? whenTrue = state;
        GuardState? whenFalse = state;
        foreach (var (path, summary) in Summaries.ForArguments(invocation, analysis))
        {
            var key = path + "." + summary.Guard.Guard.Name;
            var current = state.Get(key, summary.Guard.AllMask);
            whenTrue = whenTrue?.Set(key, current & summary.WhenTrue, summary.Guard.AllMask);
            whenFalse = whenFalse?.Set(key, current & summary.WhenFalse, summary.Guard.AllMask);
            if ((current & summary.WhenTrue) == 0)
            {
                whenTrue = null;
            }

            if ((current & summary.WhenFalse) == 0)
            {
                whenFalse = null;
            }
        }

        return (whenTrue, whenFalse);
    }
}
