using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers.Consultation;

/// <summary>
/// One walk over a method body (lambdas and local functions included): where a guarded member is read,
/// and how each value's guard is consulted. The verdict of a read does not depend on where in the method
/// the consultation sits, only on whether the method consults that value's outcome at all.
/// </summary>
internal sealed class MethodScan
{
    private readonly ConsultationContext _context;
    private readonly Dictionary<(string Value, GuardInfo Guard), Consulting> _consulted = new();

    public MethodScan(IOperation root, ConsultationContext context, int depth)
    {
        _context = context;
        Depth = depth;
        Operations = root.DescendantsAndSelf().ToImmutableArray();
        Identities = new ValueIdentities(Operations);
        foreach (var operation in Operations)
        {
            Collect(operation);
        }
    }

    public ImmutableArray<IOperation> Operations { get; }

    public ValueIdentities Identities { get; }

    public ConsultationContext Context => _context;

    /// <summary>How deep in helper summaries this scan is (0: the method being analysed).</summary>
    public int Depth { get; }

    /// <summary>Every value whose guard this method consults, and how.</summary>
    public IEnumerable<KeyValuePair<(string Value, GuardInfo Guard), Consulting>> Consulted => _consulted;

    public Consulting ConsultingOf(string? value, GuardInfo guard)
        => value is not null && _consulted.TryGetValue((value, guard), out var found) ? found : Consulting.None;

    /// <summary>The verdict on a read of a guarded member (a property or field reference), and where the value is used.</summary>
    public (ReadVerdict Verdict, IOperation? UsedAt) Judge(IOperation read, GuardInfo guard)
    {
        if (OutputUses.UseSite(read, this) is not { } usedAt)
        {
            return (ReadVerdict.NotAUse, null);
        }

        return (ConsultingOf(Identities.Of(GuardCatalog.MemberRead(read).Instance), guard) switch
        {
            Consulting.Complete => ReadVerdict.Consulted,
            Consulting.Lossy => ReadVerdict.Lossy,
            _ => ReadVerdict.Unconsulted,
        }, usedAt);
    }

    private void Record(string? value, GuardInfo guard, Consulting consulting)
    {
        if (value is null || consulting == Consulting.None)
        {
            return;
        }

        var key = (value, guard);
        if (!_consulted.TryGetValue(key, out var existing) || existing < consulting)
        {
            _consulted[key] = consulting;
        }
    }

    private void Collect(IOperation operation)
    {
        switch (operation)
        {
            // r.Outcome, wherever it goes.
            case IPropertyReferenceOperation { Arguments.Length: 0 } or IFieldReferenceOperation when GuardCatalog.MemberRead(operation) is ({ } member, var instance) && _context.Catalog.GuardNamedBy(member) is { } read:
                Record(Identities.Of(instance), read, Outcomes.Classify(operation, read, this, Depth));
                break;

            // r is { Outcome: Ok }, r switch { { Outcome: Failed } => ... }.
            case IPropertySubpatternOperation { Parent: IRecursivePatternOperation outer } subpattern
                when ValueIdentities.MemberOf(subpattern) is { } member && _context.Catalog.GuardNamedBy(member) is { } guard:
                Record(Identities.InputOf(outer), guard, Outcomes.ClassifyPattern(subpattern.Pattern, guard));
                break;

            // r.IsOk: the generated (or conventional) check property; otherwise a bool property summarised from its getter.
            case IPropertyReferenceOperation { Arguments.Length: 0, Instance: { } instance } property:
                if (CheckOf(property.Property) is { } checkedGuard)
                {
                    Record(Identities.Of(instance), checkedGuard, Consulting.Complete);
                }
                else if (property.Property.GetMethod is { } getter)
                {
                    RecordHelper(getter, ConsultationContext.This, instance);
                }

                break;

            case IInvocationOperation invocation:
                CollectCall(invocation.TargetMethod, invocation.Instance, invocation.Arguments);
                break;

            case IObjectCreationOperation { Constructor: { } constructor } creation:
                CollectCall(constructor, null, creation.Arguments);
                break;
        }
    }

    private void CollectCall(IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
    {
        // r.TryGetOutput(out var s): true only on success.
        if (instance is not null)
        {
            foreach (var guard in _context.Catalog.GuardsOf(method.ContainingType))
            {
                if (method.Name == guard.TryGetMethodName)
                {
                    Record(Identities.Of(instance), guard, Consulting.Complete);
                    return;
                }
            }

            RecordHelper(method, ConsultationContext.This, instance);
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter)
            {
                RecordHelper(method, parameter.Ordinal, argument.Value);
            }
        }
    }

    /// <summary>A helper that consults the guards of what it is given (<c>RequireOk(r)</c>, <c>step.Succeeded</c>).</summary>
    private void RecordHelper(IMethodSymbol method, int ordinal, IOperation value)
    {
        var type = ordinal == ConsultationContext.This ? method.ContainingType : method.Parameters[ordinal].Type;
        if (!_context.Catalog.Reaches(type) || Identities.Of(value) is not { } identity)
        {
            return;
        }

        foreach (var (suffix, guard, consulting) in _context.HelperConsultations(method, ordinal, Depth))
        {
            Record(identity + suffix, guard, consulting);
        }
    }

    private GuardInfo? CheckOf(IPropertySymbol property)
    {
        if (property.Type.SpecialType != SpecialType.System_Boolean)
        {
            return null;
        }

        foreach (var guard in _context.Catalog.GuardsOf(property.ContainingType))
        {
            if (property.Name == guard.CheckPropertyName)
            {
                return guard;
            }
        }

        return null;
    }
}
