using System.Globalization;
using System.Linq;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>Writes the converter of one enum: wire names as precomputed UTF-8, parsing without allocation.</summary>
internal static class EnumConverterEmitter
{
    private const string Json = "global::System.Text.Json";

    public static string Emit(EnumTypeSpec type)
    {
        var ns = type.Namespace;
        var model = "global::" + ns + "." + type.Name;
        var typeName = ModelEmitter.Literal(type.Name);

        var writer = GeneratedFile.Begin(ConverterNames.Namespace(ns), type.Source);
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model + "\"/> as its wire names.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(type.Accessibility + " sealed class " + type.ConverterName + " : " + Json + ".Serialization.JsonConverter<" + model + ">");
        writer.Line("private static readonly string[] WireNames = " + ConverterEmitter.NameArray(type.Members.Select(m => m.WireValue)) + ";");
        writer.Line("private static readonly " + Json + ".JsonEncodedText[] Names = " + JsonRuntime.EncodeNames + "(WireNames);");
        writer.Line();
        writer.Line("/// <summary>Reads one known value where a value is required.</summary>");
        writer.Line("internal static readonly " + JsonRuntime.ValueReader + "<" + model + "> " + ConverterMembers.Element + " = (ref " + Json + ".Utf8JsonReader reader, " + Json + ".JsonSerializerOptions options)");
        writer.Line("    => TryReadValue(ref reader, out var value) && value is { } known ? known : throw " + JsonRuntime.UnknownEnumValue + "(" + typeName + ");");
        writer.Line();
        writer.Line("/// <summary>Parses a wire name held in a string.</summary>");
        writer.Line("internal static readonly global::System.Func<string, (bool Found, " + model + " Value)> " + ConverterMembers.Parse + " = text => TryParse(text, out var value) ? (true, value) : (false, default);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override " + model + " Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options) => Element(ref reader, options);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override void Write(" + Json + ".Utf8JsonWriter writer, " + model + " value, " + Json + ".JsonSerializerOptions options) => writer.WriteStringValue(WireName(value));");
        writer.Line();
        writer.Line("/// <summary>The wire name of a value.</summary>");
        writer.Line("/// <exception cref=\"" + Json + ".JsonException\">The value is not one the enum defines.</exception>");
        writer.OpenBlock("public static " + Json + ".JsonEncodedText " + ConverterMembers.WireName + "(" + model + " value)");
        writer.Line("var index = (int)value;");
        writer.Line("return (uint)index < (uint)Names.Length ? Names[index] : throw " + JsonRuntime.UndefinedEnumValue + "(" + typeName + ", index);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>True with null for JSON null, true with the value for a known wire name, false for an unknown name or a number (the caller keeps the raw value); other tokens throw.</summary>");
        writer.OpenBlock("internal static bool " + ConverterMembers.TryReadValue + "(ref " + Json + ".Utf8JsonReader reader, out " + model + "? value)");
        writer.Line("value = null;");
        writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.Null)");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.Number)");
        writer.Line("return false; // Discovery gives enum values no numbers, so a number is kept raw.");
        writer.CloseBlock();
        writer.OpenBlock("if (reader.TokenType != " + Json + ".JsonTokenType.String)");
        writer.Line("throw " + JsonRuntime.Unexpected + "(ref reader, \"an enum name (a string)\");");
        writer.CloseBlock();
        writer.Line(model + " parsed;");
        writer.OpenBlock("if (reader.ValueIsEscaped || reader.HasValueSequence ? TryParse(reader.GetString()!, out parsed) : TryParse(reader.ValueSpan, out parsed))");
        writer.Line("value = parsed;");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>Parses a UTF-8 wire name.</summary>");
        writer.OpenBlock("public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, out " + model + " value)");
        if (type.Members.Count > 0)
        {
            Utf8Matcher.Write(writer, "utf8", type.Members.Select(m => (m.WireValue, "{ value = " + model + "." + m.Name + "; return true; }")));
        }

        writer.Line("value = default;");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>Parses a wire name (a rare path: escaped names and callers' strings).</summary>");
        writer.OpenBlock("public static bool TryParse(string text, out " + model + " value)");
        writer.Line("var index = global::System.Array.IndexOf(WireNames, text);");
        writer.Line("value = index >= 0 ? (" + model + ")index : default;");
        writer.Line("return index >= 0;");
        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
