using System.Linq;
using CodeExecGen.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Consultation;

/// <summary>
/// How one read of a guard (<c>r.Outcome</c>) is used: a test that tells success apart, a lossy test, or
/// the value passed on. Follows the value through conversions, <c>ToString()</c>, string transforms,
/// copies into locals and helpers of the same compilation that receive it.
/// </summary>
internal static class Outcomes
{
    private const int MaxDepth = 8;

    public static Consulting Classify(IOperation read, GuardInfo guard, MethodScan scan, int depth)
    {
        // r.Outcome = Ok: a value this code made, and knows to be a success; any other write says nothing.
        if (read.Parent is ISimpleAssignmentOperation written && written.Target == read)
        {
            return ViewStrip(written.Value)?.ConstantValue is { HasValue: true } set && (guard.BitOf(set.Value) & ~guard.SuccessMask & guard.AllMask) == 0 && guard.BitOf(set.Value) != 0
                ? Consulting.Complete
                : Consulting.None;
        }

        // { Outcome: Ok }: the pattern is the test; it is classified where the subpattern is collected.
        if (read.Parent is IPropertySubpatternOperation subpattern && subpattern.Member == read)
        {
            return Consulting.None;
        }

        var current = read;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                case IConditionalAccessOperation access when access.WhenNotNull == current:
                case IConditionalOperation conditional when conditional.Condition != current:
                case IPropertyReferenceOperation { Property.Name: "Value" } when current.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T:
                case IInvocationOperation { TargetMethod.Name: "ToString" or "GetValueOrDefault", Arguments.Length: 0 } when ((IInvocationOperation)parent).Instance == current:
                    current = parent;
                    continue;

                case IPropertyReferenceOperation { Property.Name: "HasValue" }:
                    return Consulting.Lossy;

                case ICoalesceOperation coalesce when coalesce.Value == current:
                    // r.Outcome ?? Ok: null, an outcome the API did not send, reads as success.
                    if (ViewStrip(coalesce.WhenNull)?.ConstantValue is { HasValue: true } fallback && (guard.BitOf(fallback.Value) & guard.SuccessMask) != 0)
                    {
                        return Consulting.Lossy;
                    }

                    current = parent;
                    continue;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    var other = comparison.LeftOperand == current ? comparison.RightOperand : comparison.LeftOperand;
                    return ViewStrip(other)?.ConstantValue is { HasValue: true } constant ? InChain(comparison, Separating(WholeCondition(comparison, TrueMask(comparison, BitOf(guard, constant.Value), guard), read, guard, scan), guard), read, guard, scan) : Consulting.Complete;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } when parent.Type?.SpecialType == SpecialType.System_String:
                case IInterpolationOperation or IInterpolatedStringOperation or IInterpolatedStringAppendOperation or IInterpolatedStringHandlerCreationOperation:
                    current = parent; // "Status: " + r.Outcome, $"[{r.Outcome}]": the value travels on in the string.
                    continue;

                case IBinaryOperation:
                    return Consulting.Lossy; // r.Outcome > Ok and the like: an order, not an answer.

                case IIsPatternOperation isPattern when isPattern.Value == current:
                    if (isPattern.Pattern is IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol designated })
                    {
                        return ClassifyLocal(designated, isPattern.Syntax.Span.End, guard, scan, depth);
                    }

                    return InChain(isPattern, PatternMask(isPattern.Pattern, guard) is { } matched ? Separating(WholeCondition(isPattern, matched, read, guard, scan), guard) : ClassifyPattern(isPattern.Pattern, guard), read, guard, scan);

                case ISwitchOperation switchStatement when switchStatement.Value == current:
                    // Each section (its case labels together) either separates success or does not.
                    return Best(switchStatement.Cases.Select(section => SectionMask(section, guard) is { } mask ? Separating(mask, guard) : Consulting.Lossy));

                case ISwitchExpressionOperation switchExpression when switchExpression.Value == current:
                    return Best(switchExpression.Arms.Select(arm => ClassifyPattern(arm.Pattern, guard)));

                case IInvocationOperation { TargetMethod.Name: "Equals" } equals:
                    var operand = equals.Instance == current ? equals.Arguments.FirstOrDefault()?.Value : equals.Arguments.FirstOrDefault(a => a.Value != current)?.Value;
                    return ViewStrip(operand)?.ConstantValue is { HasValue: true } compared ? Separating(BitOf(guard, compared.Value), guard) : Consulting.Complete;

                case IInvocationOperation transform when transform.Instance == current && transform.Type?.SpecialType == SpecialType.System_String:
                    current = parent; // outcome.ToString().ToLowerInvariant(), .Replace("OUTCOME_", "")
                    continue;

                case IInvocationOperation test when test.Instance == current && test.Type?.SpecialType == SpecialType.System_Boolean:
                    return Consulting.Lossy; // outcome.Contains("FAIL"): a guess at some values.

                case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation or IObjectCreationOperation } argument:
                    var siblings = argument.Parent is IInvocationOperation call ? call.Arguments : (argument.Parent as IObjectCreationOperation)?.Arguments ?? default;
                    if (siblings.Length == 2 && siblings.FirstOrDefault(a => a != argument) is { } expected
                        && ViewStrip(expected.Value)?.ConstantValue is { HasValue: true, Value: not null } constantArgument
                        && BitOf(guard, constantArgument.Value) is not 0 and var expectedBits)
                    {
                        return Separating(expectedBits, guard); // Assert.Equal(Ok, r.Outcome), Equals(r.Outcome, Ok)
                    }

                    // Emit(r.Outcome, r.Output): one call carries both, the receiver decides.
                    if (CarriesGuarded(argument.Parent!, scan))
                    {
                        return UnderBranch(parent, read, guard, scan);
                    }

                    IMethodSymbol? method = argument.Parent is IInvocationOperation callee ? callee.TargetMethod : (argument.Parent as IObjectCreationOperation)?.Constructor;
                    if (method is null)
                    {
                        return UnderBranch(parent, read, guard, scan);
                    }

                    // Console.WriteLine($"Outcome: {r.Outcome}") on its own: shown in a statement of its own, apart
                    // from the output, it labels nothing. Adding it to a collection or builder fills an aggregate.
                    if (method.ReturnsVoid && scan.Context.IsOutside(method) && !FillsAggregate(method))
                    {
                        return Consulting.None;
                    }

                    return PassedOn(scan.Context.GuardParameterConsulting(method, parameter.Ordinal, guard, depth), parent, read, guard, scan);

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return PassedOn(ClassifyLocal(declarator.Symbol, declarator.Syntax.Span.End, guard, scan, depth), parent, read, guard, scan);

                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current:
                    return PassedOn(ClassifyLocal(target.Local, assignment.Syntax.Span.End, guard, scan, depth), parent, read, guard, scan);

                case ITupleOperation tuple when Deconstruction(tuple) is { } deconstruction:
                    var index = tuple.Elements.IndexOf(current);
                    var targets = (deconstruction.Target as IDeclarationExpressionOperation)?.Expression as ITupleOperation ?? deconstruction.Target as ITupleOperation;
                    return index >= 0 && targets is not null && index < targets.Elements.Length && ViewStrip(targets.Elements[index]) is ILocalReferenceOperation local
                        ? ClassifyLocal(local.Local, deconstruction.Syntax.Span.End, guard, scan, depth)
                        : Consulting.Complete;

                case IExpressionStatementOperation or IDiscardOperation:
                    return Consulting.None;

                default:
                    // Passed on as itself: an argument, an interpolation, an object's member, a return value;
                    // but not into a bag of extras that consumers of the object do not read.
                    return IntoExtras(parent) ? Consulting.None : UnderBranch(parent, read, guard, scan);
            }
        }

        return Consulting.None;
    }

    /// <summary>Whether an expression reads a guarded member, itself or through a local that holds one (<c>Emit(outcome, output)</c>).</summary>
    private static bool CarriesGuarded(IOperation expression, MethodScan scan, int depth = 0)
    {
        foreach (var operation in expression.Descendants())
        {
            switch (operation)
            {
                case IPropertyReferenceOperation or IFieldReferenceOperation when scan.Context.Catalog.GuardedReadBy(operation) is not null:
                    return true;
                case ILocalReferenceOperation local when depth < 4 && scan.Identities.SourcesOf(local.Local).Any(source => source is not (null or IForEachLoopOperation or IPatternOperation) && (scan.Context.Catalog.GuardedReadBy(ViewStrip(source)) is not null || CarriesGuarded(source, scan, depth + 1))):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A test that heads a branch of an <c>if</c>/<c>else if</c> chain giving one local a constant per branch
    /// (<c>if (o is null) code = 1; else if (o == Ok) code = 1; else code = 2;</c>) is judged with the chain: the
    /// constants are a label derived from the outcome, lossy when one of them stands for success and failure alike.
    /// </summary>
    private static Consulting InChain(IOperation test, Consulting asTest, IOperation read, GuardInfo guard, MethodScan scan)
    {
        var value = GuardValueOf(read, scan);
        if (test.Parent is not IConditionalOperation branch || branch.Condition != test)
        {
            return asTest;
        }

        var head = branch;
        while (head.Parent is IConditionalOperation outer && outer.WhenFalse == head)
        {
            head = outer;
        }

        var remaining = guard.AllMask;
        var labels = new System.Collections.Generic.Dictionary<object, ulong>();
        ILocalSymbol? labelled = null;
        for (IOperation? link = head; link is not null;)
        {
            var (condition, then, next) = link is IConditionalOperation conditional ? (conditional.Condition, conditional.WhenTrue, conditional.WhenFalse) : (null, link, null);
            var matched = condition is null ? remaining : TestMaskOf(condition, value, guard, scan) is { } mask ? mask & remaining : (ulong?)null;
            if (matched is null || ConstantAssignment(then) is not { } assignment || labelled is not null && !SymbolEqualityComparer.Default.Equals(labelled, assignment.Local))
            {
                return asTest;
            }

            labelled = assignment.Local;
            labels[assignment.Value] = (labels.TryGetValue(assignment.Value, out var earlier) ? earlier : 0) | matched.Value;
            remaining &= ~matched.Value;
            link = next;
        }

        return labels.Values.Any(mask => (mask & guard.SuccessMask) != 0 && (mask & ~guard.SuccessMask & guard.AllMask) != 0) ? Consulting.Lossy : asTest;
    }

    /// <summary>A label's constant as a dictionary key (null cannot be one).</summary>
    private static readonly object NullConstant = new();

    private static (ILocalSymbol Local, object Value)? ConstantAssignment(IOperation? statement)
    {
        if (statement is IBlockOperation { Operations.Length: 1 } block)
        {
            statement = block.Operations[0];
        }

        return statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment }
               && ViewStrip(assignment.Value)?.ConstantValue is { HasValue: true } constant
            ? (target.Local, constant.Value ?? NullConstant)
            : null;
    }

    /// <summary>
    /// A test is judged with the whole condition it is part of, when every operand tests the same guard:
    /// <c>o is not null &amp;&amp; o != Ok</c> holds for Failed, DeadlineExceeded and Unspecified, and leaves null with Ok.
    /// </summary>
    private static ulong WholeCondition(IOperation test, ulong matched, IOperation read, GuardInfo guard, MethodScan scan)
    {
        var value = GuardValueOf(read, scan);
        var current = test;
        while (current.Parent is { } parent)
        {
            if (parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } or IParenthesizedOperation)
            {
                matched = parent is IUnaryOperation ? guard.AllMask & ~matched : matched;
            }
            else if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical
                && TestMaskOf(logical.LeftOperand == current ? logical.RightOperand : logical.LeftOperand, value, guard, scan) is { } otherMask)
            {
                matched = logical.OperatorKind == BinaryOperatorKind.ConditionalAnd ? matched & otherMask : matched | otherMask;
            }
            else
            {
                return matched;
            }

            current = parent;
        }

        return matched;
    }

    /// <summary>
    /// The outcome passed on inside one branch of a test of the same guard carries a label only on that branch:
    /// elsewhere its absence speaks, and it is lossy when it stands for success and failure alike
    /// (<c>if (o is not null &amp;&amp; o != Ok) error = o.ToString();</c> leaves null looking like Ok).
    /// </summary>
    private static Consulting UnderBranch(IOperation from, IOperation read, GuardInfo guard, MethodScan scan)
    {
        var value = GuardValueOf(read, scan);
        IOperation child = from;
        for (var current = from.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IConditionalOperation conditional && conditional.Condition != child && TestMaskOf(conditional.Condition, value, guard, scan) is { } mask)
            {
                var labelled = conditional.WhenTrue == child ? mask : guard.AllMask & ~mask;
                var absent = guard.AllMask & ~labelled;
                return (absent & guard.SuccessMask) != 0 && (absent & ~guard.SuccessMask) != 0 ? Consulting.Lossy : Consulting.Complete;
            }

            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                break;
            }
        }

        return Consulting.Complete;
    }

    /// <summary>
    /// The guard values a pattern matches. An enum value the schema does not know reads as null (it is kept in
    /// ExtensionData), so a pattern that rejects null rejects the unknown bit too.
    /// </summary>
    private static ulong? PatternMask(IPatternOperation pattern, GuardInfo guard)
        => Narrowing.MatchMask(pattern, guard) is { } mask ? Narrowing.MatchesNull(pattern) == false ? mask & ~GuardInfo.UnknownBit : mask : null;

    /// <summary>The guard values an (in)equality with a constant holds for.</summary>
    private static ulong TrueMask(IBinaryOperation comparison, ulong equal, GuardInfo guard)
        => comparison.OperatorKind == BinaryOperatorKind.Equals ? equal : guard.AllMask & ~equal;

    /// <summary>The outcome's value handed on (to a local, a call): a label only where the branch it is handed on in holds.</summary>
    private static Consulting PassedOn(Consulting consulting, IOperation at, IOperation read, GuardInfo guard, MethodScan scan)
        => consulting == Consulting.Complete ? UnderBranch(at, read, guard, scan) : consulting;

    /// <summary>
    /// The guard values left where a use sits, when an enclosing <c>if</c> or <c>?:</c> tests the same value's
    /// guard (<c>if (r.Outcome == Ok) Show(r.Output);</c>): the common case needs no flow analysis. Null when no
    /// enclosing condition says.
    /// </summary>
    public static ulong? EnclosingTest(IOperation use, IOperation? instance, GuardInfo guard, MethodScan scan)
    {
        var value = scan.Identities.Of(instance);
        if (value is null)
        {
            return null;
        }

        IOperation child = use;
        for (var current = use.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IConditionalOperation conditional && conditional.Condition != child && TestMaskOf(conditional.Condition, value, guard, scan) is { } mask)
            {
                return conditional.WhenTrue == child ? mask : guard.AllMask & ~mask;
            }

            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation or IBlockOperation { Parent: IMethodBodyOperation })
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the value the use is part of (one object, string, argument list, tuple or collection) also
    /// carries the same value's outcome in a way that tells success apart: forwarded together, the receiver
    /// decides, and no flow analysis is needed.
    /// </summary>
    public static bool CarriedWithItsOutcome(IOperation use, IOperation? instance, GuardInfo guard, MethodScan scan)
    {
        var value = scan.Identities.Of(instance);
        if (value is null)
        {
            return false;
        }

        IOperation carrier = use;
        while (carrier.Parent is IConversionOperation or IParenthesizedOperation or IInterpolationOperation or IInterpolatedStringOperation
            or IInterpolatedStringAppendOperation or IInterpolatedStringHandlerCreationOperation
            or IArgumentOperation or IInvocationOperation or IObjectCreationOperation or IAnonymousObjectCreationOperation
            or IObjectOrCollectionInitializerOperation or IMemberInitializerOperation or ITupleOperation or IArrayCreationOperation
            or IArrayCreationOperation or IArrayInitializerOperation or ICoalesceOperation or IConditionalAccessOperation
            || carrier.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && add.Type?.SpecialType == SpecialType.System_String
            || carrier.Parent is ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation }
            || carrier.Parent is IConditionalOperation conditional && conditional.Condition != carrier)
        {
            carrier = carrier.Parent;
        }

        if (carrier == use)
        {
            return false;
        }

        foreach (var operation in carrier.Descendants())
        {
            if (operation is IPropertyReferenceOperation or IFieldReferenceOperation
                && GuardValueOf(operation, scan) == value
                && Classify(operation, guard, scan, depth: 0) == Consulting.Complete)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value a guard read is read on (<c>r</c> for <c>r.Outcome</c>), also through a local copy of it.</summary>
    private static string? GuardValueOf(IOperation read, MethodScan scan, int depth = 0)
    {
        var stripped = ViewStrip(read);
        while (stripped is IConditionalAccessOperation access)
        {
            stripped = ViewStrip(access.WhenNotNull);
        }

        switch (stripped)
        {
            case IPropertyReferenceOperation or IFieldReferenceOperation when GuardCatalog.MemberRead(stripped) is ({ } member, var instance) && scan.Context.Catalog.GuardNamedBy(member) is not null:
                return scan.Identities.Of(instance);
            case ILocalReferenceOperation local when depth < 4:
                // var outcome = r.Outcome;: the copy is r's outcome.
                string? found = null;
                foreach (var source in scan.Identities.SourcesOf(local.Local))
                {
                    if (source is null || GuardValueOf(source, scan, depth + 1) is not { } value || found is not null && found != value)
                    {
                        return null;
                    }

                    found = value;
                }

                return found;
            default:
                return null;
        }
    }

    /// <summary>
    /// The guard values a condition holds for, when it is made only of tests of this value's guard (patterns,
    /// (in)equalities with constants, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>); null when anything else is in it.
    /// </summary>
    private static ulong? TestMaskOf(IOperation condition, string? value, GuardInfo guard, MethodScan scan)
    {
        if (value is null)
        {
            return null;
        }

        switch (ViewStrip(condition))
        {
            case IPropertyReferenceOperation { Property.Name: var name } check when name == guard.CheckPropertyName && scan.Identities.Of(check.Instance) == value:
                return guard.SuccessMask; // r.IsOk
            case IInvocationOperation { TargetMethod.Name: var method } tryGet when method == guard.TryGetMethodName && scan.Identities.Of(tryGet.Instance) == value:
                return guard.SuccessMask; // r.TryGetOutput(out var s)
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return TestMaskOf(not.Operand, value, guard, scan) is { } inner ? guard.AllMask & ~inner : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                var left = TestMaskOf(logical.LeftOperand, value, guard, scan);
                var right = TestMaskOf(logical.RightOperand, value, guard, scan);
                return left is null || right is null ? null : logical.OperatorKind == BinaryOperatorKind.ConditionalAnd ? left & right : left | right;
            case IIsPatternOperation isPattern when IsGuardOf(isPattern.Value, value, guard, scan):
                return PatternMask(isPattern.Pattern, guard);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                var (side, other) = ViewStrip(comparison.RightOperand)?.ConstantValue.HasValue == true ? (comparison.LeftOperand, comparison.RightOperand) : (comparison.RightOperand, comparison.LeftOperand);
                if (!IsGuardOf(side, value, guard, scan) || ViewStrip(other)?.ConstantValue is not { HasValue: true } constant)
                {
                    return null;
                }

                var bits = BitOf(guard, constant.Value);
                return comparison.OperatorKind == BinaryOperatorKind.Equals ? bits : guard.AllMask & ~bits;
            default:
                return null;
        }
    }

    private static bool IsGuardOf(IOperation operation, string value, GuardInfo guard, MethodScan scan)
        => GuardValueOf(operation, scan) == value;

    /// <summary>The deconstruction a tuple literal is the value of: <c>var (outcome, output) = (r.Outcome, r.Output);</c>.</summary>
    public static IDeconstructionAssignmentOperation? Deconstruction(ITupleOperation tuple)
    {
        IOperation current = tuple;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Value == current ? deconstruction : null;
    }

    /// <summary>A method that adds what it is given to its receiver (a collection, a builder, a model's setter), not one that shows it.</summary>
    private static bool FillsAggregate(IMethodSymbol method)
        => !method.IsStatic && (method.ContainingType.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)
            || AggregateVerbs.Any(verb => method.Name.StartsWith(verb, System.StringComparison.Ordinal)));

    private static readonly string[] AggregateVerbs = ["Add", "Append", "Insert", "Prepend", "Push", "Enqueue", "Set", "Put", "Update"];

    /// <summary>
    /// Inside what is assigned to <c>AdditionalProperties</c> (Microsoft.Extensions.AI's bag of provider extras,
    /// which consumers of a content do not read): carried there, the outcome labels nothing.
    /// </summary>
    private static bool IntoExtras(IOperation operation)
    {
        for (var (current, steps) = (operation, 0); current is not null && steps < 8; (current, steps) = (current.Parent, steps + 1))
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "AdditionalProperties" } })
            {
                return true;
            }

            if (current is IExpressionStatementOperation or IBlockOperation or IReturnOperation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The guard values a switch section's labels match together; null when one cannot be said (a default, a guard clause).</summary>
    private static ulong? SectionMask(ISwitchCaseOperation section, GuardInfo guard)
    {
        var mask = 0UL;
        foreach (var clause in section.Clauses)
        {
            switch (clause)
            {
                case ISingleValueCaseClauseOperation single when ViewStrip(single.Value)?.ConstantValue is { HasValue: true } value:
                    mask |= BitOf(guard, value.Value);
                    break;
                case IPatternCaseClauseOperation { Guard: null } pattern when PatternMask(pattern.Pattern, guard) is { } matched:
                    mask |= matched;
                    break;
                default:
                    return null;
            }
        }

        return mask;
    }

    /// <summary>A pattern on the guard: complete when it separates success from every other value.</summary>
    public static Consulting ClassifyPattern(IPatternOperation pattern, GuardInfo guard)
    {
        if (pattern is IDeclarationPatternOperation { MatchesNull: true } or IDiscardPatternOperation)
        {
            return Consulting.None; // var o, _: names the value without testing it.
        }

        return PatternMask(pattern, guard) is { } mask ? Separating(mask, guard) : Consulting.Lossy;
    }

    public static Consulting Best(System.Collections.Generic.IEnumerable<Consulting> all)
    {
        var best = Consulting.None;
        foreach (var consulting in all)
        {
            if (consulting > best)
            {
                best = consulting;
            }
        }

        return best;
    }

    /// <summary>How a method consults the guard value held by a local: the best of its reads.</summary>
    public static Consulting ClassifyLocal(ILocalSymbol local, int assignedAt, GuardInfo guard, MethodScan scan, int depth)
    {
        if (depth >= MaxDepth)
        {
            return Consulting.Complete;
        }

        return Best(scan.Identities.ReadsOf(local, assignedAt).Select(read => Classify(read, guard, scan, depth + 1)));
    }

    /// <summary>A test matching these guard values tells success apart when it matches exactly the successes, or exactly the rest.</summary>
    private static Consulting Separating(ulong matched, GuardInfo guard)
    {
        matched &= guard.AllMask;
        return matched == guard.SuccessMask || matched == (guard.AllMask & ~guard.SuccessMask) ? Consulting.Complete : Consulting.Lossy;
    }

    /// <summary>The bit of a constant compared with the guard; also the wire name (<c>"OUTCOME_OK"</c>) a port may compare its string with.</summary>
    private static ulong BitOf(GuardInfo guard, object? constant)
    {
        var bit = guard.BitOf(constant);
        if (bit == 0 && constant is string text)
        {
            foreach (var field in guard.EnumType.GetMembers().OfType<IFieldSymbol>())
            {
                if (field.HasConstantValue && field.GetAttributes().Any(a => a.AttributeClass?.Name == "EnumMemberAttribute"
                        && a.NamedArguments.Any(n => n.Key == "Value" && string.Equals(n.Value.Value as string, text, System.StringComparison.OrdinalIgnoreCase))))
                {
                    return guard.BitOf(field.ConstantValue);
                }
            }
        }

        return bit;
    }

    private static IOperation? ViewStrip(IOperation? operation) => ValueIdentities.Strip(operation);
}
