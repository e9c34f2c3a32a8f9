using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Emit;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Json;

namespace CodeExecGen.Generator.Schema;

/// <summary>
/// Reads a Google Discovery document into a <see cref="SchemaModel"/>. Every problem becomes a
/// <see cref="DiagnosticInfo"/> pointing into the file; reading goes on wherever it safely can.
/// </summary>
internal sealed class DiscoveryReader
{
    private const string DiscoveryKind = "discovery#restDescription";

    // Members every class inherits from object: a property of that name would hide one.
    private static readonly string[] ReservedMemberNames =
    {
        "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString", "Finalize",
        ModelEmitter.ExtensionDataName,
    };

    private readonly string _path;
    private readonly LineMap _lines;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<TypeSpec> _types = new();
    private readonly NameScope _typeNames = new(SupportTypes.Names);
    private readonly Dictionary<string, TypeRef> _schemaTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Kind, string VisitorInterface, string VisitorBase)> _unionTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonMember> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingAliases = new(StringComparer.Ordinal);
    private string _namespace = string.Empty;
    private Overlay _overlay = Overlay.Empty;

    private DiscoveryReader(string path, string text, CancellationToken cancellationToken)
    {
        _path = path;
        _lines = new LineMap(path, text);
        _cancellationToken = cancellationToken;
    }

    public static SchemaParseResult Read(string path, string text, string? namespaceOverride, CancellationToken cancellationToken = default, OverlaySource? overlay = null)
    {
        var reader = new DiscoveryReader(path, text, cancellationToken);
        var model = reader.ReadDocument(text, namespaceOverride, overlay);
        return new SchemaParseResult(model, reader._diagnostics.ToEquatableArray());
    }

    private SchemaModel? ReadDocument(string text, string? namespaceOverride, OverlaySource? overlaySource)
    {
        var parsed = JsonParser.Parse(text, _cancellationToken);
        if (parsed.Root is not { } root)
        {
            Report(DiagnosticDescriptors.InvalidJson, _lines.Locate(parsed.ErrorOffset, Math.Min(parsed.ErrorOffset + 1, text.Length)), parsed.Error ?? "unknown error");
            return null;
        }

        if (root.Kind != JsonNodeKind.Object)
        {
            Report(DiagnosticDescriptors.UnrecognizedDocument, At(root), "the root is not a JSON object");
            return null;
        }

        if (root.Get("openapi") is { } openApi)
        {
            Report(DiagnosticDescriptors.UnrecognizedDocument, At(openApi), "OpenAPI documents are not supported yet; use the Discovery document");
            return null;
        }

        if (root.Get("kind") is { } kind && kind.Text != DiscoveryKind)
        {
            Report(DiagnosticDescriptors.UnrecognizedDocument, At(kind), $"'kind' is not '{DiscoveryKind}'");
            return null;
        }

        if (root.Get("schemas") is not { Kind: JsonNodeKind.Object } schemas)
        {
            Report(DiagnosticDescriptors.UnrecognizedDocument, At(root.Get("schemas") ?? root), "there is no 'schemas' object");
            return null;
        }

        _namespace = ChooseNamespace(root, namespaceOverride);
        _overlay = LoadOverlay(root, overlaySource);

        // Claim type names in ordinal id order, before any nested type, so that schema ids keep their names.
        var schemaList = schemas.Members!.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var nameClaimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in schemaList)
        {
            if (IsNamedType(schema.Value) && !nameClaimed.ContainsKey(schema.Name))
            {
                nameClaimed[schema.Name] = ClaimTypeName(Naming.ToTypeName(schema.Name), "Schema", schema.Name, At(schema));
                _schemaTypes[schema.Name] = TypeRef.Named(IsEnum(schema.Value) ? TypeRefKind.Enum : TypeRefKind.Object, nameClaimed[schema.Name]);
            }
        }

        // Other top-level schemas (an array, a string with a format, "any") are aliases: references to
        // them take their type, as if it were written inline.
        foreach (var schema in schemaList)
        {
            if (!nameClaimed.ContainsKey(schema.Name) && schema.Value.Kind == JsonNodeKind.Object)
            {
                _aliases[schema.Name] = schema;
            }
        }

        // The union's kind enum and visitors are named after their type; they claim before inline types.
        foreach (var union in _overlay.Unions)
        {
            if (_schemaTypes.TryGetValue(union.Schema.Value, out var target) && target.Kind == TypeRefKind.Object && !_unionTypeNames.ContainsKey(union.Schema.Value))
            {
                _unionTypeNames[union.Schema.Value] = (
                    ClaimTypeName(target.Name + "Kind", "Union kind", union.Schema.Value, union.Schema.Location),
                    ClaimTypeName("I" + target.Name + "Visitor", "Union visitor", union.Schema.Value, union.Schema.Location),
                    ClaimTypeName(target.Name + "Visitor", "Union visitor", union.Schema.Value, union.Schema.Location));
            }
        }

        foreach (var schema in schemaList)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!nameClaimed.TryGetValue(schema.Name, out var typeName))
            {
                continue;
            }

            if (IsEnum(schema.Value))
            {
                ReadEnum(typeName, schema.Value, schema.Value.GetString("description"));
            }
            else
            {
                ReadObject(typeName, schema.Name, schema.Value);
            }
        }

        foreach (var schema in schemaList.Where(s => !nameClaimed.ContainsKey(s.Name)))
        {
            if (schema.Value.Kind != JsonNodeKind.Object)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(schema), schema.Name, "a schema must be a JSON object; references to it are typed System.Text.Json.JsonElement");
            }
            else if (!_schemaTypes.ContainsKey(schema.Name))
            {
                ResolveAlias(schema.Name);
            }
        }

        OverlayApplier.Apply(_overlay, _types, _schemaTypes, _unionTypeNames, _diagnostics);
        var types = _types.OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray();
        return new SchemaModel(_namespace, _path, types, CodeExecutionShape.IsPresent(_types));
    }

    private Overlay LoadOverlay(JsonNode root, OverlaySource? source)
    {
        if (source is null || string.IsNullOrWhiteSpace(source.Reference))
        {
            // Google's own document gets the overlay that ships with the generator.
            return root.GetString("name") == OverlayReader.GeminiDocumentName
                ? OverlayReader.Read("CodeExecGen/generativelanguage.v1beta.overlay.json", OverlayReader.BuiltInGeminiOverlay(), _diagnostics) ?? Overlay.Empty
                : Overlay.Empty;
        }

        if (string.Equals(source.Reference!.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return Overlay.Empty;
        }

        if (source.Text is null)
        {
            Report(DiagnosticDescriptors.OverlayNotFound, _lines.Locate(0, 0), source.Reference!);
            return Overlay.Empty;
        }

        return OverlayReader.Read(source.Path ?? source.Reference!, source.Text, _diagnostics) ?? Overlay.Empty;
    }

    private static bool IsEnum(JsonNode schema) => schema.GetString("type") == "string" && schema.Get("enum") is { Kind: JsonNodeKind.Array };

    private static bool IsNamedType(JsonNode schema)
        => schema.Kind == JsonNodeKind.Object && (schema.GetString("type") == "object" || IsEnum(schema));

    private string ChooseNamespace(JsonNode root, string? namespaceOverride)
    {
        var apiName = root.GetString("canonicalName") ?? root.GetString("name") ?? Path.GetFileNameWithoutExtension(_path);
        var defaultNamespace = Naming.ToTypeName(apiName ?? "Schema");
        if (root.GetString("version") is { Length: > 0 } version)
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

        Report(DiagnosticDescriptors.InvalidNamespace, _lines.Locate(0, 0), requested, defaultNamespace);
        return defaultNamespace;
    }

    private void ReadObject(string typeName, string wireId, JsonNode schema)
    {
        if (schema.Get("variant") is { } variant)
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, At(variant), wireId, "a 'variant' (discriminated union) is not modelled; the variant's fields are kept in ExtensionData and written back");
        }

        var properties = new List<PropertySpec>();
        if (schema.Get("properties") is { Kind: JsonNodeKind.Object } propertiesNode)
        {
            var members = new NameScope(ReservedMemberNames);
            members.Claim(typeName);
            foreach (var reserved in OverlayApplier.ReservedMemberNames(_overlay, wireId))
            {
                members.Claim(reserved);
            }

            // Properties whose wire name is plain lowerCamelCase claim their names first, so that
            // `responseJsonSchema` keeps ResponseJsonSchema and `_responseJsonSchema` gets the suffix.
            var ordered = propertiesNode.Members!
                .Select((member, index) => (member, index))
                .OrderBy(p => _overlay.Renames.Any(r => r.Schema.Value == wireId && r.Property.Value == p.member.Name) ? 0 : IsCanonicalWireName(p.member.Name) ? 1 : 2)
                .ThenBy(p => p.index)
                .ToList();
            var names = new Dictionary<int, string>();
            foreach (var (member, index) in ordered)
            {
                if (_overlay.Renames.FirstOrDefault(r => r.Schema.Value == wireId && r.Property.Value == member.Name) is { } rename)
                {
                    if (Naming.IsValidNamespace(rename.Name.Value) && !rename.Name.Value.Contains('.') && char.IsUpper(rename.Name.Value[0]) && !members.IsTaken(rename.Name.Value))
                    {
                        names[index] = members.Claim(rename.Name.Value);
                        continue;
                    }

                    Report(DiagnosticDescriptors.OverlayMismatch, rename.Name.Location, $"'{rename.Name.Value}' is not a free PascalCase C# name for {wireId}.{member.Name}");
                }

                names[index] = ClaimMemberName(members, typeName, member);
            }

            for (var index = 0; index < propertiesNode.Members!.Count; index++)
            {
                var member = propertiesNode.Members[index];
                if (member.Value.Kind != JsonNodeKind.Object)
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, At(member), wireId + "." + member.Name, "a property schema must be a JSON object; the property is skipped");
                    continue;
                }

                if (Naming.HasLoneSurrogate(member.Name))
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, At(member), wireId, "a property name that is not well-formed Unicode (a lone surrogate) cannot be matched as UTF-8; the property is skipped");
                    continue;
                }

                var type = ResolveType(member.Value, typeName + names[index], wireId + "." + member.Name);
                properties.Add(new PropertySpec(
                    names[index],
                    member.Name,
                    type,
                    member.Value.GetString("description"),
                    member.Value.GetBoolean("deprecated"),
                    member.Value.GetBoolean("readOnly")));
            }
        }

        _types.Add(new ObjectTypeSpec(_namespace, typeName, wireId, schema.GetString("description"), properties.ToEquatableArray()));
    }

    private string ClaimMemberName(NameScope members, string typeName, JsonMember member)
    {
        var wanted = Naming.ToPropertyName(member.Name);
        if (members.IsTaken(wanted) && (wanted == typeName || Array.IndexOf(ReservedMemberNames, wanted) >= 0))
        {
            var renamed = members.Claim(wanted + "Value");
            Report(DiagnosticDescriptors.NameCollisionResolved, At(member), "Property", member.Name, wanted, renamed);
            return renamed;
        }

        var claimed = members.Claim(wanted);
        if (claimed != wanted)
        {
            Report(DiagnosticDescriptors.NameCollisionResolved, At(member), "Property", member.Name, wanted, claimed);
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

    /// <summary>
    /// The type of one property (or array item, or map value). Inline enums and objects become
    /// types of their own, named <paramref name="nestedName"/>.
    /// </summary>
    private TypeRef ResolveType(JsonNode schema, string nestedName, string context)
    {
        if (schema.Get("$ref") is { } reference)
        {
            if (reference.Kind == JsonNodeKind.String && (_schemaTypes.TryGetValue(reference.Text!, out var target) || ResolveAlias(reference.Text!) is { } alias && (target = alias) is not null))
            {
                return target;
            }

            Report(DiagnosticDescriptors.DanglingReference, At(reference), context, reference.Text ?? "(not a string)");
            return TypeRef.Of(TypeRefKind.Any);
        }

        var type = schema.GetString("type");
        var format = schema.GetString("format");
        switch (type)
        {
            case "string" when schema.Get("enum") is { Kind: JsonNodeKind.Array }:
                var enumName = ClaimTypeName(nestedName, "Enum", context, At(schema));
                ReadEnum(enumName, schema, schema.GetString("description"));
                return TypeRef.Named(TypeRefKind.Enum, enumName);
            case "string":
                return format switch
                {
                    "byte" => TypeRef.Of(TypeRefKind.Bytes),
                    "int64" => TypeRef.Of(TypeRefKind.Int64),
                    "uint64" => TypeRef.Of(TypeRefKind.UInt64),
                    "google-datetime" or "date-time" => TypeRef.Of(TypeRefKind.Timestamp),
                    "google-duration" => TypeRef.Of(TypeRefKind.Duration),
                    "google-fieldmask" => TypeRef.Of(TypeRefKind.FieldMask),
                    _ => TypeRef.Of(TypeRefKind.String),
                };
            case "boolean":
                return TypeRef.Of(TypeRefKind.Boolean);
            case "integer":
                return format switch
                {
                    "uint32" => TypeRef.Of(TypeRefKind.UInt32),
                    "int64" => TypeRef.Of(TypeRefKind.Int64),
                    "uint64" => TypeRef.Of(TypeRefKind.UInt64),
                    _ => TypeRef.Of(TypeRefKind.Int32),
                };
            case "number":
                return format == "float" ? TypeRef.Of(TypeRefKind.Float) : TypeRef.Of(TypeRefKind.Double);
            case "any":
                return TypeRef.Of(TypeRefKind.Any);
            case "array":
                if (schema.Get("items") is { Kind: JsonNodeKind.Object } items)
                {
                    return TypeRef.ArrayOf(ResolveType(items, nestedName, context + "[]"));
                }

                Report(DiagnosticDescriptors.UnsupportedConstruct, At(schema), context, "an array without an 'items' schema is typed System.Text.Json.JsonElement");
                return TypeRef.Of(TypeRefKind.Any);
            case "object":
                if (schema.Get("properties") is { Kind: JsonNodeKind.Object })
                {
                    var objectName = ClaimTypeName(nestedName, "Type", context, At(schema));
                    ReadObject(objectName, context, schema);
                    return TypeRef.Named(TypeRefKind.Object, objectName);
                }

                if (schema.Get("additionalProperties") is { Kind: JsonNodeKind.Object } values)
                {
                    return TypeRef.MapOf(ResolveType(values, nestedName, context + "{}"));
                }

                // An open object with nothing declared: keep it as raw JSON.
                return TypeRef.Of(TypeRefKind.Any);
            default:
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(schema), context, type is null
                    ? "a schema with neither 'type' nor '$ref' is typed System.Text.Json.JsonElement"
                    : $"type '{type}' is not supported and is typed System.Text.Json.JsonElement");
                return TypeRef.Of(TypeRefKind.Any);
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
            Report(DiagnosticDescriptors.UnsupportedConstruct, At(alias), id, "the schema refers to itself through aliases only; it is typed System.Text.Json.JsonElement");
            return _schemaTypes[id] = TypeRef.Of(TypeRefKind.Any);
        }

        var type = ResolveType(alias.Value, Naming.ToTypeName(id), id);
        _resolvingAliases.Remove(id);
        return _schemaTypes[id] = type;
    }

    private void ReadEnum(string enumName, JsonNode schema, string? description)
    {
        var values = schema.Get("enum")!.Items!;
        var descriptions = schema.Get("enumDescriptions")?.Items;
        var deprecated = schema.Get("enumDeprecated")?.Items;

        var wireValues = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (value.Kind != JsonNodeKind.String)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(value), enumName, "an enum value that is not a string is skipped");
            }
            else if (Naming.HasLoneSurrogate(value.Text!))
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(value), enumName, "an enum value that is not well-formed Unicode (a lone surrogate) is skipped");
            }
            else if (!seen.Add(value.Text!))
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(value), enumName, $"the enum value '{value.Text}' is listed twice; the repeat is skipped");
            }
            else
            {
                wireValues.Add(value.Text!);
            }
        }

        var prefix = Naming.CommonEnumPrefix(wireValues);
        var memberNames = new NameScope(enumName, "value__");
        var members = new List<EnumMemberSpec>();
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.Kind != JsonNodeKind.String || !wireValues.Contains(value.Text!) || members.Any(m => m.WireValue == value.Text))
            {
                continue;
            }

            var wanted = Naming.ToEnumMemberName(value.Text!.Substring(prefix.Length));
            var claimed = memberNames.Claim(wanted);
            if (claimed != wanted)
            {
                Report(DiagnosticDescriptors.NameCollisionResolved, At(value), "Enum value", value.Text!, wanted, claimed);
            }

            members.Add(new EnumMemberSpec(
                claimed,
                value.Text!,
                descriptions is not null && i < descriptions.Count ? descriptions[i].Text : null,
                deprecated is not null && i < deprecated.Count && deprecated[i].Kind == JsonNodeKind.True));
        }

        _types.Add(new EnumTypeSpec(_namespace, enumName, description, members.ToEquatableArray()));
    }

    private LocationInfo At(JsonNode node) => _lines.Locate(node.Start, node.End);

    private LocationInfo At(JsonMember member) => _lines.Locate(member.NameStart, member.NameEnd);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
