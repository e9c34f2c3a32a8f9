using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// What a condition tells about guards on each outgoing edge: <c>==</c>/<c>!=</c> and <c>Equals</c>,
/// <c>is</c> patterns (constant, relational, not, or, and, property patterns, with designations), the
/// generated checks (<c>IsOk</c>, <c>TryGetOutput</c>), locals that hold a guard or a test of one, and
/// bool methods and properties summarised from their own graphs. A null state is an edge that cannot be taken.
/// </summary>
internal static class Narrowing
{
    public static (GuardState? WhenTrue, GuardState? WhenFalse) Narrow(IOperation condition, GuardState state, GraphAnalysis analysis, int depth = 0)
    {
        condition = Strip(condition)!;
        if (depth > 16)
        {
            return (state, state);
        }

        switch (condition)
        {
            case { ConstantValue: { HasValue: true, Value: bool constant } }:
                return constant ? (state, null) : (null, state);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                var (t, f) = Narrow(not.Operand, state, analysis, depth + 1);
                return (f, t);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                return NarrowComparison(binary, state, analysis, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd } and:
                var (leftTrue, leftFalse) = Narrow(and.LeftOperand, state, analysis, depth + 1);
                if (leftTrue is null)
                {
                    return (null, leftFalse);
                }

                var (rightTrue, rightFalse) = Narrow(and.RightOperand, leftTrue, analysis, depth + 1);
                return (rightTrue, GuardState.Join(leftFalse, rightFalse));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr } or:
                var (orLeftTrue, orLeftFalse) = Narrow(or.LeftOperand, state, analysis, depth + 1);
                if (orLeftFalse is null)
                {
                    return (orLeftTrue, null);
                }

                var (orRightTrue, orRightFalse) = Narrow(or.RightOperand, orLeftFalse, analysis, depth + 1);
                return (GuardState.Join(orLeftTrue, orRightTrue), orRightFalse);
            case IIsPatternOperation isPattern:
                return NarrowIs(isPattern, state, analysis);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                return NarrowProperty(property, state, analysis);
            case IInvocationOperation invocation:
                return NarrowInvocation(invocation, state, analysis);
            case ILocalReferenceOperation local when state.ValueOf(analysis.PathOf(local)) is CheckResult check:
                return Apply(check, state);
            case IFlowCaptureReferenceOperation capture when analysis.CaptureValues(capture.Id) is { Count: > 1 } values:
                // c = a && b is lowered to c = false on one path and c = b on another: true means one of them was true.
                GuardState? anyTrue = null;
                GuardState? anyFalse = null;
                foreach (var value in values)
                {
                    var (valueTrue, valueFalse) = Narrow(value, state, analysis, depth + 1);
                    anyTrue = GuardState.Join(anyTrue, valueTrue);
                    anyFalse = GuardState.Join(anyFalse, valueFalse);
                }

                return (anyTrue, anyFalse);
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

    /// <summary>What a test says about every guard it changes: for a bool local that holds it.</summary>
    public static CheckResult? Remember(IOperation condition, GuardState state, GraphAnalysis analysis)
    {
        var (whenTrue, whenFalse) = Narrow(condition, state, analysis);
        var keys = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var side in new[] { whenTrue, whenFalse })
        {
            foreach (var pair in side?.Guards ?? Enumerable.Empty<KeyValuePair<string, ulong>>())
            {
                if (state.Get(pair.Key, ulong.MaxValue) != pair.Value)
                {
                    keys.Add(pair.Key);
                }
            }
        }

        if (keys.Count == 0 && whenTrue is not null && whenFalse is not null)
        {
            return null;
        }

        return new CheckResult(keys.Select(k => new GuardFact(k, whenTrue?.Get(k, ulong.MaxValue) ?? 0, whenFalse?.Get(k, ulong.MaxValue) ?? 0, ulong.MaxValue)).ToImmutableArray());
    }

    private static (GuardState?, GuardState?) Apply(CheckResult check, GuardState state)
    {
        GuardState? whenTrue = state;
        GuardState? whenFalse = state;
        foreach (var fact in check.Facts)
        {
            var current = state.Get(fact.Key, fact.All);
            whenTrue = (current & fact.WhenTrue) == 0 ? null : whenTrue?.Set(fact.Key, current & fact.WhenTrue, fact.All);
            whenFalse = (current & fact.WhenFalse) == 0 ? null : whenFalse?.Set(fact.Key, current & fact.WhenFalse, fact.All);
        }

        return (whenTrue, whenFalse);
    }

    /// <summary>
    /// The guard values a pattern matches, or null when it cannot be said. Evaluated value by value:
    /// every enum member, null, and one value in each gap between members (for the unknown bit).
    /// </summary>
    public static ulong? MatchMask(IPatternOperation pattern, GuardInfo guard)
    {
        var mask = 0UL;
        var probes = new List<long>();
        foreach (var field in guard.EnumType.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.HasConstantValue)
            {
                var value = System.Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture);
                var matches = Matches(pattern, value);
                if (matches is null)
                {
                    return null;
                }

                if (matches.Value)
                {
                    mask |= guard.BitOf(field.ConstantValue);
                }

                probes.Add(value);
            }
        }

        if (Matches(pattern, null) is not { } matchesNull)
        {
            return null;
        }

        var unknown = matchesNull;
        foreach (var candidate in UndefinedProbes(probes, pattern))
        {
            unknown |= Matches(pattern, candidate) == true;
        }

        return unknown ? mask | GuardInfo.UnknownBit : mask;
    }

    /// <summary>Whether a pattern matches null; null when it cannot be said.</summary>
    public static bool? MatchesNull(IPatternOperation pattern) => Matches(pattern, null);

    private static IEnumerable<long> UndefinedProbes(List<long> defined, IPatternOperation pattern)
    {
        var set = new HashSet<long>(defined);
        var candidates = new List<long>();
        foreach (var value in defined.Concat(pattern.DescendantsAndSelf().Select(o => o.ConstantValue).Where(c => c.HasValue && c.Value is not null and not bool).Select(c => System.Convert.ToInt64(c.Value, CultureInfo.InvariantCulture))))
        {
            if (value > long.MinValue)
            {
                candidates.Add(value - 1);
            }

            if (value < long.MaxValue)
            {
                candidates.Add(value + 1);
            }

            candidates.Add(value);
        }

        return candidates.Where(c => !set.Contains(c));
    }

    private static bool? Matches(IPatternOperation pattern, long? value)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant when constant.Value.ConstantValue.HasValue:
                var expected = constant.Value.ConstantValue.Value;
                return expected is null ? value is null : value is not null && expected is not bool && value == System.Convert.ToInt64(expected, CultureInfo.InvariantCulture);
            case IRelationalPatternOperation relational when relational.Value.ConstantValue is { HasValue: true, Value: not null and not bool } bound:
                if (value is null)
                {
                    return false;
                }

                var limit = System.Convert.ToInt64(bound.Value, CultureInfo.InvariantCulture);
                return relational.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => value < limit,
                    BinaryOperatorKind.LessThanOrEqual => value <= limit,
                    BinaryOperatorKind.GreaterThan => value > limit,
                    BinaryOperatorKind.GreaterThanOrEqual => value >= limit,
                    _ => null,
                };
            case INegatedPatternOperation negated:
                return !Matches(negated.Pattern, value);
            case IBinaryPatternOperation binary:
                var left = Matches(binary.LeftPattern, value);
                var right = Matches(binary.RightPattern, value);
                if (left is null || right is null)
                {
                    return null;
                }

                return binary.OperatorKind == BinaryOperatorKind.And ? left.Value && right.Value : left.Value || right.Value;
            case IDiscardPatternOperation:
                return true;
            case IDeclarationPatternOperation { MatchesNull: true }:
                return true;
            case IDeclarationPatternOperation or ITypePatternOperation:
                return value is not null;
            case IRecursivePatternOperation { PropertySubpatterns.IsEmpty: true, DeconstructionSubpatterns.IsEmpty: true }:
                return value is not null;
            default:
                return null;
        }
    }

    private static (GuardState?, GuardState?) NarrowComparison(IBinaryOperation binary, GuardState state, GraphAnalysis analysis, int depth)
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
                var (t, f) = Narrow(side, state, analysis, depth + 1);
                return flag == equals ? (t, f) : (f, t);
            }

            if (analysis.GuardOf(side, state) is { } guard)
            {
                var (whenEqual, whenNot) = Split(state, guard.Key, guard.Admitting(guard.Guard.BitOf(constant.Value)), guard.Guard);
                return equals ? (whenEqual, whenNot) : (whenNot, whenEqual);
            }
        }

        return (state, state);
    }

    private static (GuardState?, GuardState?) NarrowIs(IIsPatternOperation isPattern, GuardState state, GraphAnalysis analysis)
    {
        var (whenTrue, whenFalse) = NarrowPattern(isPattern.Value, isPattern.Pattern, state, analysis);
        return (whenTrue is null ? null : Designate(isPattern, whenTrue, analysis), whenFalse);
    }

    private static (GuardState?, GuardState?) NarrowPattern(IOperation value, IPatternOperation pattern, GuardState state, GraphAnalysis analysis)
    {
        if (analysis.GuardOf(value, state) is { } guard)
        {
            return MatchMask(pattern, guard.Guard) is { } mask ? Split(state, guard.Key, guard.Admitting(mask), guard.Guard) : (state, state);
        }

        return NarrowOn(InputPath(value, analysis), pattern, state, analysis);
    }

    /// <summary>The path a pattern tests; a value without one (a call) gets a name of its own so designations can follow it.</summary>
    public static string InputPath(IOperation value, GraphAnalysis analysis)
        => analysis.PathOf(value) ?? "#pattern@" + value.Syntax.SpanStart.ToString(CultureInfo.InvariantCulture);

    private static (GuardState?, GuardState?) NarrowOn(string path, IPatternOperation pattern, GuardState state, GraphAnalysis analysis)
    {
        switch (pattern)
        {
            case IRecursivePatternOperation recursive:
                return NarrowRecursive(path, recursive, state, analysis);
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                var (leftTrue, leftFalse) = NarrowOn(path, and.LeftPattern, state, analysis);
                if (leftTrue is null)
                {
                    return (null, leftFalse);
                }

                var (rightTrue, rightFalse) = NarrowOn(path, and.RightPattern, leftTrue, analysis);
                return (rightTrue, GuardState.Join(leftFalse, rightFalse));
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                var (orLeftTrue, orLeftFalse) = NarrowOn(path, or.LeftPattern, state, analysis);
                if (orLeftFalse is null)
                {
                    return (orLeftTrue, null);
                }

                var (orRightTrue, orRightFalse) = NarrowOn(path, or.RightPattern, orLeftFalse, analysis);
                return (GuardState.Join(orLeftTrue, orRightTrue), orRightFalse);
            case INegatedPatternOperation negated:
                var (t, f) = NarrowOn(path, negated.Pattern, state, analysis);
                return (f, t);
            default:
                return (state, state);
        }
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

            if (MemberOf(subpattern) is not { } member)
            {
                tests += 2;
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
            else if (subpattern.Pattern is not (IDeclarationPatternOperation or IDiscardPatternOperation))
            {
                var (inside, _) = NarrowOn(memberPath, subpattern.Pattern, whenTrue, analysis);
                whenTrue = inside;
                tests += 2;
            }
        }

        // The false edge only excludes the tested values when that one test decided it.
        return (whenTrue, tests == 1 ? whenFalse : state);
    }

    private static ISymbol? MemberOf(IPropertySubpatternOperation subpattern) => subpattern.Member switch
    {
        IPropertyReferenceOperation property => property.Property,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    /// <summary>
    /// Where the pattern holds, its designations name what they matched: <c>is { Outcome: Ok } r</c> makes
    /// <c>r</c> what was tested, <c>{ Output: var o }</c> makes <c>o</c> a guarded value read where the whole pattern holds.
    /// </summary>
    private static GuardState Designate(IIsPatternOperation isPattern, GuardState whenTrue, GraphAnalysis analysis)
    {
        var value = Strip(isPattern.Value)!;
        if (analysis.GuardedRead(value) is { } read)
        {
            return DeclaredLocal(isPattern.Pattern) is { } local ? whenTrue.Kill(AccessPaths.Local(local)).SetValue(AccessPaths.Local(local), read.Held(whenTrue, origin: null)) : whenTrue;
        }

        return DesignateOn(InputPath(value, analysis), isPattern.Pattern, whenTrue, analysis);
    }

    private static GuardState DesignateOn(string path, IPatternOperation pattern, GuardState state, GraphAnalysis analysis)
    {
        switch (pattern)
        {
            case IBinaryPatternOperation binary:
                return DesignateOn(path, binary.RightPattern, DesignateOn(path, binary.LeftPattern, state, analysis), analysis);
            case IRecursivePatternOperation recursive:
                foreach (var subpattern in recursive.PropertySubpatterns)
                {
                    if (MemberOf(subpattern) is not { } member)
                    {
                        continue;
                    }

                    if (analysis.Context.Catalog.GetGuard(member) is { } guard)
                    {
                        if (DeclaredLocal(subpattern.Pattern) is { } held)
                        {
                            var key = path + "." + guard.Guard.Name;
                            var name = AccessPaths.Local(held);
                            state = state.Kill(name).SetValue(name, new GuardedValue(key, guard, ReceiverText(recursive), state.Get(key, guard.AllMask), null));
                        }
                    }
                    else
                    {
                        state = DesignateOn(path + "." + member.Name, subpattern.Pattern, state, analysis);
                    }
                }

                break;
        }

        if (DeclaredLocal(pattern) is { } local && pattern is IRecursivePatternOperation or IDeclarationPatternOperation)
        {
            var name = AccessPaths.Local(local);
            state = state.Kill(name).Rebase(path, name);
        }

        return state;
    }

    private static string ReceiverText(IRecursivePatternOperation pattern)
        => pattern.DeclaredSymbol?.Name ?? string.Empty;

    private static ILocalSymbol? DeclaredLocal(IPatternOperation pattern) => pattern switch
    {
        IDeclarationPatternOperation declaration => declaration.DeclaredSymbol as ILocalSymbol,
        IRecursivePatternOperation recursive => recursive.DeclaredSymbol as ILocalSymbol,
        _ => null,
    };

    /// <summary>Reads of guarded members inside a pattern (<c>{ Output: "" }</c>), with the key of their guard.</summary>
    public static IEnumerable<(string Key, GuardInfo Guard, IPropertySubpatternOperation Subpattern)> GuardedSubpatterns(string path, IPatternOperation pattern, GraphAnalysis analysis)
    {
        switch (pattern)
        {
            case IBinaryPatternOperation binary:
                return GuardedSubpatterns(path, binary.LeftPattern, analysis).Concat(GuardedSubpatterns(path, binary.RightPattern, analysis));
            case INegatedPatternOperation negated:
                return GuardedSubpatterns(path, negated.Pattern, analysis);
            case IRecursivePatternOperation recursive:
                var found = new List<(string, GuardInfo, IPropertySubpatternOperation)>();
                foreach (var subpattern in recursive.PropertySubpatterns)
                {
                    if (MemberOf(subpattern) is not { } member)
                    {
                        continue;
                    }

                    if (analysis.Context.Catalog.GetGuard(member) is { } guard)
                    {
                        found.Add((path + "." + guard.Guard.Name, guard, subpattern));
                    }
                    else
                    {
                        found.AddRange(GuardedSubpatterns(path + "." + member.Name, subpattern.Pattern, analysis));
                    }
                }

                return found;
            default:
                return Enumerable.Empty<(string, GuardInfo, IPropertySubpatternOperation)>();
        }
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

    /// <summary>A generated or conventional check property (<c>r.IsOk</c>), or a bool property summarised from its getter.</summary>
    private static (GuardState?, GuardState?) NarrowProperty(IPropertyReferenceOperation property, GuardState state, GraphAnalysis analysis)
    {
        if (property.Type?.SpecialType != SpecialType.System_Boolean || analysis.PathOf(property.Instance) is not { } receiver)
        {
            return (state, state);
        }

        foreach (var guard in analysis.Context.Catalog.GuardsOf(property.Property.ContainingType))
        {
            if (property.Property.Name == guard.CheckPropertyName)
            {
                return Split(state, receiver + "." + guard.Guard.Name, guard.SuccessMask, guard);
            }
        }

        if (property.Property.GetMethod is { } getter)
        {
            return Summarized(Summaries.ForReceiver(getter, receiver, analysis), state);
        }

        return (state, state);
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

        // r.Outcome.Equals(Ok), Equals(r.Outcome, Ok), EqualityComparer<T>.Default.Equals(r.Outcome, Ok).
        if (method.Name == "Equals")
        {
            var operands = invocation.Arguments.Select(a => a.Value).ToList();
            if (invocation.Instance is { } instance && operands.Count == 1)
            {
                operands.Insert(0, instance);
            }

            if (operands.Count == 2)
            {
                foreach (var (side, other) in new[] { (operands[0], operands[1]), (operands[1], operands[0]) })
                {
                    if (Strip(other)!.ConstantValue is { HasValue: true } constant && analysis.GuardOf(side, state) is { } guard)
                    {
                        return Split(state, guard.Key, guard.Admitting(guard.Guard.BitOf(constant.Value)), guard.Guard);
                    }
                }
            }
        }

        return Summarized(Summaries.ForArguments(invocation, analysis), state);
    }

    private static (GuardState?, GuardState?) Summarized(IEnumerable<(string Key, ParameterSummary Summary)> facts, GuardState state)
    {
        GuardState? whenTrue = state;
        GuardState? whenFalse = state;
        foreach (var (key, summary) in facts)
        {
            var current = state.Get(key, ulong.MaxValue);
            whenTrue = (current & summary.WhenTrue) == 0 ? null : whenTrue?.Set(key, current & summary.WhenTrue, ulong.MaxValue);
            whenFalse = (current & summary.WhenFalse) == 0 ? null : whenFalse?.Set(key, current & summary.WhenFalse, ulong.MaxValue);
        }

        return (whenTrue, whenFalse);
    }
}
