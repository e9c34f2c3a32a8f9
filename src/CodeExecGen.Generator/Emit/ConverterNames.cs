using CodeExecGen.Generator.Schema;

namespace CodeExecGen.Generator.Emit;

/// <summary>Where serialization code lives: a <c>.Serialization</c> namespace beside the models.</summary>
internal static class ConverterNames
{
    public const string SubNamespace = "Serialization";

    public static string Namespace(string modelNamespace) => modelNamespace + "." + SubNamespace;

    /// <summary>The converter of a generated type, as named from generated code.</summary>
    /// <remarks>Model code refers to it fully qualified; code in the serialization namespace by its simple name, which that namespace resolves first.</remarks>
    public static string Converter(string modelNamespace, string typeName) => "global::" + Namespace(modelNamespace) + "." + typeName + "Converter";

    /// <summary>A converter named from inside the serialization namespace.</summary>
    public static string LocalConverter(string typeName) => typeName + "Converter";

    /// <summary>The shared runtime helpers, named from inside the serialization namespace.</summary>
    public const string Runtime = "JsonRuntime";
}
