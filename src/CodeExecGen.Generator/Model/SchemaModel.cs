using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;

namespace CodeExecGen.Generator.Model;

/// <summary>
/// The equatable description of what one schema file generates, as Bind decided it: every name is a
/// legal, collision-free C# identifier, every hint name is chosen, so emitters only write text.
/// </summary>
internal sealed record SchemaModel(
    string Namespace,
    string SourcePath,
    EquatableArray<TypeSpec> Types,
    SchemaCapabilities Capabilities,
    EquatableArray<SupportFileSpec> SupportFiles,
    ResolverSpec Resolver)
{
    /// <summary>The typed REST client, when the schema item asks for one and the document has methods to call.</summary>
    public ClientSpec? Client { get; init; }
}

/// <summary>
/// Which hand-written helpers the schema's types can carry: the code-execution steps and accumulator,
/// the <c>IChatClient</c>'s mapping (which also needs the code-execution shape), function tools, the
/// file helpers (<c>Part.FromFile</c>, and <c>WaitUntilActiveAsync</c> when the client has <c>files.get</c>),
/// the <c>IHostedFileClient</c> (which also needs a file's details and <c>files.list</c>'s page) and saving a blob.
/// </summary>
internal sealed record SchemaCapabilities(bool CodeExecution, bool Chat, bool FunctionTools, bool Files, bool HostedFiles, bool BlobSaving, bool Live = false);

/// <summary>Reading and binding one file: the model (null when nothing could be read) and the problems found.</summary>
internal sealed record SchemaParseResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A generated type. <see cref="Namespace"/> travels with it so each type is emitted on its own.</summary>
internal abstract record TypeSpec(string Namespace, string Name, string? Description)
{
    /// <summary><c>public</c>, or <c>internal</c> for a library that must not expose the generated types.</summary>
    public string Accessibility { get; init; } = GeneratedNames.Public;

    /// <summary>The document the type comes from, for the file header: <c>generativelanguage v1beta, revision 20260717</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The type's converter, in the serialization namespace: <c>PartConverter</c>.</summary>
    public string ConverterName => Name + GeneratedNames.ConverterSuffix;
}

internal sealed record ObjectTypeSpec(
    string Namespace,
    string Name,
    string WireId,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    UnionSpec? Union = null,
    bool HasFactories = false,
    bool HasMerge = false) : TypeSpec(Namespace, Name, Description)
{
    /// <summary>The type as a parameter name (<c>part</c>), for visitors.</summary>
    public string ParameterName => Identifiers.ToParameterName(Name);
}

/// <summary>
/// Properties of which at most one is set (a proto oneof, declared in the overlay), with the names of
/// the kind enum and visitor types generated for it.
/// </summary>
internal sealed record UnionSpec(
    string WireName,
    string KindName,
    string VisitorInterfaceName,
    string VisitorBaseName,
    EquatableArray<string> MemberProperties);

/// <summary>A property only meaningful when its guard (an enum property) holds one of the success members.</summary>
internal sealed record GuardSpec(string GuardProperty, string GuardEnum, EquatableArray<string> SuccessMembers)
{
    /// <summary>The generated check: <c>IsOk</c>.</summary>
    public string CheckName => GuardNames.CheckName(SuccessMembers);
}

internal sealed record EnumTypeSpec(
    string Namespace,
    string Name,
    string? Description,
    EquatableArray<EnumMemberSpec> Members) : TypeSpec(Namespace, Name, Description);

internal sealed record PropertySpec(
    string Name,
    string JsonName,
    TypeRef Type,
    string? Description,
    bool Deprecated,
    bool ReadOnly,
    GuardSpec? Guard = null)
{
    /// <summary>The property as a parameter name (<c>inlineData</c>, <c>@namespace</c>).</summary>
    public string ParameterName => Identifiers.ToParameterName(Name);

    /// <summary>The converter's precomputed JSON name: <c>OutcomeName</c>.</summary>
    public string JsonNameField => Name + GeneratedNames.JsonNameFieldSuffix;

    /// <summary>The checked accessor a guarded property gets: <c>TryGetOutput</c>.</summary>
    public string TryGetName => GuardNames.TryGetName(Name);

    /// <summary>The factory the overlay's factories add: <c>ForCodeExecution</c>.</summary>
    public string FactoryName => GeneratedNames.FactoryPrefix + Name;
}

internal sealed record EnumMemberSpec(string Name, string WireValue, string? Description, bool Deprecated);

/// <summary>One hand-written helper file emitted into a generated namespace.</summary>
internal sealed record SupportFileSpec(string File, string Namespace, string HintName, string Accessibility, string? Source = null);

/// <summary>What the resolver needs: the namespace and every generated type name. Descriptions do not touch it.</summary>
internal sealed record ResolverSpec(string Namespace, string SourcePath, EquatableArray<string> TypeNames, string HintName, string Accessibility = GeneratedNames.Public, string? Source = null);

/// <summary>What a property holds on the wire, independent of the C# spelling.</summary>
internal enum TypeRefKind
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
    Any,
    Object,
    Enum,
    Array,
    Map,
}

/// <summary>A property's type: a primitive, a named generated type, or an array or map of another type.</summary>
internal sealed record TypeRef(TypeRefKind Kind, string? Name = null, TypeRef? Element = null)
{
    public static TypeRef Of(TypeRefKind kind) => new(kind);

    public static TypeRef Named(TypeRefKind kind, string name) => new(kind, name);

    public static TypeRef ArrayOf(TypeRef element) => new(TypeRefKind.Array, null, element);

    public static TypeRef MapOf(TypeRef element) => new(TypeRefKind.Map, null, element);
}
