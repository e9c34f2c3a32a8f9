using System;
using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// Checks the overlay's entries against the schema and folds them into the type specs. An entry
/// that does not fit is a CEG0009 at its place in the overlay, and is ignored.
/// </summary>
internal static class OverlayBinder
{
    /// <summary>Member names a union adds to its type, reserved before the type's properties are named.</summary>
    public static IEnumerable<string> ReservedMemberNames(Overlay overlay, string wireId)
    {
        foreach (var union in overlay.Unions.Where(u => u.Schema.Value == wireId))
        {
            yield return UnionNames.Kind;
            yield return UnionNames.Accept;
            foreach (var member in union.Members)
            {
                yield return UnionNames.Factory(Naming.ToPropertyName(member.Value));
            }
        }
    }

    public static void Apply(
        Overlay overlay,
        List<TypeSpec> types,
        IReadOnlyDictionary<string, TypeRef> schemaTypes,
        IReadOnlyDictionary<string, UnionTypeNames> unionTypeNames,
        List<DiagnosticInfo> diagnostics)
    {
        void Mismatch(LocationInfo location, string message) => diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlayMismatch, location, message));

        ObjectTypeSpec? Find(OverlayName schema)
        {
            if (schemaTypes.TryGetValue(schema.Value, out var type) && type.Kind == TypeRefKind.Object)
            {
                return types.OfType<ObjectTypeSpec>().First(t => t.Name == type.Name);
            }

            Mismatch(schema.Location, $"the schema has no object type '{schema.Value}'");
            return null;
        }

        PropertySpec? Property(ObjectTypeSpec type, OverlayName json)
        {
            var property = type.Properties.FirstOrDefault(p => p.JsonName == json.Value);
            if (property is null)
            {
                Mismatch(json.Location, $"'{type.WireId}' has no property '{json.Value}'");
            }

            return property;
        }

        void Replace(ObjectTypeSpec old, ObjectTypeSpec updated) => types[types.IndexOf(old)] = updated;

        var seenUnions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var union in overlay.Unions)
        {
            if (Find(union.Schema) is not { } type)
            {
                continue;
            }

            if (!seenUnions.Add(union.Schema.Value))
            {
                Mismatch(union.Schema.Location, $"'{union.Schema.Value}' already has a union; one union per schema is supported");
                continue;
            }

            var members = new List<string>();
            foreach (var member in union.Members)
            {
                if (Property(type, member) is not { } property)
                {
                    continue;
                }

                if (property.Name is "None" or "Unknown")
                {
                    // The kind enum already has these two members.
                    Mismatch(member.Location, $"a union member cannot be named '{property.Name}'");
                }
                else if (!members.Contains(property.Name))
                {
                    members.Add(property.Name);
                }
            }

            if (members.Count == 0)
            {
                continue;
            }

            var names = unionTypeNames[union.Schema.Value];
            Replace(type, type with { Union = new UnionSpec(union.Name, names.Kind, names.VisitorInterface, names.VisitorBase, members.ToEquatableArray()) });
        }

        foreach (var guard in overlay.Guards)
        {
            if (Find(guard.Schema) is not { } type || Property(type, guard.Property) is not { } guarded || Property(type, guard.Guard) is not { } guardProperty)
            {
                continue;
            }

            if (guardProperty.Type.Kind != TypeRefKind.Enum)
            {
                Mismatch(guard.Guard.Location, $"the guard '{guard.Guard.Value}' must be an enum property");
                continue;
            }

            var guardEnum = types.OfType<EnumTypeSpec>().First(e => e.Name == guardProperty.Type.Name);
            var success = new List<string>();
            foreach (var value in guard.Success)
            {
                if (guardEnum.Members.FirstOrDefault(m => m.WireValue == value.Value) is { } member)
                {
                    success.Add(member.Name);
                }
                else
                {
                    Mismatch(value.Location, $"'{value.Value}' is not a value of {guardEnum.Name}");
                }
            }

            if (success.Count == 0)
            {
                continue;
            }

            var spec = new GuardSpec(guardProperty.Name, guardEnum.Name, success.ToEquatableArray());
            var helpers = new[] { spec.CheckName, guarded.TryGetName };
            if (helpers.FirstOrDefault(h => type.Properties.Any(p => p.Name == h)) is { } taken)
            {
                Mismatch(guard.Property.Location, $"'{type.Name}' already has a member named '{taken}'");
                continue;
            }

            Replace(type, type with { Properties = type.Properties.Select(p => p == guarded ? p with { Guard = spec } : p).ToEquatableArray() });
        }

        foreach (var factory in overlay.Factories)
        {
            if (Find(factory) is { } type)
            {
                if (type.Properties.FirstOrDefault(p => type.Properties.Any(q => q.Name == p.FactoryName)) is { } clash)
                {
                    Mismatch(factory.Location, $"'{type.Name}' already has a member named '{clash.FactoryName}'");
                    continue;
                }

                Replace(type, type with { HasFactories = true });
            }
        }

        foreach (var rename in overlay.Renames)
        {
            if (Find(rename.Schema) is { } type)
            {
                Property(type, rename.Property);
            }
        }
    }
}
