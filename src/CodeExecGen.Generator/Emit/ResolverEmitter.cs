using System.Linq;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>The resolver that hands System.Text.Json the generated converters: trimming- and AOT-safe.</summary>
internal static class ResolverEmitter
{
    private const string Json = "global::System.Text.Json";

    public static string Emit(ResolverSpec spec)
    {
        var writer = GeneratedFile.Begin(ConverterNames.Namespace(spec.Namespace), spec.Source);
        writer.Line("/// <summary>");
        writer.Line("/// Type metadata for every generated type, for <c>JsonSerializerOptions.TypeInfoResolver</c>:");
        writer.Line("/// no reflection, safe under trimming and Native AOT.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(spec.Accessibility + " sealed class ModelJsonResolver : " + Json + ".Serialization.Metadata.IJsonTypeInfoResolver");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line("public static ModelJsonResolver Default { get; } = new ModelJsonResolver();");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock("public " + Json + ".Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, " + Json + ".JsonSerializerOptions options)");
        foreach (var name in spec.TypeNames)
        {
            var model = "global::" + spec.Namespace + "." + name;
            writer.OpenBlock("if (type == typeof(" + model + "))");
            writer.Line("return " + Json + ".Serialization.Metadata.JsonMetadataServices.CreateValueInfo<" + model + ">(options, new " + ConverterNames.LocalConverter(name) + "());");
            writer.CloseBlock();
        }

        writer.Line("return null;");
        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
