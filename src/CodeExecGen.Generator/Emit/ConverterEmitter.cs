using System.Globalization;
using System.Linq;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Writes the <c>JsonConverter</c> of one object type: a UTF-8 name switch and a typed read per
/// property, precomputed encoded names and a typed write per property. Unknown properties, and
/// values the schema cannot hold (an unknown enum value), are kept raw and written back.
/// </summary>
internal static class ConverterEmitter
{
    private const string Json = "global::System.Text.Json";

    public static string Emit(ObjectTypeSpec type)
    {
        var model = "global::" + type.Namespace + "." + type.Name;
        var properties = type.Properties;

        var writer = GeneratedFile.Begin(ConverterNames.Namespace(type.Namespace), type.Source);
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model + "\"/> as the API's JSON.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(type.Accessibility + " sealed class " + type.ConverterName + " : " + Json + ".Serialization.JsonConverter<" + model + ">");

        for (var i = 0; i < properties.Count; i++)
        {
            writer.Line("private static readonly " + Json + ".JsonEncodedText " + properties[i].JsonNameField + " = " + JsonRuntime.EncodeName + "(" + ModelEmitter.Literal(properties[i].JsonName) + ");");
        }

        writer.Line("private static readonly string[] JsonNames = " + NameArray(properties.Select(p => p.JsonName)) + ";");
        writer.Line("private static readonly " + JsonRuntime.NameMatcher + " Matcher = Match;");
        writer.Line("private static readonly global::System.Func<" + model + ", int, bool> PropertyIsSet = IsSet;");
        writer.Line();
        writer.Line("/// <summary>Reads one " + type.Name + " where a non-null value is required.</summary>");
        writer.Line("internal static readonly " + JsonRuntime.ValueReader + "<" + model + "> " + ConverterMembers.Element + " = (ref " + Json + ".Utf8JsonReader reader, " + Json + ".JsonSerializerOptions options)");
        writer.Line("    => reader.TokenType == " + Json + ".JsonTokenType.Null ? throw " + JsonRuntime.NullElement + "() : ReadValue(ref reader, options);");
        writer.Line();

        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock("public override " + model + "? Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("try");
        writer.Line("return ReadValue(ref reader, options);");
        writer.CloseBlock();
        writer.OpenBlock("catch (" + Json + ".JsonException exception) when (" + JsonRuntime.HasPath + "(exception))");
        writer.Line("throw " + JsonRuntime.WithPath + "(exception);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <inheritdoc/>");
        writer.Line("public override void Write(" + Json + ".Utf8JsonWriter writer, " + model + " value, " + Json + ".JsonSerializerOptions options) => WriteValue(writer, value, options);");
        writer.Line();

        WriteRead(writer, type, model);
        writer.Line();
        WriteWrite(writer, type, model);
        writer.Line();
        WriteMatch(writer, type);
        writer.Line();
        WriteIsSet(writer, type, model);

        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }

    private static void WriteRead(SourceWriter writer, ObjectTypeSpec type, string model)
    {
        writer.OpenBlock("internal static " + model + " " + ConverterMembers.ReadValue + "(ref " + Json + ".Utf8JsonReader reader, " + Json + ".JsonSerializerOptions options)");
        writer.Line(JsonRuntime.EnterObject + "(ref reader);");
        writer.Line("var value = new " + model + "();");
        writer.Line("global::System.Collections.Generic.Dictionary<string, " + Json + ".JsonElement>? extension = null;");
        writer.Line("var property = -1;");
        writer.Line("string? unknown = null;");
        if (type.Union is not null)
        {
            writer.Line("var unionMember = -1;");
        }

        writer.OpenBlock("try");
        writer.OpenBlock("while (true)");
        writer.Line("property = -1;");
        writer.Line(JsonRuntime.Next + "(ref reader);");
        writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.EndObject)");
        writer.Line("value.ExtensionData = extension;");
        writer.Line("return value;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("property = reader.ValueIsEscaped || reader.HasValueSequence ? " + JsonRuntime.MatchEscapedName + "(ref reader, Matcher) : Match(reader.ValueSpan);");
        writer.Line("unknown = property < 0 ? " + JsonRuntime.ReadText + "(ref reader) : null;");
        writer.Line(JsonRuntime.Next + "(ref reader);");
        writer.OpenBlock("switch (property)");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            writer.Line("case " + I(i) + ":");
            writer.Indent();
            writer.Line(ReadStatement(property, "v" + I(i)));

            if (type.Union is { } union && union.MemberProperties.Contains(property.Name))
            {
                writer.OpenBlock("if (value." + property.Name + " is not null)");
                writer.Line("if (unionMember >= 0 && unionMember != " + I(i) + ") throw " + JsonRuntime.UnionConflict + "(" + ModelEmitter.Literal(type.Name) + ", JsonNames[unionMember], " + ModelEmitter.Literal(property.JsonName) + ");");
                writer.Line("unionMember = " + I(i) + ";");
                writer.CloseBlock();
            }

            writer.Line("break;");
            writer.Outdent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line(JsonRuntime.KeepRaw + "(ref reader, ref extension, unknown!);");
        writer.Line("break;");
        writer.Outdent();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.OpenBlock("catch (" + Json + ".JsonException exception) when (" + JsonRuntime.PrependPath + "(exception, property >= 0 ? JsonNames[property] : unknown))");
        writer.Line("throw;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string ReadStatement(PropertySpec property, string local)
    {
        var target = "value." + property.Name;
        var keep = JsonRuntime.KeepRaw + "(ref reader, ref extension, " + ModelEmitter.Literal(property.JsonName) + ");";
        var type = property.Type;
        // A value this revision cannot hold (bad base64, an unknown enum value) is kept raw, not thrown on.
        string KeepRawUnless(string tryRead) => "if (" + tryRead + ") " + target + " = " + local + "; else " + keep;
        if (ScalarKinds.Find(type.Kind) is { } scalar)
        {
            return scalar.ReaderMayRefuse
                ? KeepRawUnless(scalar.Reader + "(ref reader, options, out var " + local + ")")
                : target + " = " + scalar.Reader + "(ref reader);";
        }

        switch (type.Kind)
        {
            case TypeRefKind.Enum:
                return KeepRawUnless(ConverterNames.LocalConverter(type.Name!) + "." + ConverterMembers.TryReadValue + "(ref reader, out var " + local + ")");
            case TypeRefKind.Map when type.Element!.Kind == TypeRefKind.Enum:
                return KeepRawUnless(JsonRuntime.TryReadEnumMap + "(ref reader, " + ConverterNames.LocalConverter(type.Element.Name!) + "." + ConverterMembers.Parse + ", out var " + local + ")");
            case TypeRefKind.Array when type.Element!.Kind == TypeRefKind.Enum:
                return KeepRawUnless(JsonRuntime.TryReadEnumList + "(ref reader, " + ConverterNames.LocalConverter(type.Element.Name!) + "." + ConverterMembers.Parse + ", out var " + local + ")");
            case TypeRefKind.Object:
                return target + " = reader.TokenType == " + Json + ".JsonTokenType.Null ? null : " + ConverterNames.LocalConverter(type.Name!) + "." + ConverterMembers.ReadValue + "(ref reader, options);";
            case TypeRefKind.Array:
                return target + " = " + JsonRuntime.ReadList + "(ref reader, options, " + ElementReader(type.Element!) + ");";
            default: // TypeRefKind.Map
                return target + " = " + JsonRuntime.ReadMap + "(ref reader, options, " + ElementReader(type.Element!) + ");";
        }
    }

    /// <summary>A <c>JsonValueReader&lt;T&gt;</c> for an array element or map value (never null).</summary>
    private static string ElementReader(TypeRef type) => ScalarKinds.Find(type.Kind)?.ElementReader ?? type.Kind switch
    {
        TypeRefKind.Object or TypeRefKind.Enum => ConverterNames.LocalConverter(type.Name!) + "." + ConverterMembers.Element,
        TypeRefKind.Array => "(ref " + Json + ".Utf8JsonReader r, " + Json + ".JsonSerializerOptions o) => " + JsonRuntime.ReadList + "(ref r, o, " + ElementReader(type.Element!) + ") ?? throw " + JsonRuntime.NullElement + "()",
        _ => "(ref " + Json + ".Utf8JsonReader r, " + Json + ".JsonSerializerOptions o) => " + JsonRuntime.ReadMap + "(ref r, o, " + ElementReader(type.Element!) + ") ?? throw " + JsonRuntime.NullElement + "()",
    };

    private static void WriteWrite(SourceWriter writer, ObjectTypeSpec type, string model)
    {
        writer.OpenBlock("internal static void " + ConverterMembers.WriteValue + "(" + Json + ".Utf8JsonWriter writer, " + model + " value, " + Json + ".JsonSerializerOptions options)");
        writer.Line(JsonRuntime.StartObject + "(writer);");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            var local = "p" + I(i);
            var name = property.JsonNameField;
            var head = "if (value." + property.Name + " is { } " + local + ") ";
            if (ScalarKinds.Find(property.Type.Kind)?.PropertyWriter is { } propertyWriter)
            {
                writer.Line(head + propertyWriter + "(writer, " + name + ", " + local + ");");
                continue;
            }

            writer.OpenBlock(head.TrimEnd());
            writer.Line(JsonRuntime.WriteName + "(writer, " + name + ");");
            WriteValueStatements(writer, property.Type, local, 0);
            writer.CloseBlock();
        }

        writer.Line("if (value.ExtensionData is { } extension) " + JsonRuntime.WriteExtensionData + "(writer, value, extension, Matcher, PropertyIsSet);");
        writer.Line(JsonRuntime.EndObject + "(writer);");
        writer.CloseBlock();
    }

    /// <summary>Statements that write one value (no property name) held in <paramref name="expression"/>.</summary>
    private static void WriteValueStatements(SourceWriter writer, TypeRef type, string expression, int depth)
    {
        if (ScalarKinds.Find(type.Kind) is { } scalar)
        {
            writer.Line(scalar.ValueWriter(expression));
            return;
        }

        switch (type.Kind)
        {
            case TypeRefKind.Object:
                writer.Line(ConverterNames.LocalConverter(type.Name!) + "." + ConverterMembers.WriteValue + "(writer, " + expression + ", options);");
                break;
            case TypeRefKind.Enum:
                writer.Line(JsonRuntime.WriteEncodedValue + "(writer, " + ConverterNames.LocalConverter(type.Name!) + "." + ConverterMembers.WireName + "(" + expression + "));");
                break;
            case TypeRefKind.Array:
                var item = "item" + I(depth);
                writer.Line(JsonRuntime.StartArray + "(writer);");
                writer.OpenBlock("foreach (var " + item + " in " + expression + ")");
                WriteValueStatements(writer, type.Element!, item, depth + 1);
                writer.CloseBlock();
                writer.Line(JsonRuntime.EndArray + "(writer);");
                break;
            case TypeRefKind.Map:
                var entry = "entry" + I(depth);
                writer.Line(JsonRuntime.StartObject + "(writer);");
                writer.OpenBlock("foreach (var " + entry + " in " + expression + ")");
                writer.Line(JsonRuntime.WriteKey + "(writer, " + entry + ".Key);");
                WriteValueStatements(writer, type.Element!, entry + ".Value", depth + 1);
                writer.CloseBlock();
                writer.Line(JsonRuntime.EndObject + "(writer);");
                break;
        }
    }

    private static void WriteMatch(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.Line("/// <summary>The index of the property a UTF-8 name denotes (its JSON or snake_case proto name), or -1.</summary>");
        writer.OpenBlock("private static int Match(global::System.ReadOnlySpan<byte> name)");
        var accepted = WireNames.Accepted(type.Properties);
        if (accepted.Count > 0)
        {
            Utf8Matcher.Write(writer, "name", accepted.Select(a => (a.Name, "return " + I(a.Index) + ";")));
            writer.Line();
        }

        writer.Line("return -1;");
        writer.CloseBlock();
    }

    private static void WriteIsSet(SourceWriter writer, ObjectTypeSpec type, string model)
    {
        writer.Line("/// <summary>True when the property at an index holds a value, so a raw copy under its name must not be written too.</summary>");
        writer.OpenBlock("private static bool IsSet(" + model + " value, int property)");
        if (type.Properties.Count == 0)
        {
            writer.Line("return false;");
        }
        else
        {
            writer.OpenBlock("switch (property)");
            for (var i = 0; i < type.Properties.Count; i++)
            {
                writer.Line("case " + I(i) + ": return value." + type.Properties[i].Name + " is not null;");
            }

            writer.Line("default: return false;");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    /// <summary>An array initializer of string literals, in order (what error paths and enum parsing index).</summary>
    internal static string NameArray(System.Collections.Generic.IEnumerable<string> names)
    {
        var literals = string.Join(", ", names.Select(ModelEmitter.Literal));
        return literals.Length == 0 ? "{ }" : "{ " + literals + " }";
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
