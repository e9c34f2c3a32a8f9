using System;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>The C# spelling of a <see cref="TypeRef"/>. The README's type-mapping table documents each choice.</summary>
internal static class TypeNames
{
    /// <summary>The property type, nullable: every field of a Google API message is optional.</summary>
    public static string PropertyType(TypeRef type, string ns) => ValueType(type, ns) + "?";

    /// <summary>True when the C# type is a struct (so null checks do not apply).</summary>
    public static bool IsValueType(TypeRef type) => ScalarKinds.Find(type.Kind)?.IsValueType ?? type.Kind == TypeRefKind.Enum;

    /// <summary>The type without the outer '?', as used for array elements and map values.</summary>
    public static string ValueType(TypeRef type, string ns) => ScalarKinds.Find(type.Kind)?.TypeName ?? type.Kind switch
    {
        TypeRefKind.Object or TypeRefKind.Enum => "global::" + ns + "." + type.Name!,
        TypeRefKind.Array => "global::System.Collections.Generic.List<" + ValueType(type.Element!, ns) + ">",
        TypeRefKind.Map => "global::System.Collections.Generic.Dictionary<string, " + ValueType(type.Element!, ns) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };
}
