using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Consultation;

/// <summary>
/// Whether a read of the output uses it as a result. Presence and size are not uses: null and empty
/// tests, type tests, <c>Length</c>/<c>Count</c>, and a helper of the same compilation whose body only
/// measures the string (a number or bool comes back, the string goes nowhere else). The value is
/// followed through transforms (<c>Trim()</c>, <c>Split(...)</c>, <c>?? ""</c>) and locals.
/// </summary>
internal static class OutputUses
{
    private const int MaxDepth = 8;

    private static readonly HashSet<string> SizeMembers = new(System.StringComparer.Ordinal) { "Length", "Count", "LongLength", "LongCount", "Any" };

    public static bool IsUse(IOperation read, MethodScan scan, int depth = 0) => UseSite(read, scan, depth) is not null;

    /// <summary>
    /// Where the value read is used as a result: the read itself, or the first use of a local it is kept
    /// in (<c>var s = r.Output; Show(s);</c> is used at <c>s</c>); null when it is only tested or measured.
    /// </summary>
    public static IOperation? UseSite(IOperation read, MethodScan scan, int depth = 0)
        => read.Parent is INameOfOperation || IsWritten(read) ? null : Climb(read, scan, depth);

    private static IOperation? Climb(IOperation read, MethodScan scan, int depth)
    {
        var current = read;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                case ICoalesceOperation coalesce when coalesce.Value == current:
                case IConditionalOperation conditional when conditional.Condition != current:
                case IConditionalAccessOperation access when access.WhenNotNull == current:
                    current = parent;
                    continue;

                case IConditionalAccessOperation access when access.Operation == current:
                    // output?.Length: judged by what is done with it; the binding stands in for the value.
                    current = FindBinding(access.WhenNotNull) ?? parent;
                    continue;

                case IIsPatternOperation isPattern when isPattern.Value == current:
                    return PatternUse(isPattern.Pattern, read, scan, depth);

                case IPropertySubpatternOperation subpattern when subpattern.Member == current:
                    return PatternUse(subpattern.Pattern, read, scan, depth); // r is { Output: var o }

                case IIsTypeOperation:
                    return null; // output is string

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    var other = comparison.LeftOperand == current ? comparison.RightOperand : comparison.LeftOperand;
                    return ValueIdentities.Strip(other) is { ConstantValue: { HasValue: true, Value: null } } ? null : read;

                case IPropertyReferenceOperation size when size.Instance == current && SizeMembers.Contains(size.Property.Name):
                    return null;

                case IArgumentOperation { Parent: IInvocationOperation call } argument:
                    if (call.TargetMethod is { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String })
                    {
                        return null;
                    }

                    if (ValueIdentities.SourceOf(call) == argument.Value && call.Instance is null)
                    {
                        // output.Count(), output.Split(' ').Count(): an extension method on the value.
                        if (SizeMembers.Contains(call.TargetMethod.Name))
                        {
                            return null;
                        }

                        if (IsTransform(call))
                        {
                            current = call;
                            continue;
                        }
                    }

                    return argument.Parameter is { } parameter && scan.Context.MeasuresOnly(call.TargetMethod, parameter.Ordinal, depth) ? null : read;

                case IInvocationOperation call when call.Instance == current:
                    if (SizeMembers.Contains(call.TargetMethod.Name))
                    {
                        return null;
                    }

                    if (IsTransform(call))
                    {
                        current = call; // output.Trim(), output.Split('\n'): still the output.
                        continue;
                    }

                    return read;

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return LocalUse(declarator.Symbol, declarator.Syntax.Span.End, scan, depth);

                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current:
                    return LocalUse(target.Local, assignment.Syntax.Span.End, scan, depth);

                case ITupleOperation tuple when Outcomes.Deconstruction(tuple) is { } deconstruction:
                    // var (outcome, output) = (r.Outcome, r.Output): judged where the local is used.
                    var index = tuple.Elements.IndexOf(current);
                    var targets = (deconstruction.Target as IDeclarationExpressionOperation)?.Expression as ITupleOperation ?? deconstruction.Target as ITupleOperation;
                    return index >= 0 && targets is not null && index < targets.Elements.Length && ValueIdentities.Strip(targets.Elements[index]) is ILocalReferenceOperation local
                        ? LocalUse(local.Local, deconstruction.Syntax.Span.End, scan, depth)
                        : read;

                case IExpressionStatementOperation or IDiscardOperation:
                    return null;

                default:
                    return read;
            }
        }

        return read;
    }

    /// <summary>A call on the value that gives the value back in another shape (a string, an array, a sequence), not a verdict on it.</summary>
    private static bool IsTransform(IInvocationOperation call)
        => call.Type is { } type && type.SpecialType != SpecialType.System_Void && type.SpecialType != SpecialType.System_Boolean
           && !IsNumeric(type);

    public static bool IsNumeric(ITypeSymbol type) => type.SpecialType is >= SpecialType.System_Char and <= SpecialType.System_Double or SpecialType.System_Decimal;

    private static IOperation? FindBinding(IOperation whenNotNull)
    {
        foreach (var descendant in whenNotNull.DescendantsAndSelf())
        {
            if (descendant is IConditionalAccessInstanceOperation)
            {
                return descendant;
            }
        }

        return null;
    }

    /// <summary>
    /// A pattern on the value: a designation is followed (<c>is { Length: &gt; 0 } s</c>, <c>var o</c>), a presence
    /// or size test is not a use, a test of the content is.
    /// </summary>
    private static IOperation? PatternUse(IPatternOperation pattern, IOperation read, MethodScan scan, int depth)
    {
        var designated = pattern switch
        {
            IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } => local,
            IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol local } => local,
            _ => null,
        };
        if (designated is not null && LocalUse(designated, pattern.Syntax.Span.End, scan, depth) is { } used)
        {
            return used;
        }

        return UseSites.IsPresencePattern(pattern) ? null : read;
    }

    private static IOperation? LocalUse(ILocalSymbol local, int assignedAt, MethodScan scan, int depth)
    {
        if (depth >= MaxDepth)
        {
            return null;
        }

        foreach (var read in scan.Identities.ReadsOf(local, assignedAt))
        {
            if (Climb(read, scan, depth + 1) is { } used)
            {
                return used;
            }
        }

        return null;
    }

    private static bool IsWritten(IOperation read)
        => read.Parent is IAssignmentOperation assignment && assignment.Target == read
           || read.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Out };
}
