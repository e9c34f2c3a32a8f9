using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeExecGen.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Consultation;

/// <summary>
/// Names the value an expression denotes in one method's operation tree, so that a read of the output
/// and a consultation of the outcome can be matched by value, not by name: a local assigned once, a
/// pattern designation (<c>is { } r</c>) and a <c>foreach</c> variable stand for what they were given;
/// a local assigned several times is a new value after each assignment (by source order); the
/// parameters of <c>Where</c>, <c>Select</c>, <c>First</c>, ... lambdas and a <c>foreach</c> variable
/// are the elements of their source, seen through filters (<c>Where</c>, <c>OrderBy</c>, <c>ToList</c>).
/// </summary>
internal sealed class ValueIdentities
{
    /// <summary>LINQ-like methods whose lambda's first parameter, or whose result, is an element of the source.</summary>
    private static readonly HashSet<string> ElementMethods = new(System.StringComparer.Ordinal)
    {
        "Where", "Select", "SelectMany", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault",
        "Any", "All", "Count", "LongCount", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "TakeWhile",
        "SkipWhile", "ToDictionary", "ToLookup", "GroupBy", "ForEach", "Sum", "Max", "Min", "MaxBy", "MinBy", "Aggregate",
        "Find", "FindAll", "Exists", "TrueForAll", "FindIndex", "FindLast", "DistinctBy", "ElementAt", "ElementAtOrDefault",
    };

    /// <summary>Methods that return (some of) the same elements in the same or another order.</summary>
    private static readonly HashSet<string> FilterMethods = new(System.StringComparer.Ordinal)
    {
        "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Take", "Skip", "TakeWhile", "SkipWhile",
        "TakeLast", "SkipLast", "Distinct", "DistinctBy", "ToList", "ToArray", "AsEnumerable", "Reverse", "Cast", "OfType", "FindAll",
    };

    private static readonly HashSet<string> ElementResultMethods = new(System.StringComparer.Ordinal)
    {
        "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault", "ElementAt", "ElementAtOrDefault", "Find", "FindLast",
    };

    private readonly Dictionary<ISymbol, List<(int Position, IOperation? Source, IOperation At)>> _definitions = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> _reads = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, IAnonymousFunctionOperation> _lambdas = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ILocalSymbol> _resolving = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IOperation, string?> _named = new();

    public ValueIdentities(IEnumerable<IOperation> operations)
    {
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                    Define(declarator.Symbol, declarator.Syntax.Span.End, initializer.Value, declarator);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Define(target.Local, assignment.Syntax.Span.End, assignment.Value, assignment);
                    break;
                case ISimpleAssignmentOperation { Target: IParameterReferenceOperation target } assignment:
                    Define(target.Parameter, assignment.Syntax.Span.End, assignment.Value, assignment);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: IParameterReferenceOperation passed } byReference:
                    Define(passed.Parameter, byReference.Parent?.Syntax.Span.End ?? byReference.Syntax.Span.End, null, byReference);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref, Value: ILocalReferenceOperation passed } byReference:
                    Define(passed.Local, byReference.Parent?.Syntax.Span.End ?? byReference.Syntax.Span.End, null, byReference);
                    break;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound:
                    Define(target.Local, compound.Syntax.Span.End, null, compound);
                    break;
                case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation target } coalesce:
                    Define(target.Local, coalesce.Syntax.Span.End, null, coalesce);
                    break;
                case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } pattern:
                    Define(local, pattern.Syntax.Span.End, pattern, pattern);
                    break;
                case IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol local } pattern:
                    Define(local, pattern.Syntax.Span.End, pattern, pattern);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    // var (outcome, output) = (r.Outcome, r.Output): each local holds its element.
                    var targets = (deconstruction.Target as IDeclarationExpressionOperation)?.Expression as ITupleOperation ?? deconstruction.Target as ITupleOperation;
                    var values = Strip(deconstruction.Value) as ITupleOperation;
                    for (var i = 0; targets is not null && i < targets.Elements.Length; i++)
                    {
                        if (Strip(targets.Elements[i]) is ILocalReferenceOperation element)
                        {
                            Define(element.Local, deconstruction.Syntax.Span.End, values is not null && i < values.Elements.Length ? values.Elements[i] : null, deconstruction);
                        }
                    }

                    break;
                case IForEachLoopOperation loop:
                    foreach (var local in loop.Locals)
                    {
                        Define(local, loop.Collection.Syntax.Span.End, loop, loop);
                    }

                    break;
                case ILocalReferenceOperation reference when reference.Parent is IDeclarationExpressionOperation || IsWrite(reference):
                    if (reference.Parent is IDeclarationExpressionOperation { Parent: not ITupleOperation } or IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref })
                    {
                        Define(reference.Local, reference.Syntax.Span.End, null, reference);
                    }

                    break;
                case ILocalReferenceOperation reference:
                    if (!_reads.TryGetValue(reference.Local, out var reads))
                    {
                        _reads[reference.Local] = reads = new List<ILocalReferenceOperation>();
                    }

                    reads.Add(reference);
                    break;
                case IAnonymousFunctionOperation lambda:
                    _lambdas[lambda.Symbol] = lambda;
                    break;
            }
        }
    }

    private static IEnumerable<IOperation> Ancestors(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }

    /// <summary>The statement an assignment or declaration is (not the if or loop around it).</summary>
    private static IOperation? StatementOf(IOperation operation)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current is IExpressionStatementOperation or IVariableDeclarationGroupOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>What a local was given, on each assignment (null where it cannot be said).</summary>
    public IEnumerable<IOperation?> SourcesOf(ILocalSymbol local)
        => _definitions.TryGetValue(local, out var definitions) ? definitions.Select(d => d.Source) : Enumerable.Empty<IOperation?>();

    /// <summary>Where a local is read (not written).</summary>
    public IReadOnlyList<ILocalReferenceOperation> ReadsOf(ILocalSymbol local)
        => _reads.TryGetValue(local, out var reads) ? reads : (IReadOnlyList<ILocalReferenceOperation>)System.Array.Empty<ILocalReferenceOperation>();

    /// <summary>Where a local is read while it still holds the value it was given at <paramref name="assignedAt"/> (by source order).</summary>
    public IEnumerable<ILocalReferenceOperation> ReadsOf(ILocalSymbol local, int assignedAt)
    {
        // A later assignment ends this value only when it surely runs after it: a statement of a block the first
        // assignment is in (if (c) x = a; else x = b; are two values both read after the if).
        var next = int.MaxValue;
        if (_definitions.TryGetValue(local, out var definitions) && definitions.FirstOrDefault(d => d.Position == assignedAt).At is { } first)
        {
            var blocks = new HashSet<IOperation>(Ancestors(first).OfType<IBlockOperation>());
            foreach (var definition in definitions)
            {
                if (definition.Position > assignedAt && definition.Position < next && StatementOf(definition.At)?.Parent is IBlockOperation block && blocks.Contains(block))
                {
                    next = definition.Position;
                }

                // An if statement of such a block that assigns it on both branches ends it where the if ends.
                if (definition.Position > assignedAt && Ancestors(definition.At).OfType<IConditionalOperation>().FirstOrDefault(c => c.Parent is IBlockOperation b && blocks.Contains(b)) is { WhenFalse: { } otherwise } both
                    && both.Syntax.SpanStart > assignedAt && both.Syntax.Span.End < next
                    && definitions.Any(d => Ancestors(d.At).Contains(both.WhenTrue)) && definitions.Any(d => Ancestors(d.At).Contains(otherwise) || d.At == otherwise))
                {
                    next = both.Syntax.Span.End;
                }
            }
        }

        return ReadsOf(local).Where(read => read.Syntax.SpanStart >= assignedAt && read.Syntax.SpanStart < next);
    }

    /// <summary>The value an expression denotes, or null when it has no name here (a call's result, a new object).</summary>
    public string? Of(IOperation? operation, int depth = 0)
    {
        operation = Strip(operation);
        if (operation is null || depth > 24)
        {
            return null;
        }

        // Names are strings built by concatenation; each expression is named once.
        if (_named.TryGetValue(operation, out var named))
        {
            return named;
        }

        named = Name(operation, depth);
        _named[operation] = named;
        return named;
    }

    private string? Name(IOperation operation, int depth)
    {

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return OfLocal(local.Local, local.Syntax.SpanStart, depth);
            case IParameterReferenceOperation parameter:
                return OfParameter(parameter.Parameter, parameter.Syntax.SpanStart, depth);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                return HolderOf(receiver, depth);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } input:
                // The member of { Output: var o } is read on what the enclosing pattern matches.
                return input.Parent?.Parent is IPropertySubpatternOperation { Parent: IRecursivePatternOperation outer } ? InputOf(outer, depth + 1) : null;
            case IInstanceReferenceOperation:
                return "this";
            case IConditionalAccessInstanceOperation instance:
                return AccessPaths.ConditionalAccessOf(instance) is { } nullConditional ? Of(nullConditional.Operation, depth + 1) : null;
            case IConditionalAccessOperation access:
                return Of(access.WhenNotNull, depth + 1);
            case ICoalesceOperation coalesce:
                return Of(coalesce.Value, depth + 1);
            case IFieldReferenceOperation field:
                return Member(field.Instance, field.Field, depth);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                return Member(property.Instance, property.Property, depth);
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer when indexer.Arguments[0].Value.ConstantValue.HasValue:
                return Of(indexer.Instance, depth + 1) is { } list ? list + "[" + Constant(indexer.Arguments[0].Value) + "]" : null;
            case IArrayElementReferenceOperation { Indices.Length: 1 } element when element.Indices[0].ConstantValue.HasValue:
                return Of(element.ArrayReference, depth + 1) is { } array ? array + "[" + Constant(element.Indices[0]) + "]" : null;
            case IInvocationOperation invocation when ElementResultMethods.Contains(invocation.TargetMethod.Name) && SourceOf(invocation) is { } source:
                return ElementOf(source, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>
    /// The object an initializer sets members of (<c>Outcome</c> in <c>var r = new T { Outcome = Ok }</c>):
    /// the local it is stored in, if any.
    /// </summary>
    private string? HolderOf(IOperation receiver, int depth)
    {
        for (var current = receiver.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectCreationOperation or IAnonymousObjectCreationOperation)
            {
                var holder = current;
                while (holder.Parent is IConversionOperation or IParenthesizedOperation)
                {
                    holder = holder.Parent;
                }

                return holder.Parent switch
                {
                    IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => OfLocal(declarator.Symbol, declarator.Syntax.Span.End, depth + 1),
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment => OfLocal(target.Local, assignment.Syntax.Span.End, depth + 1),
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>The value a pattern is matched against: <c>x</c> in <c>x is { A: { } a }</c> for the outer pattern, <c>x.A</c> for the inner.</summary>
    public string? InputOf(IPatternOperation pattern, int depth = 0)
    {
        if (depth > 24)
        {
            return null;
        }

        // Get() is { Outcome: Ok } r: a value without a name of its own is named by its designation.
        return MatchedValue(pattern, depth) ?? (DeclaredLocal(pattern) is { } local ? AccessPaths.Local(local) : null);
    }

    private static ILocalSymbol? DeclaredLocal(IPatternOperation pattern) => pattern switch
    {
        IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } => local,
        IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol local } => local,
        _ => null,
    };

    private string? MatchedValue(IPatternOperation pattern, int depth)
    {
        return pattern.Parent switch
        {
            IIsPatternOperation isPattern => Of(isPattern.Value, depth + 1),
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => Of(switchExpression.Value, depth + 1),
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => Of(switchStatement.Value, depth + 1),
            IBinaryPatternOperation or INegatedPatternOperation => pattern.Parent is IPatternOperation parent ? InputOf(parent, depth + 1) : null,
            IPropertySubpatternOperation { Parent: IRecursivePatternOperation outer } subpattern when MemberOf(subpattern) is { } member
                => InputOf(outer, depth + 1) is { } input ? input + "." + member.Name : null,
            _ => null,
        };
    }

    /// <summary>The member a property subpattern reads (<c>Outcome</c> in <c>{ Outcome: Ok }</c>).</summary>
    public static ISymbol? MemberOf(IPropertySubpatternOperation subpattern) => subpattern.Member switch
    {
        IPropertyReferenceOperation property => property.Property,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    public static IOperation? Strip(IOperation? operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    /// <summary>The collection an extension or instance method works on: <c>list</c> in <c>list.Where(...)</c>.</summary>
    public static IOperation? SourceOf(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    private static bool IsWrite(ILocalReferenceOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is ITupleOperation or IDeclarationExpressionOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == current,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation { Parameter.RefKind: RefKind.Out } => true,
            _ => false,
        };
    }

    private void Define(ISymbol local, int position, IOperation? source, IOperation at)
    {
        if (!_definitions.TryGetValue(local, out var definitions))
        {
            _definitions[local] = definitions = new List<(int, IOperation?, IOperation)>();
        }

        definitions.Add((position, source, at));
    }

    private string OfLocal(ILocalSymbol local, int position, int depth)
    {
        var own = AccessPaths.Local(local);
        if (!_definitions.TryGetValue(local, out var definitions) || definitions.Count == 0)
        {
            return own;
        }

        if (definitions.Count > 1)
        {
            // Each assignment starts a new value: the read sees the last one before it in the source.
            var version = definitions.Count(d => d.Position <= position);
            return own + "#" + version.ToString(CultureInfo.InvariantCulture);
        }

        if (!_resolving.Add(local))
        {
            return own;
        }

        try
        {
            return definitions[0].Source switch
            {
                IPatternOperation pattern => InputOf(pattern, depth + 1) ?? own,
                IForEachLoopOperation loop => ElementOf(loop.Collection, depth + 1),
                { } value => Of(value, depth + 1) ?? own,
                null => own,
            };
        }
        finally
        {
            _resolving.Remove(local);
        }
    }

    private string OfParameter(IParameterSymbol parameter, int position, int depth)
    {
        // The element parameter of a lambda passed to Where/Select/First/ForEach: an element of the source.
        if (parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } function
            && _lambdas.TryGetValue(function, out var lambda))
        {
            IOperation current = lambda;
            while (current.Parent is IDelegateCreationOperation or IConversionOperation)
            {
                current = current.Parent;
            }

            if (current.Parent is IArgumentOperation { Parent: IInvocationOperation invocation } argument
                && ElementMethods.Contains(invocation.TargetMethod.Name)
                && SourceOf(invocation) is { } source
                && source != argument.Value)
            {
                return ElementOf(source, depth + 1);
            }
        }

        var own = AccessPaths.Parameter(parameter);
        if (_definitions.TryGetValue(parameter, out var definitions))
        {
            // A parameter assigned in the body: the value passed in is version 0, each assignment a new one.
            return own + "#" + definitions.Count(d => d.Position <= position).ToString(CultureInfo.InvariantCulture);
        }

        return own;
    }

    private string ElementOf(IOperation collection, int depth)
    {
        var stripped = Strip(collection)!;
        if (depth < 24 && stripped is IInvocationOperation invocation && FilterMethods.Contains(invocation.TargetMethod.Name) && SourceOf(invocation) is { } source)
        {
            return ElementOf(source, depth + 1);
        }

        return "E:" + (Of(stripped, depth + 1) ?? "@" + stripped.Syntax.SpanStart.ToString(CultureInfo.InvariantCulture));
    }

    private string? Member(IOperation? instance, ISymbol member, int depth)
    {
        if (member.IsStatic)
        {
            return "S:" + member.ContainingType.ToDisplayString() + "." + member.Name;
        }

        return Of(instance, depth + 1) is { } receiver ? receiver + "." + member.Name : null;
    }

    private static string Constant(IOperation operation) => System.Convert.ToString(operation.ConstantValue.Value, CultureInfo.InvariantCulture) ?? "null";
}
