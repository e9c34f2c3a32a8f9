using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;

namespace CodeExecGen.Generator.Schema;

/// <summary>
/// The format-neutral, equatable description of one schema file: every name is already a legal,
/// collision-free C# identifier, so emitters only write text.
/// </summary>
internal sealed record SchemaModel(string Namespace, string SourcePath, EquatableArray<TypeSpec> Types, bool HasCodeExecutionShape = false);

/// <summary>The reader's result: the model (null when nothing could be read) and the problems found.</summary>
internal sealed record SchemaParseResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A generated type. <see cref="Namespace"/> travels with it so each type is emitted on its own.</summary>
internal abstract record TypeSpec(string Namespace, string Name, string? Description);

internal sealed record ObjectTypeSpec(
    string Namespace,
    string Name,
    string WireId,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    UnionSpec? Union = null,
    bool HasFactories = false) : TypeSpec(Namespace, Name, Description);

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
internal sealed record GuardSpec(string GuardProperty, string GuardEnum, EquatableArray<string> SuccessMembers);

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
    GuardSpec? Guard = null);

internal sealed record EnumMemberSpec(string Name, string WireValue, string? Description, bool Deprecated);

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
