using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Writes one enum. Each member keeps its wire value in <c>[EnumMember]</c>; the serializers use
/// the same values.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumTypeSpec type)
    {
        var writer = GeneratedFile.Begin(type.Namespace, type.Source);
        XmlDoc.Summary(writer, type.Description, "The values of <c>" + type.Name + "</c>.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ConverterNames.Converter(type) + "))]");
        writer.OpenBlock(type.Accessibility + " enum " + type.Name);
        for (var i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            if (i > 0)
            {
                writer.Line();
            }

            var wireValue = "<c>" + XmlDoc.Escape(member.WireValue) + "</c>";
            XmlDoc.Summary(writer, member.Description, "The " + wireValue + " value.", "JSON value: " + wireValue + ".");
            writer.Line("[global::System.Runtime.Serialization.EnumMember(Value = " + ModelEmitter.Literal(member.WireValue) + ")]");
            if (member.Deprecated)
            {
                writer.Line("[global::System.Obsolete(" + ModelEmitter.Literal("The schema marks '" + member.WireValue + "' as deprecated.") + ")]");
            }

            writer.Line(member.Name + " = " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
