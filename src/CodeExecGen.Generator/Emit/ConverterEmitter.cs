using System.Globalization;
using System.Linq;
using CodeExecGen.Generator.Schema;

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
        var ns = type.Namespace;
        var model = "global::" + ns + "." + type.Name;
        var runtime = ConverterNames.Runtime;
        var properties = type.Properties;

        var writer = GeneratedFile.Begin(ConverterNames.Namespace(ns));
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model + "\"/> as the API's JSON.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed class " + type.Name + "Converter : " + Json + ".Serialization.JsonConverter<" + model + ">");

        for (var i = 0; i < properties.Count; i++)
        {
            writer.Line("private static readonly " + Json + ".JsonEncodedText Name" + I(i) + " = " + Json + ".JsonEncodedText.Encode(" + ModelEmitter.Literal(properties[i].JsonName) + ");");
        }

        writer.Line("private static readonly string[] JsonNames = { " + string.Join(", ", properties.Select(p => ModelEmitter.Literal(p.JsonName))) + " };");
        writer.Line("private static readonly JsonNameMatcher Matcher = Match;");
        writer.Line();
        writer.Line("/// <summary>Reads one " + type.Name + " where a non-null value is required.</summary>");
        writer.Line("internal static readonly JsonValueReader<" + model + "> Element = (ref " + Json + ".Utf8JsonReader reader, " + Json + ".JsonSerializerOptions options)");
        writer.Line("    => reader.TokenType == " + Json + ".JsonTokenType.Null ? throw " + runtime + ".NullElement() : ReadValue(ref reader, options);");
        writer.Line();

        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock("public override " + model + "? Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("try");
        writer.Line("return ReadValue(ref reader, options);");
        writer.CloseBlock();
        writer.OpenBlock("catch (" + Json + ".JsonException exception) when (" + runtime + ".HasPath(exception))");
        writer.Line("throw " + runtime + ".WithPath(exception);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <inheritdoc/>");
        writer.Line("public override void Write(" + Json + ".Utf8JsonWriter writer, " + model + " value, " + Json + ".JsonSerializerOptions options) => WriteValue(writer, value, options);");
        writer.Line();

        WriteRead(writer, type, model, runtime);
        writer.Line();
        WriteWrite(writer, type, model, runtime);
        writer.Line();
        WriteMatch(writer, type);
        writer.Line();
        WriteIsSet(writer, type, model);

        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }

    private static void WriteRead(SourceWriter writer, ObjectTypeSpec type, string model, string runtime)
    {
        writer.OpenBlock("internal static " + model + " ReadValue(ref " + Json + ".Utf8JsonReader reader, " + Json + ".JsonSerializerOptions options)");
        writer.Line(runtime + ".EnterObject(ref reader);");
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
        writer.Line(runtime + ".Next(ref reader);");
        writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.EndObject)");
        writer.Line("value.ExtensionData = extension;");
        writer.Line("return value;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("property = reader.ValueIsEscaped || reader.HasValueSequence ? " + runtime + ".MatchEscapedName(ref reader, Matcher) : Match(reader.ValueSpan);");
        writer.Line("unknown = property < 0 ? reader.GetString() : null;");
        writer.Line(runtime + ".Next(ref reader);");
        writer.OpenBlock("switch (property)");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            writer.Line("case " + I(i) + ":");
            writer.Indent();
            foreach (var line in ReadStatements(property, "v" + I(i), type.Namespace, runtime))
            {
                writer.Line(line);
            }

            if (type.Union is { } union && union.MemberProperties.Contains(property.Name))
            {
                writer.OpenBlock("if (value." + property.Name + " is not null)");
                writer.Line("if (unionMember >= 0 && unionMember != " + I(i) + ") throw " + runtime + ".UnionConflict(" + ModelEmitter.Literal(type.Name) + ", JsonNames[unionMember], JsonNames[" + I(i) + "]);");
                writer.Line("unionMember = " + I(i) + ";");
                writer.CloseBlock();
            }

            writer.Line("break;");
            writer.Outdent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line(runtime + ".KeepRaw(ref reader, ref extension, unknown!);");
        writer.Line("break;");
        writer.Outdent();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.OpenBlock("catch (" + Json + ".JsonException exception) when (" + runtime + ".PrependPath(exception, property >= 0 ? JsonNames[property] : unknown))");
        writer.Line("throw;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string[] ReadStatements(PropertySpec property, string local, string ns, string runtime)
    {
        var target = "value." + property.Name;
        var keep = runtime + ".KeepRaw(ref reader, ref extension, " + ModelEmitter.Literal(property.JsonName) + ");";
        var type = property.Type;
        switch (type.Kind)
        {
            case TypeRefKind.Bytes:
                return new[] { "if (" + runtime + ".TryReadBytes(ref reader, options, out var " + local + ")) " + target + " = " + local + "; else " + keep };
            case TypeRefKind.Timestamp:
                return new[] { "if (" + runtime + ".TryReadTimestamp(ref reader, options, out var " + local + ")) " + target + " = " + local + "; else " + keep };
            case TypeRefKind.Duration:
                return new[] { "if (" + runtime + ".TryReadDuration(ref reader, options, out var " + local + ")) " + target + " = " + local + "; else " + keep };
            case TypeRefKind.Enum:
                return new[] { "if (" + ConverterNames.LocalConverter(type.Name!) + ".TryReadValue(ref reader, out var " + local + ")) " + target + " = " + local + "; else " + keep };
            case TypeRefKind.Array when type.Element!.Kind == TypeRefKind.Enum:
                return new[] { "if (" + runtime + ".TryReadEnumList(ref reader, " + ConverterNames.LocalConverter(type.Element.Name!) + ".Parse, out var " + local + ")) " + target + " = " + local + "; else " + keep };
            case TypeRefKind.Object:
                return new[] { target + " = reader.TokenType == " + Json + ".JsonTokenType.Null ? null : " + ConverterNames.LocalConverter(type.Name!) + ".ReadValue(ref reader, options);" };
            case TypeRefKind.Array:
                return new[] { target + " = " + runtime + ".ReadList(ref reader, options, " + ElementReader(type.Element!, ns, runtime) + ");" };
            case TypeRefKind.Map:
                return new[] { target + " = " + runtime + ".ReadMap(ref reader, options, " + ElementReader(type.Element!, ns, runtime) + ");" };
            case TypeRefKind.Any:
                // A JSON null is a value here (google.protobuf.Value), so it is kept.
                return new[] { target + " = " + runtime + ".ReadAny(ref reader);" };
            default:
                return new[] { target + " = " + runtime + "." + ScalarReader(type.Kind) + "(ref reader);" };
        }
    }

    private static string ScalarReader(TypeRefKind kind) => kind switch
    {
        TypeRefKind.Boolean => "ReadBoolean",
        TypeRefKind.Int32 => "ReadInt32",
        TypeRefKind.UInt32 => "ReadUInt32",
        TypeRefKind.Int64 => "ReadInt64",
        TypeRefKind.UInt64 => "ReadUInt64",
        TypeRefKind.Float => "ReadSingle",
        TypeRefKind.Double => "ReadDouble",
        _ => "ReadString",
    };

    /// <summary>A <c>JsonValueReader&lt;T&gt;</c> for an array element or map value (never null).</summary>
    private static string ElementReader(TypeRef type, string ns, string runtime) => type.Kind switch
    {
        TypeRefKind.String or TypeRefKind.FieldMask => runtime + ".StringElement",
        TypeRefKind.Boolean => runtime + ".BooleanElement",
        TypeRefKind.Int32 => runtime + ".Int32Element",
        TypeRefKind.UInt32 => runtime + ".UInt32Element",
        TypeRefKind.Int64 => runtime + ".Int64Element",
        TypeRefKind.UInt64 => runtime + ".UInt64Element",
        TypeRefKind.Float => runtime + ".SingleElement",
        TypeRefKind.Double => runtime + ".DoubleElement",
        TypeRefKind.Bytes => runtime + ".BytesElement",
        TypeRefKind.Timestamp => runtime + ".TimestampElement",
        TypeRefKind.Duration => runtime + ".DurationElement",
        TypeRefKind.Any => runtime + ".AnyElement",
        TypeRefKind.Object or TypeRefKind.Enum => ConverterNames.LocalConverter(type.Name!) + ".Element",
        TypeRefKind.Array => "(ref " + Json + ".Utf8JsonReader r, " + Json + ".JsonSerializerOptions o) => " + runtime + ".ReadList(ref r, o, " + ElementReader(type.Element!, ns, runtime) + ") ?? throw " + runtime + ".NullElement()",
        _ => "(ref " + Json + ".Utf8JsonReader r, " + Json + ".JsonSerializerOptions o) => " + runtime + ".ReadMap(ref r, o, " + ElementReader(type.Element!, ns, runtime) + ") ?? throw " + runtime + ".NullElement()",
    };

    private static void WriteWrite(SourceWriter writer, ObjectTypeSpec type, string model, string runtime)
    {
        writer.OpenBlock("internal static void WriteValue(" + Json + ".Utf8JsonWriter writer, " + model + " value, " + Json + ".JsonSerializerOptions options)");
        writer.Line(runtime + ".EnterWrite(writer);");
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            var local = "p" + I(i);
            var name = "Name" + I(i);
            var head = "if (value." + property.Name + " is { } " + local + ") ";
            switch (property.Type.Kind)
            {
                case TypeRefKind.String or TypeRefKind.FieldMask:
                    writer.Line(head + "writer.WriteString(" + name + ", " + local + ");");
                    break;
                case TypeRefKind.Boolean:
                    writer.Line(head + "writer.WriteBoolean(" + name + ", " + local + ");");
                    break;
                case TypeRefKind.Int32 or TypeRefKind.UInt32:
                    writer.Line(head + "writer.WriteNumber(" + name + ", " + local + ");");
                    break;
                case TypeRefKind.Bytes:
                    writer.Line(head + "writer.WriteBase64String(" + name + ", " + local + ");");
                    break;
                default:
                    writer.OpenBlock(head.TrimEnd());
                    writer.Line("writer.WritePropertyName(" + name + ");");
                    WriteValueStatements(writer, property.Type, local, type.Namespace, runtime, 0);
                    writer.CloseBlock();
                    break;
            }
        }

        writer.OpenBlock("if (value.ExtensionData is { } extension)");
        writer.OpenBlock("foreach (var pair in extension)");
        writer.OpenBlock("if (!IsTypedAndSet(value, pair.Key))");
        writer.Line("writer.WritePropertyName(pair.Key);");
        writer.Line("pair.Value.WriteTo(writer);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    /// <summary>Statements that write one value (no property name) held in <paramref name="expression"/>.</summary>
    private static void WriteValueStatements(SourceWriter writer, TypeRef type, string expression, string ns, string runtime, int depth)
    {
        switch (type.Kind)
        {
            case TypeRefKind.String or TypeRefKind.FieldMask:
                writer.Line("writer.WriteStringValue(" + expression + ");");
                break;
            case TypeRefKind.Boolean:
                writer.Line("writer.WriteBooleanValue(" + expression + ");");
                break;
            case TypeRefKind.Int32 or TypeRefKind.UInt32:
                writer.Line("writer.WriteNumberValue(" + expression + ");");
                break;
            case TypeRefKind.Int64 or TypeRefKind.UInt64:
                writer.Line(runtime + ".WriteIntegerString(writer, " + expression + ");");
                break;
            case TypeRefKind.Float:
                writer.Line(runtime + ".WriteSingleValue(writer, " + expression + ");");
                break;
            case TypeRefKind.Double:
                writer.Line(runtime + ".WriteDoubleValue(writer, " + expression + ");");
                break;
            case TypeRefKind.Bytes:
                writer.Line("writer.WriteBase64StringValue(" + expression + ");");
                break;
            case TypeRefKind.Timestamp or TypeRefKind.Duration:
                writer.Line("writer.WriteStringValue(" + expression + ".ToString());");
                break;
            case TypeRefKind.Any:
                writer.Line(expression + ".WriteTo(writer);");
                break;
            case TypeRefKind.Object:
                writer.Line(ConverterNames.LocalConverter(type.Name!) + ".WriteValue(writer, " + expression + ", options);");
                break;
            case TypeRefKind.Enum:
                writer.Line("writer.WriteStringValue(" + ConverterNames.LocalConverter(type.Name!) + ".WireName(" + expression + "));");
                break;
            case TypeRefKind.Array:
                var item = "item" + I(depth);
                writer.Line("writer.WriteStartArray();");
                writer.OpenBlock("foreach (var " + item + " in " + expression + ")");
                WriteValueStatements(writer, type.Element!, item, ns, runtime, depth + 1);
                writer.CloseBlock();
                writer.Line("writer.WriteEndArray();");
                break;
            case TypeRefKind.Map:
                var entry = "entry" + I(depth);
                writer.Line("writer.WriteStartObject();");
                writer.OpenBlock("foreach (var " + entry + " in " + expression + ")");
                writer.Line("writer.WritePropertyName(" + entry + ".Key);");
                WriteValueStatements(writer, type.Element!, entry + ".Value", ns, runtime, depth + 1);
                writer.CloseBlock();
                writer.Line("writer.WriteEndObject();");
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
        writer.Line("/// <summary>True when a typed property owns this JSON name and holds a value, so a raw copy must not be written too.</summary>");
        writer.OpenBlock("private static bool IsTypedAndSet(" + model + " value, string name)");
        if (type.Properties.Count == 0)
        {
            writer.Line("return false;");
        }
        else
        {
            writer.OpenBlock("switch (name)");
            foreach (var property in type.Properties)
            {
                writer.Line("case " + ModelEmitter.Literal(property.JsonName) + ": return value." + property.Name + " is not null;");
            }

            writer.Line("default: return false;");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
