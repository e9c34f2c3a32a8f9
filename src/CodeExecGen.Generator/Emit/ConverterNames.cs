using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>How generated code names serialization code: a <c>.Serialization</c> namespace beside the models.</summary>
internal static class ConverterNames
{
    public static string Namespace(string modelNamespace) => modelNamespace + "." + GeneratedNames.SerializationNamespace;

    /// <summary>The converter of a generated type, as named from generated code.</summary>
    /// <remarks>Model code refers to it fully qualified; code in the serialization namespace by its simple name, which that namespace resolves first.</remarks>
    public static string Converter(TypeSpec type) => "global::" + Namespace(type.Namespace) + "." + type.ConverterName;

    /// <summary>A converter named from inside the serialization namespace.</summary>
    public static string LocalConverter(string typeName) => typeName + GeneratedNames.ConverterSuffix;
}
