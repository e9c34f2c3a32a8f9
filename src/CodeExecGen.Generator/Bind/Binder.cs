using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Model;
using CodeExecGen.Generator.Read;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// Turns a <see cref="DocumentDescription"/> and its overlay into the <see cref="SchemaModel"/> the
/// emitters read. Every generated name is decided here, once: the namespace, type names (schema ids
/// first, in ordinal order, then union types, then inline types as they are met), property and enum
/// member names with their collision rules, the overlay's unions, guards, factories and renames, and
/// the helper files a namespace gets.
/// </summary>
internal sealed class Binder
{
    private readonly DocumentDescription _document;
    private readonly string _namespace;
    private readonly Overlay _overlay;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly List<TypeSpec> _types = new();
    private readonly NameScope _typeNames = NameScope.IgnoringCase(GeneratedNames.ReservedTypeNames);
    private readonly Dictionary<string, TypeRef> _schemaTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnionTypeNames> _unionTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaDescription> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingAliases = new(StringComparer.Ordinal);
    private readonly BindOptions _options;
    private readonly string _accessibility;

    private Binder(DocumentDescription document, string? namespaceOverride, Overlay overlay, BindOptions options, List<DiagnosticInfo> diagnostics)
    {
        _document = document;
        _overlay = overlay;
        _options = options;
        _diagnostics = diagnostics;
        _namespace = ChooseNamespace(namespaceOverride);
        _accessibility = ChooseAccessibility(options.Accessibility);
    }

    /// <summary>Reads a Discovery document and binds it: the pipeline's one step per schema file.</summary>
    public static SchemaParseResult ReadAndBind(string path, string text, string? namespaceOverride, OverlaySource? overlay = null, BindOptions? options = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var document = DiscoveryReader.Read(path, text, diagnostics, cancellationToken);
        if (document is not null)
        {
            LiveSchema.MergeInto(document, diagnostics, cancellationToken);
        }

        var model = document is null ? null : Bind(document, namespaceOverride, OverlayFor(document, overlay, diagnostics), diagnostics, options);
        return new SchemaParseResult(model, diagnostics.ToEquatableArray());
    }

    public static SchemaModel Bind(DocumentDescription document, string? namespaceOverride, Overlay overlay, List<DiagnosticInfo> diagnostics, BindOptions? options = null)
        => new Binder(document, namespaceOverride, overlay, options ?? BindOptions.Default, diagnostics).BindDocument();

    /// <summary>The overlay a schema item names; Google's own document gets the one that ships with the generator.</summary>
    public static Overlay OverlayFor(DocumentDescription document, OverlaySource? source, List<DiagnosticInfo> diagnostics)
    {
        if (source is null || string.IsNullOrWhiteSpace(source.Reference))
        {
            return document.IsGeminiDocument
                ? OverlayReader.Read("CodeExecGen/generativelanguage.v1beta.overlay.json", OverlayReader.BuiltInGeminiOverlay(), diagnostics) ?? Overlay.Empty
                : Overlay.Empty;
        }

        if (string.Equals(source.Reference!.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return Overlay.Empty;
        }

        if (source.Text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlayNotFound, document.FileStart, source.Reference!));
            return Overlay.Empty;
        }

        return OverlayReader.Read(source.Path ?? source.Reference!, source.Text, diagnostics) ?? Overlay.Empty;
    }

    private SchemaModel BindDocument()
    {
        // Schema ids claim type names first, in ordinal order, so that they keep their names.
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in _document.Schemas)
        {
            if (schema.Kind is SchemaKind.Object or SchemaKind.Enum && !named.ContainsKey(schema.WireId))
            {
                named[schema.WireId] = ClaimTypeName(Naming.ToTypeName(schema.WireId), "Schema", schema.WireId, schema.Location);
                _schemaTypes[schema.WireId] = TypeRef.Named(schema.Kind == SchemaKind.Enum ? TypeRefKind.Enum : TypeRefKind.Object, named[schema.WireId]);
            }
            else if (schema.Kind == SchemaKind.Alias)
            {
                _aliases[schema.WireId] = schema;
            }
        }

        // The union's kind enum and visitors are named after their type; they claim before inline types.
        foreach (var union in _overlay.Unions)
        {
            if (_schemaTypes.TryGetValue(union.Schema.Value, out var target) && target.Kind == TypeRefKind.Object && !_unionTypeNames.ContainsKey(union.Schema.Value))
            {
                _unionTypeNames[union.Schema.Value] = new UnionTypeNames(
                    ClaimTypeName(UnionNames.KindEnum(target.Name!), "Union kind", union.Schema.Value, union.Schema.Location),
                    ClaimTypeName(UnionNames.VisitorInterface(target.Name!), "Union visitor", union.Schema.Value, union.Schema.Location),
                    ClaimTypeName(UnionNames.VisitorBase(target.Name!), "Union visitor", union.Schema.Value, union.Schema.Location));
            }
        }

        foreach (var schema in _document.Schemas)
        {
            if (!named.TryGetValue(schema.WireId, out var typeName))
            {
                continue;
            }

            if (schema.Kind == SchemaKind.Enum)
            {
                BindEnum(typeName, schema);
            }
            else
            {
                BindObject(typeName, schema);
            }
        }

        foreach (var schema in _document.Schemas.Where(s => !named.ContainsKey(s.WireId)))
        {
            if (schema.Kind == SchemaKind.Invalid)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, schema.Location, schema.WireId, "a schema must be a JSON object; references to it are typed System.Text.Json.JsonElement");
            }
            else if (!_schemaTypes.ContainsKey(schema.WireId))
            {
                ResolveAlias(schema.WireId);
            }
        }

        OverlayBinder.Apply(_overlay, _types, _schemaTypes, _unionTypeNames, _diagnostics);
        var roots = _options.Roots();
        var kept = roots.Count == 0 ? _types : RootClosure(roots, named);
        var types = kept
            .Select(t => t with { Accessibility = _accessibility, Source = _document.Label })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        var capabilities = Capabilities.Of(types);
        if (capabilities.CodeExecution)
        {
            types = types
                .Select(t => t is ObjectTypeSpec o && Capabilities.MergedTypes.Contains(o.Name) ? o with { HasMerge = true } : t)
                .ToEquatableArray();
        }

        // The client claims its name last, so turning it on or off never renames a type.
        var client = WantsClient(_options.Client)
            ? ClientBinder.Bind(
                _document,
                _namespace,
                _accessibility,
                GeneratedObjects(named, types),
                capabilities,
                wanted => ClaimTypeName(wanted, "Client", wanted, _document.FileStart),
                _diagnostics)
            : null;
        return new SchemaModel(
            _namespace,
            _document.Path,
            types,
            capabilities,
            SupportFiles(capabilities),
            new ResolverSpec(_namespace, _document.Path, types.Select(t => t.Name).ToEquatableArray(), HintNames.Resolver(_namespace), _accessibility, _document.Label))
        {
            Client = client,
        };
    }

    /// <summary>Schema id to type name, for the top-level object schemas that are generated.</summary>
    private static Dictionary<string, string> GeneratedObjects(Dictionary<string, string> named, EquatableArray<TypeSpec> types)
    {
        var objects = new HashSet<string>(types.OfType<ObjectTypeSpec>().Select(t => t.Name), StringComparer.Ordinal);
        return named.Where(pair => objects.Contains(pair.Value)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>The named schemas and every type they reach through their properties (array items, map values, enums, inline types).</summary>
    private List<TypeSpec> RootClosure(IReadOnlyList<string> roots, Dictionary<string, string> named)
    {
        var byName = _types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var root in roots)
        {
            // A schema id (GenerateContentRequest), or the C# name of a generated type.
            var name = named.TryGetValue(root, out var claimed) ? claimed : byName.ContainsKey(root) ? root : null;
            if (name is not null)
            {
                pending.Push(name);
            }
            else
            {
                Report(DiagnosticDescriptors.UnknownRootType, _document.FileStart, root, _document.ApiName ?? _document.Path);
            }
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!kept.Add(name) || byName[name] is not ObjectTypeSpec type)
            {
                continue;
            }

            foreach (var property in type.Properties)
            {
                for (var reference = property.Type; reference is not null; reference = reference.Element)
                {
                    if (reference.Name is { } target && byName.ContainsKey(target))
                    {
                        pending.Push(target);
                    }
                }
            }
        }

        return _types.Where(t => kept.Contains(t.Name)).ToList();
    }

    private bool WantsClient(string? requested)
    {
        var value = requested?.Trim();
        if (string.IsNullOrEmpty(value) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Report(DiagnosticDescriptors.InvalidOption, _document.FileStart, "CodeExecGenClient", value!, "true, false", "false");
        return false;
    }

    private string ChooseAccessibility(string? requested)
    {
        var value = requested?.Trim();
        if (string.IsNullOrEmpty(value) || string.Equals(value, GeneratedNames.Public, StringComparison.OrdinalIgnoreCase))
        {
            return GeneratedNames.Public;
        }

        if (string.Equals(value, GeneratedNames.Internal, StringComparison.OrdinalIgnoreCase))
        {
            return GeneratedNames.Internal;
        }

        Report(DiagnosticDescriptors.InvalidOption, _document.FileStart, "CodeExecGenAccessibility", value!, "public, internal", GeneratedNames.Public);
        return GeneratedNames.Public;
    }

    private EquatableArray<SupportFileSpec> SupportFiles(SchemaCapabilities capabilities)
        => SupportFile.All
            .Where(file => file.IsCarried(capabilities))
            .Select(file => new SupportFileSpec(file.Name, file.InSerializationNamespace ? HintNames.SerializationNamespace(_namespace) : _namespace, HintNames.Support(_namespace, file), _accessibility, _document.Label))
            .ToEquatableArray();

    private string ChooseNamespace(string? namespaceOverride)
    {
        var apiName = _document.ApiName ?? Path.GetFileNameWithoutExtension(_document.Path);
        var defaultNamespace = Naming.ToTypeName(apiName ?? "Schema");
        if (_document.Version is { Length: > 0 } version)
        {
            defaultNamespace += "." + Naming.ToTypeName(version);
        }

        if (string.IsNullOrWhiteSpace(namespaceOverride))
        {
            return defaultNamespace;
        }

        var requested = namespaceOverride!.Trim();
        if (Naming.IsValidNamespace(requested))
        {
            return requested;
        }

        Report(DiagnosticDescriptors.InvalidNamespace, _document.FileStart, requested, defaultNamespace);
        return defaultNamespace;
    }

    private void BindObject(string typeName, SchemaDescription schema)
    {
        var properties = new List<PropertySpec>();
        if (schema.Properties.Count > 0)
        {
            var names = PropertyNames(typeName, schema);
            for (var index = 0; index < schema.Properties.Count; index++)
            {
                var property = schema.Properties[index];
                if (property.Type is not { } wireType)
                {
                    continue; // Skipped by the reader (reported there); it still claimed its name.
                }

                var type = Resolve(wireType, typeName + names[index], schema.WireId + "." + property.WireName);
                properties.Add(new PropertySpec(names[index], property.WireName, type, property.Description, property.Deprecated, property.ReadOnly));
            }
        }

        _types.Add(new ObjectTypeSpec(_namespace, typeName, schema.WireId, schema.Description, properties.ToEquatableArray()));
    }

    /// <summary>
    /// The property names of one object, by index: overlay renames first, then wire names that are plain
    /// lowerCamelCase (so `responseJsonSchema` keeps ResponseJsonSchema and `_responseJsonSchema` gets
    /// the suffix), then the rest in document order.
    /// </summary>
    private Dictionary<int, string> PropertyNames(string typeName, SchemaDescription schema)
    {
        // Names the type's own members take (object's, ExtensionData, a union's Kind, Accept and From...):
        // a property that wants one gets the suffix Value.
        var reserved = new HashSet<string>(GeneratedNames.ReservedMemberNames.Concat(OverlayBinder.ReservedMemberNames(_overlay, schema.WireId)), StringComparer.Ordinal);
        var members = new NameScope(reserved.ToArray());
        members.Claim(typeName);

        var ordered = schema.Properties
            .Select((property, index) => (property, index))
            .OrderBy(p => RenameOf(schema.WireId, p.property.WireName) is not null ? 0 : IsCanonicalWireName(p.property.WireName) ? 1 : 2)
            .ThenBy(p => p.index)
            .ToList();
        var names = new Dictionary<int, string>();
        foreach (var (property, index) in ordered)
        {
            if (RenameOf(schema.WireId, property.WireName) is { } rename)
            {
                if (Naming.IsValidNamespace(rename.Name.Value) && !rename.Name.Value.Contains('.') && char.IsUpper(rename.Name.Value[0]) && !members.IsTaken(rename.Name.Value))
                {
                    names[index] = members.Claim(rename.Name.Value);
                    continue;
                }

                Report(DiagnosticDescriptors.OverlayMismatch, rename.Name.Location, $"'{rename.Name.Value}' is not a free PascalCase C# name for {schema.WireId}.{property.WireName}");
            }

            names[index] = ClaimMemberName(members, reserved, typeName, property);
        }

        return names;
    }

    private OverlayRename? RenameOf(string wireId, string wireName)
        => _overlay.Renames.FirstOrDefault(r => r.Schema.Value == wireId && r.Property.Value == wireName);

    private string ClaimMemberName(NameScope members, HashSet<string> reserved, string typeName, PropertyDescription property)
    {
        var wanted = Naming.ToPropertyName(property.WireName);
        if (members.IsTaken(wanted) && (wanted == typeName || reserved.Contains(wanted)))
        {
            var renamed = members.Claim(wanted + "Value");
            Report(DiagnosticDescriptors.NameCollisionResolved, property.Location, "Property", property.WireName, wanted, renamed);
            return renamed;
        }

        var claimed = members.Claim(wanted);
        if (claimed != wanted)
        {
            Report(DiagnosticDescriptors.NameCollisionResolved, property.Location, "Property", property.WireName, wanted, claimed);
        }

        return claimed;
    }

    private static bool IsCanonicalWireName(string name)
        => name.Length > 0 && name[0] >= 'a' && name[0] <= 'z' && name.All(c => char.IsLetterOrDigit(c) && c < 128);

    private string ClaimTypeName(string wanted, string what, string wireName, LocationInfo location)
    {
        var claimed = _typeNames.Claim(wanted);
        if (claimed != wanted)
        {
            Report(DiagnosticDescriptors.NameCollisionResolved, location, what, wireName, wanted, claimed);
        }

        return claimed;
    }

    /// <summary>The C# side of a wire type. Inline enums and objects become types of their own, named <paramref name="nestedName"/>.</summary>
    private TypeRef Resolve(WireType type, string nestedName, string context)
    {
        switch (type.Kind)
        {
            case WireTypeKind.Reference:
                if (type.ReferenceId is { } id && (_schemaTypes.TryGetValue(id, out var target) || ResolveAlias(id) is { } alias && (target = alias) is not null))
                {
                    return target;
                }

                Report(DiagnosticDescriptors.DanglingReference, type.ReferenceLocation!, context, type.ReferenceId ?? "(not a string)");
                return TypeRef.Of(TypeRefKind.Any);
            case WireTypeKind.Inline when type.Inline!.Kind == SchemaKind.Enum:
                var enumName = ClaimTypeName(nestedName, "Enum", context, type.Inline.Location);
                BindEnum(enumName, type.Inline);
                return TypeRef.Named(TypeRefKind.Enum, enumName);
            case WireTypeKind.Inline:
                var objectName = ClaimTypeName(nestedName, "Type", context, type.Inline!.Location);
                BindObject(objectName, type.Inline);
                return TypeRef.Named(TypeRefKind.Object, objectName);
            case WireTypeKind.Array:
                return TypeRef.ArrayOf(Resolve(type.Element!, nestedName, context + "[]"));
            case WireTypeKind.Map:
                return TypeRef.MapOf(Resolve(type.Element!, nestedName, context + "{}"));
            default:
                return TypeRef.Of(type.Kind switch
                {
                    WireTypeKind.String => TypeRefKind.String,
                    WireTypeKind.Boolean => TypeRefKind.Boolean,
                    WireTypeKind.Int32 => TypeRefKind.Int32,
                    WireTypeKind.UInt32 => TypeRefKind.UInt32,
                    WireTypeKind.Int64 => TypeRefKind.Int64,
                    WireTypeKind.UInt64 => TypeRefKind.UInt64,
                    WireTypeKind.Float => TypeRefKind.Float,
                    WireTypeKind.Double => TypeRefKind.Double,
                    WireTypeKind.Bytes => TypeRefKind.Bytes,
                    WireTypeKind.Timestamp => TypeRefKind.Timestamp,
                    WireTypeKind.Duration => TypeRefKind.Duration,
                    WireTypeKind.FieldMask => TypeRefKind.FieldMask,
                    _ => TypeRefKind.Any,
                });
        }
    }

    /// <summary>The type of an alias schema, resolved once; a cycle of aliases is typed JsonElement.</summary>
    private TypeRef? ResolveAlias(string id)
    {
        if (_schemaTypes.TryGetValue(id, out var known))
        {
            return known;
        }

        if (!_aliases.TryGetValue(id, out var alias))
        {
            return null;
        }

        if (!_resolvingAliases.Add(id))
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, alias.Location, id, "the schema refers to itself through aliases only; it is typed System.Text.Json.JsonElement");
            return _schemaTypes[id] = TypeRef.Of(TypeRefKind.Any);
        }

        var type = Resolve(alias.AliasType!, Naming.ToTypeName(id), id);
        _resolvingAliases.Remove(id);
        return _schemaTypes[id] = type;
    }

    private void BindEnum(string enumName, SchemaDescription schema)
    {
        var prefix = Naming.CommonEnumPrefix(schema.EnumValues.Select(v => v.WireValue).ToList());
        var memberNames = new NameScope(enumName, "value__");
        var members = new List<EnumMemberSpec>();
        foreach (var value in schema.EnumValues)
        {
            var wanted = Naming.ToEnumMemberName(value.WireValue.Substring(prefix.Length));
            var claimed = memberNames.Claim(wanted);
            if (claimed != wanted)
            {
                Report(DiagnosticDescriptors.NameCollisionResolved, value.Location, "Enum value", value.WireValue, wanted, claimed);
            }

            members.Add(new EnumMemberSpec(claimed, value.WireValue, value.Description, value.Deprecated));
        }

        _types.Add(new EnumTypeSpec(_namespace, enumName, schema.Description, members.ToEquatableArray()));
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}

/// <summary>The types a union adds, named after the type: <c>PartKind</c>, <c>IPartVisitor</c>, <c>PartVisitor</c>.</summary>
internal sealed record UnionTypeNames(string Kind, string VisitorInterface, string VisitorBase);
