using CodeExecGen.Generator.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.Generator.Emit;

/// <summary>Writes the class for one object schema: properties and their docs, nothing else.</summary>
internal static class ModelEmitter
{
    /// <summary>The property holding unknown JSON; reserved, so no schema property can take the name.</summary>
    public const string ExtensionDataName = "ExtensionData";

    public static string Emit(ObjectTypeSpec type)
    {
        var writer = GeneratedFile.Begin(type.Namespace);
        XmlDoc.Summary(writer, type.Description, "The <c>" + XmlDoc.Escape(type.WireId) + "</c> message.", "Schema <c>" + XmlDoc.Escape(type.WireId) + "</c>.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ConverterNames.Converter(type.Namespace, type.Name) + "))]");
        writer.OpenBlock("public sealed partial class " + type.Name);
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteProperty(writer, property, type.Namespace);
        }

        if (!first)
        {
            writer.Line();
        }

        writer.Line("/// <summary>");
        writer.Line("/// Properties this schema revision does not know, and values it cannot hold (an enum value");
        writer.Line("/// added by a newer API revision), kept as read and written back unchanged.");
        writer.Line("/// </summary>");
        writer.Line("public global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? " + ExtensionDataName + " { get; set; }");
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }

    private static void WriteProperty(SourceWriter writer, PropertySpec property, string ns)
    {
        var jsonName = "<c>" + XmlDoc.Escape(property.JsonName) + "</c>";
        var fallback = "The " + jsonName + " field.";
        if (property.ReadOnly)
        {
            XmlDoc.Summary(writer, property.Description, fallback, "JSON name: " + jsonName + ".", "Output only: the service sets this value and ignores it in requests.");
        }
        else
        {
            XmlDoc.Summary(writer, property.Description, fallback, "JSON name: " + jsonName + ".");
        }

        if (property.Deprecated)
        {
            writer.Line("[global::System.Obsolete(" + Literal("The schema marks '" + property.JsonName + "' as deprecated.") + ")]");
        }

        writer.Line("public " + TypeNames.PropertyType(property.Type, ns) + " " + property.Name + " { get; set; }");
    }

    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
