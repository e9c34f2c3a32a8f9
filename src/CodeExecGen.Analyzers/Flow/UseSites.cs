using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// What surrounds a read of a guarded value in the method's own operation tree: whether it is only
/// tested for presence (which decides nothing about the answer), and which value it travels in
/// together with other values (an object, a tuple, an interpolated string, one argument list).
/// </summary>
internal static class UseSites
{
    /// <summary>
    /// <c>r.Output is not null</c>, <c>r?.Output != null</c>, <c>string.IsNullOrEmpty(r.Output)</c>,
    /// <c>r.Output?.Length &gt; 0</c>, <c>r.Output is { Length: &gt; 0 }</c>. A designation (<c>is string s</c>)
    /// is followed as an alias instead.
    /// </summary>
    public static bool IsPresenceTest(IOperation? read)
    {
        if (read is null)
        {
            return false;
        }

        var current = read;
        while (current.Parent is IConversionOperation || current.Parent is IConditionalAccessOperation access && access.WhenNotNull == current)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case IIsPatternOperation isPattern when isPattern.Value == current:
                return IsPresencePattern(isPattern.Pattern);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                var other = binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand;
                return Narrowing.Strip(other) is { ConstantValue: { HasValue: true, Value: null } };
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String } } }:
                return true;
            case IConditionalAccessOperation access when access.Operation == current:
                return IsSize(Narrowing.Strip(access.WhenNotNull)) && IsCompared(access);
            case IPropertyReferenceOperation size when size.Instance == current:
                return IsSize(size) && IsCompared(size);
            default:
                return false;
        }
    }

    /// <summary>
    /// The other values that travel with the read in one value or one call, or null when it travels alone:
    /// <c>new T { Outcome = r.Outcome, Output = r.Output }</c>, <c>(r.Outcome, r.Output)</c>,
    /// <c>$"{r.Outcome}: {r.Output}"</c>, <c>Emit(r.Outcome, r.Output)</c>.
    /// </summary>
    public static IReadOnlyList<IOperation>? Companions(IOperation? read)
    {
        List<IOperation>? found = null;
        for (var current = read; current?.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IConversionOperation:
                case ICoalesceOperation:
                case IInterpolationOperation:
                case IConditionalOperation conditional when conditional.Condition != current:
                case IConditionalAccessOperation access when access.WhenNotNull == current:
                case IInvocationOperation call when call.Instance == current && call.Type?.SpecialType == SpecialType.System_String:
                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                    // "Status: " + r.Outcome + "\n" + r.Output: a concatenation carries its operands, and may itself travel further.
                    (found ??= new List<IOperation>()).Add(concatenation.LeftOperand == current ? concatenation.RightOperand : concatenation.LeftOperand);
                    continue;
                case IInterpolatedStringOperation interpolated:
                    return With(found, interpolated.Parts.OfType<IInterpolationOperation>().Select(p => p.Expression).Where(e => e != current));
                case ITupleOperation tuple:
                    return With(found, tuple.Elements.Where(e => e != current));
                case IArgumentOperation argument when argument.Parent is IInvocationOperation invocation:
                    return With(found, invocation.Arguments.Where(a => a != argument).Select(a => a.Value));
                case IArgumentOperation argument when argument.Parent is IObjectCreationOperation creation:
                    return With(found, PartsOf(creation).Where(p => p != current));
                case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } } member when member.Value == current:
                    return With(found, PartsOf(creation).Where(p => p != current));
                case ISimpleAssignmentOperation { Parent: IAnonymousObjectCreationOperation anonymous } member when member.Value == current:
                    return With(found, anonymous.Initializers.OfType<ISimpleAssignmentOperation>().Select(a => a.Value).Where(v => v != current));
                default:
                    return found;
            }
        }

        return found;
    }

    /// <summary>The parts a carrier is made of, with concatenations and interpolations taken apart.</summary>
    public static IEnumerable<IOperation> Flatten(IOperation operation)
    {
        var value = Narrowing.Strip(operation)!;
        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                return Flatten(concatenation.LeftOperand).Concat(Flatten(concatenation.RightOperand));
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.OfType<IInterpolationOperation>().SelectMany(p => Flatten(p.Expression));
            default:
                return new[] { value };
        }
    }

    /// <summary>
    /// Where a value is shown: <c>Console.WriteLine</c> (a static method), or <c>sb.Append</c> on one
    /// receiver; null when the receiver has no path.
    /// </summary>
    public static string? SinkOf(IInvocationOperation invocation, GraphAnalysis analysis)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic)
        {
            return method.ContainingType.ToDisplayString() + "." + method.Name;
        }

        return analysis.PathOf(invocation.Instance) is { } receiver ? receiver + "." + method.Name : null;
    }

    /// <summary>The call a value is an argument of (through conversions, concatenations and interpolations), and its statement.</summary>
    public static IInvocationOperation? EnclosingCall(IOperation? operation)
    {
        for (var current = operation; current?.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IConversionOperation or ICoalesceOperation or IInterpolationOperation or IInterpolatedStringOperation or IArgumentOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                case IInvocationOperation call when call.Instance == current:
                    continue;
                case IInvocationOperation call:
                    return call;
                default:
                    return null;
            }
        }

        return null;
    }

    private static IReadOnlyList<IOperation> With(List<IOperation>? found, IEnumerable<IOperation> more)
        => found is null ? more.ToList() : found.Concat(more).ToList();

    private static IEnumerable<IOperation> PartsOf(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            yield return argument.Value;
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (initializer is ISimpleAssignmentOperation assignment)
            {
                yield return assignment.Value;
            }
        }
    }

    /// <summary>A pattern that only tests presence or size, or only names the value (<c>var o</c>).</summary>
    public static bool IsPresencePattern(IPatternOperation pattern) => pattern switch
    {
        IDiscardPatternOperation => true,
        IConstantPatternOperation constant => constant.Value.ConstantValue is { HasValue: true, Value: null },
        INegatedPatternOperation negated => IsPresencePattern(negated.Pattern),
        ITypePatternOperation or IDeclarationPatternOperation => true,
        IRecursivePatternOperation recursive => recursive.DeconstructionSubpatterns.IsEmpty
            && recursive.PropertySubpatterns.All(s => IsSize(s.Member) && s.Pattern is IRelationalPatternOperation or IConstantPatternOperation),
        IBinaryPatternOperation binary => IsPresencePattern(binary.LeftPattern) && IsPresencePattern(binary.RightPattern),
        _ => false,
    };

    private static bool IsSize(IOperation? operation) => operation is IPropertyReferenceOperation { Property.Name: "Length" or "Count" };

    private static bool IsCompared(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual }
            || current.Parent is IIsPatternOperation { Pattern: IRelationalPatternOperation or IConstantPatternOperation or INegatedPatternOperation };
    }
}
