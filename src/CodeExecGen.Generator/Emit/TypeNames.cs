using System;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>The C# spelling of a <see cref="TypeRef"/>. The README's type-mapping table documents each choice.</summary>
internal static class TypeNames
{
    /// <summary>The property type, nullable: every field of a Google API message is optional.</summary>
    public static string PropertyType(TypeRef type, string ns) => ValueType(type, ns) + "?";

    /// <summary>True when the C# type is a struct (so null checks do not apply).</summary>
    public static bool IsValueType(TypeRef type) => type.Kind is not (TypeRefKind.String or TypeRefKind.FieldMask or TypeRefKind.Bytes or TypeRefKind.Object or TypeRefKind.Array or TypeRefKind.Map);

    /// <summary>The type without the outer '?', as used for array elements and map values.</summary>
    public static string ValueType(TypeRef type, string ns) => type.Kind switch
    {
        TypeRefKind.String or TypeRefKind.FieldMask => "string",
        TypeRefKind.Boolean => "bool",
        TypeRefKind.Int32 => "int",
        TypeRefKind.UInt32 => "uint",
        TypeRefKind.Int64 => "long",
        TypeRefKind.UInt64 => "ulong",
        TypeRefKind.Float => "float",
        TypeRefKind.Double => "double",
        TypeRefKind.Bytes => GeneratedNames.Bytes,
        TypeRefKind.Timestamp => GeneratedNames.Timestamp,
        TypeRefKind.Duration => GeneratedNames.Duration,
        TypeRefKind.Any => "global::System.Text.Json.JsonElement",
        TypeRefKind.Object or TypeRefKind.Enum => "global::" + ns + "." + type.Name!,
        TypeRefKind.Array => "global::System.Collections.Generic.List<" + ValueType(type.Element!, ns) + ">",
        TypeRefKind.Map => "global::System.Collections.Generic.Dictionary<string, " + ValueType(type.Element!, ns) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };
}
