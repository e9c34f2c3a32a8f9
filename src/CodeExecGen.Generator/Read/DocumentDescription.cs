using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Diagnostics;

namespace CodeExecGen.Generator.Read;

/// <summary>
/// What a reader found in a schema document, at the wire level: schema ids, property and enum wire
/// names, types and formats, descriptions and where each is written. No C# names: Bind decides those.
/// Lives only inside the step that reads and binds one file, so it need not be equatable.
/// </summary>
internal sealed class DocumentDescription
{
    public DocumentDescription(string path, string? apiName, string? version, bool isGeminiDocument, string? name = null, string? revision = null)
    {
        Path = path;
        ApiName = apiName;
        Version = version;
        IsGeminiDocument = isGeminiDocument;
        Name = name;
        Revision = revision;
    }

    /// <summary>The document's own <c>name</c> and <c>revision</c>, for the generated files' headers.</summary>
    public string? Name { get; }

    public string? Revision { get; }

    /// <summary><c>generativelanguage v1beta, revision 20260717</c>, or as much of it as the document says.</summary>
    public string? Label
    {
        get
        {
            var label = string.Join(" ", new[] { Name, Version }.Where(p => !string.IsNullOrEmpty(p)));
            if (!string.IsNullOrEmpty(Revision))
            {
                label += (label.Length > 0 ? ", " : string.Empty) + "revision " + Revision;
            }

            return label.Length == 0 ? null : label;
        }
    }

    public string Path { get; }

    /// <summary>The document's canonical name, else its name (null when it has neither).</summary>
    public string? ApiName { get; }

    public string? Version { get; }

    /// <summary>Google's own Gemini document, which gets the overlay that ships with the generator.</summary>
    public bool IsGeminiDocument { get; }

    /// <summary>The service's <c>rootUrl</c> (null when the document has none) and <c>servicePath</c>, which method paths follow.</summary>
    public string? RootUrl { get; set; }

    public string ServicePath { get; set; } = string.Empty;

    /// <summary>The top-level resources and their methods, in document order.</summary>
    public List<ResourceDescription> Resources { get; } = new();

    /// <summary>The top-level schemas, in ordinal order of their ids.</summary>
    public List<SchemaDescription> Schemas { get; } = new();

    /// <summary>Where a diagnostic about the file as a whole goes (its start).</summary>
    public LocationInfo FileStart { get; set; } = new(string.Empty, 0, 0, 0, 0, 0, 0);
}

internal enum SchemaKind
{
    /// <summary>An object with properties (or none): a class.</summary>
    Object,

    /// <summary>A string enum: a C# enum.</summary>
    Enum,

    /// <summary>Any other top-level schema (an array, a formatted string, "any"): references take its type.</summary>
    Alias,

    /// <summary>Not a JSON object; references to it are typed JsonElement.</summary>
    Invalid,
}

/// <summary>One schema: a top-level one (with an id) or an inline object or enum.</summary>
internal sealed class SchemaDescription
{
    public SchemaDescription(string wireId, SchemaKind kind, LocationInfo location, string? description)
    {
        WireId = wireId;
        Kind = kind;
        Location = location;
        Description = description;
    }

    /// <summary>The id (top level) or the wire path of an inline schema (<c>Part.mediaResolution</c>).</summary>
    public string WireId { get; }

    public SchemaKind Kind { get; }

    /// <summary>The id's name for a top-level schema, the schema's own span for an inline one.</summary>
    public LocationInfo Location { get; }

    public string? Description { get; }

    /// <summary>Object properties in document order, including ones that are skipped (they still claim their names).</summary>
    public List<PropertyDescription> Properties { get; } = new();

    public List<EnumValueDescription> EnumValues { get; } = new();

    /// <summary>An alias's type.</summary>
    public WireType? AliasType { get; set; }
}

/// <summary>A property as written. <see cref="Type"/> is null for one the reader had to skip (reported already).</summary>
internal sealed record PropertyDescription(string WireName, LocationInfo Location, WireType? Type, string? Description, bool Deprecated, bool ReadOnly);

internal sealed record EnumValueDescription(string WireValue, LocationInfo Location, string? Description, bool Deprecated);

internal enum WireTypeKind
{
    String,
    Boolean,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float,
    Double,
    Bytes,
    Timestamp,
    Duration,
    FieldMask,

    /// <summary>Any JSON, kept raw; also what a construct the reader reported as unsupported becomes.</summary>
    Any,

    /// <summary>A <c>$ref</c> to a top-level schema by id.</summary>
    Reference,

    /// <summary>An inline object or enum, in <see cref="WireType.Inline"/>.</summary>
    Inline,
    Array,
    Map,
}

/// <summary>A property's type as the document writes it.</summary>
internal sealed record WireType(WireTypeKind Kind, string? ReferenceId = null, LocationInfo? ReferenceLocation = null, SchemaDescription? Inline = null, WireType? Element = null)
{
    public static WireType Of(WireTypeKind kind) => new(kind);
}
