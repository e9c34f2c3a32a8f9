using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// Hint names of generated files: stable and unique. A type is "{ns}.{Type}.g.cs"; its converter lives
/// in "{ns}.Serialization"; a helper file has an extra ".Support" segment so that it never meets a
/// schema type of the same name (Gemini has a CodeExecution type).
/// </summary>
internal static class HintNames
{
    public const string FunctionAttribute = FunctionNames.AttributeMetadataName + ".g.cs";

    public const string GuardedByAttribute = GuardNames.AttributeMetadataName + ".g.cs";

    public static string SerializationNamespace(string modelNamespace) => modelNamespace + "." + GeneratedNames.SerializationNamespace;

    public static string Type(TypeSpec type) => type.Namespace + "." + type.Name + ".g.cs";

    public static string Union(TypeSpec type) => type.Namespace + "." + type.Name + ".Union.g.cs";

    public static string Converter(TypeSpec type) => SerializationNamespace(type.Namespace) + "." + type.ConverterName + ".g.cs";

    public static string Client(string modelNamespace, string clientName) => modelNamespace + "." + clientName + ".Client.g.cs";

    public static string ChatSupport(string modelNamespace, string file) => modelNamespace + "." + file + ".Support.g.cs";

    public static string Resolver(string modelNamespace) => SerializationNamespace(modelNamespace) + ".ModelJsonResolver.g.cs";

    public static string Support(string modelNamespace, SupportFile file)
        => (file.InSerializationNamespace ? SerializationNamespace(modelNamespace) : modelNamespace) + "." + file.Name + ".Support.g.cs";
}
