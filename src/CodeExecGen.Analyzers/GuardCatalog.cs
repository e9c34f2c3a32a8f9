using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CodeExecGen.Analyzers;

/// <summary>
/// What a [CodeExecGen.GuardedBy] attribute says about one member: the guard's name, and the guard's
/// values as bits (one per enum member, plus <see cref="UnknownBit"/> for null and undefined values).
/// </summary>
internal sealed class GuardInfo
{
    public const ulong UnknownBit = 1UL << 63;

    private readonly Dictionary<long, ulong> _bits;

    public GuardInfo(ISymbol guarded, ISymbol guard, INamedTypeSymbol enumType, Dictionary<long, ulong> bits, ulong successMask)
    {
        Guarded = guarded;
        Guard = guard;
        EnumType = enumType;
        _bits = bits;
        SuccessMask = successMask;
        AllMask = bits.Values.Aggregate(UnknownBit, (all, bit) => all | bit);
    }

    public ISymbol Guarded { get; }

    public ISymbol Guard { get; }

    public INamedTypeSymbol EnumType { get; }

    public ulong SuccessMask { get; }

    public ulong AllMask { get; }

    /// <summary>The name a generated or conventional check property has: IsOk, or IsSuccess for several success values.</summary>
    public string CheckPropertyName => GuardNames.CheckName(SuccessNames);

    /// <summary>The name of the checked accessor: TryGetOutput.</summary>
    public string TryGetMethodName => GuardNames.TryGetName(Guarded.Name);

    public ImmutableArray<string> SuccessNames => EnumType.GetMembers().OfType<IFieldSymbol>()
        .Where(f => f.HasConstantValue && (BitOf(f.ConstantValue) & SuccessMask) != 0)
        .Select(f => f.Name)
        .ToImmutableArray();

    /// <summary>
    /// The bit of a constant the guard is compared with: an enum value, null (the unknown bit), or the
    /// member's name (what <c>ToString()</c> gives); anything else matches no value.
    /// </summary>
    public ulong BitOf(object? constant) => constant switch
    {
        null => UnknownBit,
        string name => EnumType.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue) is { } member ? BitOf(member.ConstantValue) : 0,
        sbyte or byte or short or ushort or int or uint or long or ulong => _bits.TryGetValue(System.Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture), out var bit) ? bit : UnknownBit,
        _ => 0,
    };

    /// <summary>Readable names of the values in a mask, for messages.</summary>
    public string Describe(ulong mask)
    {
        var names = EnumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue && (BitOf(f.ConstantValue) & mask) != 0).Select(f => f.Name).ToList();
        if ((mask & UnknownBit) != 0)
        {
            names.Add("null or an unknown value");
        }

        return string.Join(" or ", names);
    }
}

/// <summary>Finds and caches the guards of members and types in one compilation.</summary>
internal sealed class GuardCatalog
{
    private readonly ConcurrentDictionary<ISymbol, GuardInfo?> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<GuardInfo>> _types = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _reaches = new(SymbolEqualityComparer.Default);

    /// <summary>True when the compilation can contain guarded members at all: some assembly defines the attribute.</summary>
    public static bool IsPresent(Compilation compilation)
        => !compilation.GetTypesByMetadataName(GuardNames.AttributeMetadataName).IsEmpty;

    public GuardInfo? GetGuard(ISymbol member) => _members.GetOrAdd(member.OriginalDefinition, Create);

    /// <summary>The member a property or field reference reads, and the instance it reads it on.</summary>
    public static (ISymbol? Member, IOperation? Instance) MemberRead(IOperation? operation) => operation switch
    {
        IPropertyReferenceOperation property => (property.Property, property.Instance),
        IFieldReferenceOperation field => (field.Field, field.Instance),
        _ => (null, null),
    };

    /// <summary>The guard of a guarded member an operation reads (<c>r.Output</c>), or null.</summary>
    public GuardInfo? GuardedReadBy(IOperation? operation) => MemberRead(operation).Member is { } member ? GetGuard(member) : null;

    /// <summary>The guard a member is (<c>Outcome</c>, guarding <c>Output</c> of its type), or null.</summary>
    public GuardInfo? GuardNamedBy(ISymbol member)
    {
        foreach (var guard in GuardsOf(member.ContainingType))
        {
            if (SymbolEqualityComparer.Default.Equals(guard.Guard.OriginalDefinition, member.OriginalDefinition))
            {
                return guard;
            }
        }

        return null;
    }

    /// <summary>Every guarded member of a type and its base types.</summary>
    public ImmutableArray<GuardInfo> GuardsOf(ITypeSymbol? type)
    {
        if (type is null)
        {
            return ImmutableArray<GuardInfo>.Empty;
        }

        return _types.GetOrAdd(type.OriginalDefinition, t =>
        {
            var guards = ImmutableArray.CreateBuilder<GuardInfo>();
            for (var current = t; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol && GetGuard(member) is { } guard)
                    {
                        guards.Add(guard);
                    }
                }
            }

            return guards.ToImmutable();
        });
    }

    /// <summary>True when a value of the type has guards of its own or on one of its members (<c>Part.CodeExecutionResult</c>): worth summarising a method for.</summary>
    public bool Reaches(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        return _reaches.GetOrAdd(type.OriginalDefinition, t => !GuardsOf(t).IsEmpty || t.GetMembers().Any(m => !m.IsStatic && m switch
        {
            IPropertySymbol property => !GuardsOf(property.Type).IsEmpty,
            IFieldSymbol field => !GuardsOf(field.Type).IsEmpty,
            _ => false,
        }));
    }

    private GuardInfo? Create(ISymbol member)
    {
        var attribute = member.GetAttributes().FirstOrDefault(a => a.AttributeClass is { Name: GuardNames.AttributeName, ContainingNamespace: { Name: GuardNames.AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } });
        if (attribute is null || attribute.ConstructorArguments.Length < 1 || attribute.ConstructorArguments[0].Value is not string guardName)
        {
            return null;
        }

        ISymbol? guard = null;
        for (var type = member.ContainingType; type is not null && guard is null; type = type.BaseType)
        {
            guard = type.GetMembers(guardName).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
        }

        var guardType = guard switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        if (guardType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            guardType = nullable.TypeArguments[0];
        }

        if (guard is null || guardType is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return null;
        }

        var bits = new Dictionary<long, ulong>();
        foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
        {
            var value = System.Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture);
            if (!bits.ContainsKey(value) && bits.Count < 62)
            {
                bits[value] = 1UL << bits.Count;
            }
        }

        var success = 0UL;
        var values = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1] : default;
        foreach (var value in values.Kind == TypedConstantKind.Array ? values.Values : ImmutableArray<TypedConstant>.Empty)
        {
            if (value.Value is not null && bits.TryGetValue(System.Convert.ToInt64(value.Value, System.Globalization.CultureInfo.InvariantCulture), out var bit))
            {
                success |= bit;
            }
        }

        return success == 0 ? null : new GuardInfo(member, guard, enumType, bits, success);
    }
}
