using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Flow;

/// <summary>
/// Names the instance an operation denotes, so that a check and a read can be matched: a local, a
/// parameter, <c>this</c>, a static type, and member-access or constant-index chains on them
/// (<c>part.CodeExecutionResult</c>, <c>this._last</c>, <c>arr[0]</c>). A <c>ref</c> local bound once
/// (<c>ref var x = ref arr[0];</c>) names what it refers to. Anything else has no path.
/// </summary>
internal static class AccessPaths
{
    /// <summary>For paths in a method's own operation tree, which has no flow captures.</summary>
    public static readonly IReadOnlyDictionary<CaptureId, IOperation> NoCaptures = new Dictionary<CaptureId, IOperation>();

    private static readonly IReadOnlyDictionary<ILocalSymbol, IOperation> NoRefLocals = new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default);

    public static string? Of(IOperation? operation, IReadOnlyDictionary<CaptureId, IOperation> captures, IReadOnlyDictionary<ILocalSymbol, IOperation>? refLocals = null, int depth = 0)
    {
        refLocals ??= NoRefLocals;
        if (operation is null || depth > 32)
        {
            return null;
        }

        switch (operation)
        {
            case IConversionOperation { OperatorMethod: null } conversion:
                return Of(conversion.Operand, captures, refLocals, depth + 1);
            case ILocalReferenceOperation local when local.Local.IsRef && refLocals.TryGetValue(local.Local, out var referent):
                return Of(referent, captures, refLocals, depth + 1);
            case ILocalReferenceOperation local:
                return Local(local.Local);
            case IParameterReferenceOperation parameter:
                return Parameter(parameter.Parameter);
            case IInstanceReferenceOperation:
                return "this";
            case IConditionalAccessInstanceOperation instance:
                // r?.Outcome in a method's own tree (flow graphs lower it to a capture).
                return ConditionalAccessOf(instance) is { } access ? Of(access.Operation, captures, refLocals, depth + 1) : null;
            case IFlowCaptureReferenceOperation capture:
                // A capture of something without a name (new X { ... }) is named after the capture, so
                // what an object initializer sets can be followed into the variable it is assigned to.
                return captures.TryGetValue(capture.Id, out var value) && Of(value, captures, refLocals, depth + 1) is { } named
                    ? named
                    : "C:" + capture.Id.GetHashCode().ToString(CultureInfo.InvariantCulture);
            case IFieldReferenceOperation field:
                return Member(field.Instance, field.Field, captures, refLocals, depth);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                return Member(property.Instance, property.Property, captures, refLocals, depth);
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer when indexer.Arguments[0].Value.ConstantValue.HasValue:
                return Of(indexer.Instance, captures, refLocals, depth + 1) is { } list ? list + "[" + Constant(indexer.Arguments[0].Value) + "]" : null;
            case IArrayElementReferenceOperation { Indices.Length: 1 } element when element.Indices[0].ConstantValue.HasValue:
                return Of(element.ArrayReference, captures, refLocals, depth + 1) is { } array ? array + "[" + Constant(element.Indices[0]) + "]" : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The <c>?.</c> an instance stands for: the nearest one whose WhenNotNull side it is on
    /// (in <c>a?.B?.C()</c>, the receiver of <c>C</c> is <c>a?.B</c>, the receiver of <c>B</c> is <c>a</c>).
    /// </summary>
    public static IConditionalAccessOperation? ConditionalAccessOf(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access;
            }
        }

        return null;
    }

    public static string Parameter(IParameterSymbol parameter) => "P:" + parameter.Name + "@" + Position(parameter);

    public static string Local(ILocalSymbol local) => "L:" + local.Name + "@" + Position(local);

    private static string? Member(IOperation? instance, ISymbol member, IReadOnlyDictionary<CaptureId, IOperation> captures, IReadOnlyDictionary<ILocalSymbol, IOperation> refLocals, int depth)
    {
        if (member.IsStatic)
        {
            return "S:" + member.ContainingType.ToDisplayString() + "." + member.Name;
        }

        return Of(instance, captures, refLocals, depth + 1) is { } receiver ? receiver + "." + member.Name : null;
    }

    private static string Constant(IOperation operation) => System.Convert.ToString(operation.ConstantValue.Value, CultureInfo.InvariantCulture) ?? "null";

    private static string Position(ISymbol symbol)
        => symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource
            ? symbol.Locations[0].SourceSpan.Start.ToString(CultureInfo.InvariantCulture)
            : symbol.ContainingSymbol?.Name ?? string.Empty;
}
