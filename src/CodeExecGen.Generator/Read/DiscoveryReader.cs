using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Read.Json;

namespace CodeExecGen.Generator.Read;

/// <summary>
/// Reads a Google Discovery document into a <see cref="DocumentDescription"/>. Every problem with
/// the document's shape becomes a <see cref="DiagnosticInfo"/> pointing into the file; reading goes on
/// wherever it safely can. Naming is not done here.
/// </summary>
internal sealed class DiscoveryReader
{
    private const string DiscoveryKind = "discovery#restDescription";

    /// <summary>The <c>name</c> of Google's Gemini document.</summary>
    public const string GeminiDocumentName = "generativelanguage";

    private readonly LineMap _lines;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics;

    private DiscoveryReader(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _lines = new LineMap(path, text);
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The document, or null when it cannot be read as a Discovery document (reported).</summary>
    public static DocumentDescription? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken = default)
        => new DiscoveryReader(path, text, diagnostics, cancellationToken).ReadDocument(path, text);

    private DocumentDescription? ReadDocument(string path, string text)
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

        // A document with methods and no schemas (nothing but simple parameters) is valid: it generates
        // no types. A 'schemas' member that is not an object is not a Discovery document.
        var schemas = root.Get("schemas");
        if (schemas is { Kind: not JsonNodeKind.Object })
        {
            Report(DiagnosticDescriptors.UnrecognizedDocument, At(schemas), "'schemas' is not an object");
            return null;
        }

        var document = new DocumentDescription(
            path,
            root.GetString("canonicalName") ?? root.GetString("name"),
            root.GetString("version"),
            root.GetString("name") == GeminiDocumentName,
            root.GetString("name"),
            root.GetString("revision"))
        {
            FileStart = _lines.Locate(0, 0),
        };

        foreach (var schema in (schemas?.Members ?? new List<JsonMember>()).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            document.Schemas.Add(ReadTopLevel(schema));
        }

        document.RootUrl = root.GetString("rootUrl");
        document.ServicePath = root.GetString("servicePath") ?? string.Empty;

        ReadResources(root.Get("resources"), document.Resources, "");
        return document;
    }

    private SchemaDescription ReadTopLevel(JsonMember schema)
    {
        var node = schema.Value;
        if (node.Kind != JsonNodeKind.Object)
        {
            return new SchemaDescription(schema.Name, SchemaKind.Invalid, At(schema), null);
        }

        if (IsEnum(node))
        {
            return ReadEnum(schema.Name, At(schema), node);
        }

        if (node.GetString("type") == "object")
        {
            return ReadObject(schema.Name, At(schema), node);
        }

        return new SchemaDescription(schema.Name, SchemaKind.Alias, At(schema), node.GetString("description"))
        {
            AliasType = ReadType(node, schema.Name),
        };
    }

    private static bool IsEnum(JsonNode schema) => schema.GetString("type") == "string" && schema.Get("enum") is { Kind: JsonNodeKind.Array };

    private SchemaDescription ReadObject(string wireId, LocationInfo location, JsonNode schema)
    {
        if (schema.Get("variant") is { } variant)
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, At(variant), wireId, "a 'variant' (discriminated union) is not modelled; the variant's fields are kept in ExtensionData and written back");
        }

        var description = new SchemaDescription(wireId, SchemaKind.Object, location, schema.GetString("description"));
        if (schema.Get("properties") is not { Kind: JsonNodeKind.Object } properties)
        {
            return description;
        }

        foreach (var member in properties.Members!)
        {
            WireType? type = null;
            if (member.Value.Kind != JsonNodeKind.Object)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(member), wireId + "." + member.Name, "a property schema must be a JSON object; the property is skipped");
            }
            else if (Utf16.HasLoneSurrogate(member.Name))
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(member), wireId, "a property name that is not well-formed Unicode (a lone surrogate) cannot be matched as UTF-8; the property is skipped");
            }
            else
            {
                type = ReadType(member.Value, wireId + "." + member.Name);
            }

            description.Properties.Add(new PropertyDescription(
                member.Name,
                At(member),
                type,
                member.Value.GetString("description"),
                member.Value.GetBoolean("deprecated"),
                member.Value.GetBoolean("readOnly")));
        }

        return description;
    }

    /// <summary>The type of one property (or array item, or map value), named by its wire path for messages.</summary>
    private WireType ReadType(JsonNode schema, string context)
    {
        if (schema.Get("$ref") is { } reference)
        {
            return new WireType(WireTypeKind.Reference, reference.Kind == JsonNodeKind.String ? reference.Text : null, At(reference));
        }

        var type = schema.GetString("type");
        var format = schema.GetString("format");
        switch (type)
        {
            case "string" when schema.Get("enum") is { Kind: JsonNodeKind.Array }:
                return new WireType(WireTypeKind.Inline, Inline: ReadEnum(context, At(schema), schema));
            case "string":
                return WireType.Of(format switch
                {
                    "byte" => WireTypeKind.Bytes,
                    "int64" => WireTypeKind.Int64,
                    "uint64" => WireTypeKind.UInt64,
                    "google-datetime" or "date-time" => WireTypeKind.Timestamp,
                    "google-duration" => WireTypeKind.Duration,
                    "google-fieldmask" => WireTypeKind.FieldMask,
                    _ => WireTypeKind.String,
                });
            case "boolean":
                return WireType.Of(WireTypeKind.Boolean);
            case "integer":
                return WireType.Of(format switch
                {
                    "uint32" => WireTypeKind.UInt32,
                    "int64" => WireTypeKind.Int64,
                    "uint64" => WireTypeKind.UInt64,
                    _ => WireTypeKind.Int32,
                });
            case "number":
                return WireType.Of(format == "float" ? WireTypeKind.Float : WireTypeKind.Double);
            case "any":
                return WireType.Of(WireTypeKind.Any);
            case "array":
                if (schema.Get("items") is { Kind: JsonNodeKind.Object } items)
                {
                    return new WireType(WireTypeKind.Array, Element: ReadType(items, context + "[]"));
                }

                Report(DiagnosticDescriptors.UnsupportedConstruct, At(schema), context, "an array without an 'items' schema is typed System.Text.Json.JsonElement");
                return WireType.Of(WireTypeKind.Any);
            case "object":
                if (schema.Get("properties") is { Kind: JsonNodeKind.Object })
                {
                    return new WireType(WireTypeKind.Inline, Inline: ReadObject(context, At(schema), schema));
                }

                if (schema.Get("additionalProperties") is { Kind: JsonNodeKind.Object } values)
                {
                    return new WireType(WireTypeKind.Map, Element: ReadType(values, context + "{}"));
                }

                // An open object with nothing declared: keep it as raw JSON.
                return WireType.Of(WireTypeKind.Any);
            default:
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(schema), context, type is null
                    ? "a schema with neither 'type' nor '$ref' is typed System.Text.Json.JsonElement"
                    : $"type '{type}' is not supported and is typed System.Text.Json.JsonElement");
                return WireType.Of(WireTypeKind.Any);
        }
    }

    private SchemaDescription ReadEnum(string wireId, LocationInfo location, JsonNode schema)
    {
        var description = new SchemaDescription(wireId, SchemaKind.Enum, location, schema.GetString("description"));
        var values = schema.Get("enum")!.Items!;
        var descriptions = schema.Get("enumDescriptions")?.Items;
        var deprecated = schema.Get("enumDeprecated")?.Items;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.Kind != JsonNodeKind.String)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(value), wireId, "an enum value that is not a string is skipped");
            }
            else if (Utf16.HasLoneSurrogate(value.Text!))
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(value), wireId, "an enum value that is not well-formed Unicode (a lone surrogate) is skipped");
            }
            else if (!seen.Add(value.Text!))
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(value), wireId, $"the enum value '{value.Text}' is listed twice; the repeat is skipped");
            }
            else
            {
                description.EnumValues.Add(new EnumValueDescription(
                    value.Text!,
                    At(value),
                    descriptions is not null && i < descriptions.Count ? descriptions[i].Text : null,
                    deprecated is not null && i < deprecated.Count && deprecated[i].Kind == JsonNodeKind.True));
            }
        }

        return description;
    }

    private void ReadResources(JsonNode? resources, List<ResourceDescription> into, string context)
    {
        if (resources is not { Kind: JsonNodeKind.Object })
        {
            if (resources is not null)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(resources), context + "resources", "'resources' must be a JSON object; no client methods are generated from it");
            }

            return;
        }

        foreach (var member in resources.Members!)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (member.Value.Kind != JsonNodeKind.Object)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, At(member), context + member.Name, "a resource must be a JSON object; it is skipped");
                continue;
            }

            var resource = new ResourceDescription(member.Name, At(member));
            if (member.Value.Get("methods") is { Kind: JsonNodeKind.Object } methods)
            {
                foreach (var method in methods.Members!)
                {
                    if (ReadMethod(method, context + member.Name + ".") is { } read)
                    {
                        resource.Methods.Add(read);
                    }
                }
            }

            ReadResources(member.Value.Get("resources"), resource.Resources, context + member.Name + ".");
            into.Add(resource);
        }
    }

    private MethodDescription? ReadMethod(JsonMember method, string context)
    {
        var node = method.Value;
        var name = context + method.Name;
        if (node.Kind != JsonNodeKind.Object || node.GetString("httpMethod") is not { Length: > 0 } verb || node.GetString("path") is not { Length: > 0 } path)
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, At(method), name, "a method needs 'httpMethod' and 'path'; it is skipped");
            return null;
        }

        var parameters = new List<ParameterDescription>();
        if (node.Get("parameters") is { Kind: JsonNodeKind.Object } declared)
        {
            foreach (var parameter in declared.Members!)
            {
                var value = parameter.Value;
                var location = value.Kind == JsonNodeKind.Object ? value.GetString("location") : null;
                if (location is not ("path" or "query"))
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, At(parameter), name + "." + parameter.Name, "a parameter must be a JSON object with 'location' \"path\" or \"query\"; the method is skipped");
                    return null;
                }

                parameters.Add(new ParameterDescription(
                    parameter.Name,
                    At(parameter),
                    location == "path",
                    ReadType(value, name + "." + parameter.Name),
                    value.GetBoolean("required"),
                    value.GetBoolean("repeated"),
                    value.GetString("pattern"),
                    value.GetString("description")));
            }
        }

        var order = node.Get("parameterOrder")?.Items?.Where(i => i.Kind == JsonNodeKind.String).Select(i => i.Text!).ToList() ?? new List<string>();
        return new MethodDescription(
            method.Name,
            At(method),
            verb,
            path,
            node.Get("request")?.GetString("$ref"),
            node.Get("response")?.GetString("$ref"),
            node.GetString("description"),
            node.GetBoolean("deprecated"),
            parameters,
            order)
        {
            MediaUpload = node.GetBoolean("supportsMediaUpload") ? ReadMediaUpload(node, name) : null,
        };
    }

    /// <summary>The <c>mediaUpload</c> object, or null (reported) when its shape is not Discovery's: the method keeps its metadata-only call.</summary>
    private MediaUploadDescription? ReadMediaUpload(JsonNode method, string name)
    {
        var upload = method.Get("mediaUpload");
        if (upload is not { Kind: JsonNodeKind.Object })
        {
            Report(DiagnosticDescriptors.InvalidMediaUpload, upload is null ? At(method) : At(upload), name, "'supportsMediaUpload' needs a 'mediaUpload' object");
            return null;
        }

        var accept = new List<string>();
        if (upload.Get("accept") is { } declared)
        {
            if (declared.Kind != JsonNodeKind.Array || declared.Items!.Any(i => i.Kind != JsonNodeKind.String))
            {
                Report(DiagnosticDescriptors.InvalidMediaUpload, At(declared), name, "'accept' must be an array of MIME type strings");
                return null;
            }

            accept.AddRange(declared.Items!.Select(i => i.Text!));
        }

        var maxSize = upload.Get("maxSize");
        if (maxSize is not null && maxSize.Kind != JsonNodeKind.String)
        {
            Report(DiagnosticDescriptors.InvalidMediaUpload, At(maxSize), name, "'maxSize' must be a string such as \"2147483648\"");
            return null;
        }

        var protocols = upload.Get("protocols");
        var simple = protocols?.Get("simple")?.GetString("path");
        var resumable = protocols?.Get("resumable")?.GetString("path");
        if (simple is null && resumable is null)
        {
            Report(DiagnosticDescriptors.InvalidMediaUpload, At(protocols ?? upload), name, "'protocols' names no 'simple' or 'resumable' path");
            return null;
        }

        return new MediaUploadDescription(At(upload), accept, maxSize?.Text, simple, resumable);
    }

    private LocationInfo At(JsonNode node) => _lines.Locate(node.Start, node.End);

    private LocationInfo At(JsonMember member) => _lines.Locate(member.NameStart, member.NameEnd);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
