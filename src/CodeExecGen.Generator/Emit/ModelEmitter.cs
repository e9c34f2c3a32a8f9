using System.Collections.Generic;
using System.Linq;
using CodeExecGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.Generator.Emit;

/// <summary>Writes the class for one object schema: properties and their docs, nothing else.</summary>
internal static class ModelEmitter
{
    public static string Emit(ObjectTypeSpec type)
    {
        var writer = GeneratedFile.Begin(type.Namespace, type.Source);
        XmlDoc.Summary(writer, type.Description, "The <c>" + XmlDoc.Escape(type.WireId) + "</c> message.", "Schema <c>" + XmlDoc.Escape(type.WireId) + "</c>.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ConverterNames.Converter(type) + "))]");
        writer.OpenBlock(type.Accessibility + " sealed partial class " + type.Name);
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteProperty(writer, property, type);
        }

        foreach (var property in type.Properties.Where(p => p.Guard is not null))
        {
            WriteGuardHelpers(writer, property, type.Namespace);
        }

        if (type.HasFactories)
        {
            foreach (var property in type.Properties)
            {
                WriteFactory(writer, property, type);
            }
        }

        if (type.HasMerge)
        {
            MergeEmitter.WriteMerge(writer, type);
        }

        if (!first)
        {
            writer.Line();
        }

        writer.Line("/// <summary>");
        writer.Line("/// Properties this schema revision does not know, and values it cannot hold (an enum value");
        writer.Line("/// added by a newer API revision), kept as read and written back unchanged.");
        writer.Line("/// </summary>");
        writer.Line("public global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? " + GeneratedNames.ExtensionData + " { get; set; }");
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }

    private static void WriteProperty(SourceWriter writer, PropertySpec property, ObjectTypeSpec type)
    {
        var ns = type.Namespace;
        var jsonName = "<c>" + XmlDoc.Escape(property.JsonName) + "</c>";
        var remarks = new List<string> { "JSON name: " + jsonName + "." };
        if (property.ReadOnly)
        {
            remarks.Add("Output only: the service sets this value and ignores it in requests.");
        }

        if (type.Union is { } memberOf && memberOf.MemberProperties.Contains(property.Name))
        {
            remarks.Add("One member of the <c>" + XmlDoc.Escape(memberOf.WireName) + "</c> union: setting it clears the others (see <see cref=\"" + UnionNames.Kind + "\"/>).");
        }

        if (property.Guard is { } guarded)
        {
            remarks.Add("Only meaningful when <see cref=\"" + guarded.GuardProperty + "\"/> is " + string.Join(" or ", guarded.SuccessMembers.Select(m => "<see cref=\"global::" + type.Namespace + "." + guarded.GuardEnum + "." + m + "\"/>")) + "; check it first, or use <see cref=\"" + property.TryGetName + "\"/>.");
        }

        XmlDoc.Summary(writer, property.Description, "The " + jsonName + " field.", remarks.ToArray());

        if (property.Deprecated)
        {
            writer.Line("[global::System.Obsolete(" + Literal("The schema marks '" + property.JsonName + "' as deprecated.") + ")]");
        }

        if (property.Guard is { } guard)
        {
            var values = string.Join(", ", guard.SuccessMembers.Select(m => "global::" + ns + "." + guard.GuardEnum + "." + m));
            writer.Line("[" + GuardNames.AttributeUsage + "(nameof(" + guard.GuardProperty + "), " + values + ")]");
        }

        var propertyType = TypeNames.PropertyType(property.Type, ns);
        if (type.Union is { } union && union.MemberProperties.Contains(property.Name))
        {
            // A union member: one backing field for the whole union, so setting one clears the others.
            var kind = "global::" + ns + "." + union.KindName + "." + property.Name;
            writer.OpenBlock("public " + propertyType + " " + property.Name);
            writer.Line("get => " + GeneratedNames.UnionKindField + " == " + kind + " ? (" + propertyType + ")" + GeneratedNames.UnionValueField + " : null;");
            writer.Line("set => SetUnion(" + kind + ", value);");
            writer.CloseBlock();
            return;
        }

        writer.Line("public " + propertyType + " " + property.Name + " { get; set; }");
    }

    private static void WriteGuardHelpers(SourceWriter writer, PropertySpec property, string ns)
    {
        var guard = property.Guard!;
        var check = guard.CheckName;
        var values = guard.SuccessMembers.Select(m => "global::" + ns + "." + guard.GuardEnum + "." + m).ToList();
        var valueDocs = string.Join(" or ", values.Select(v => "<see cref=\"" + v + "\"/>"));
        writer.Line();
        writer.Line("/// <summary>True when <see cref=\"" + guard.GuardProperty + "\"/> is " + valueDocs + ": only then does <see cref=\"" + property.Name + "\"/> hold what it promises.</summary>");
        writer.Line("public bool " + check + " => " + guard.GuardProperty + " is " + string.Join(" or ", values) + ";");
        writer.Line();
        var tryGet = property.TryGetName;
        var parameter = property.ParameterName;
        writer.Line("/// <summary>Gets <see cref=\"" + property.Name + "\"/> only when <see cref=\"" + check + "\"/>; otherwise false, whatever it holds.</summary>");
        if (property.Type.Kind == TypeRefKind.String)
        {
            writer.Line("/// <param name=\"" + parameter.TrimStart('@') + "\">The value, or an empty string when unset; an empty string when this returns false.</param>");
            writer.OpenBlock("public bool " + tryGet + "(out string " + parameter + ")");
            writer.Line(parameter + " = " + check + " ? " + property.Name + " ?? string.Empty : string.Empty;");
            writer.Line("return " + check + ";");
        }
        else
        {
            var valueType = TypeNames.ValueType(property.Type, ns);
            writer.Line("/// <param name=\"" + parameter.TrimStart('@') + "\">The value when this returns true.</param>");
            writer.OpenBlock("public bool " + tryGet + "([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + valueType + "? " + parameter + ")");
            writer.Line(parameter + " = " + check + " ? " + property.Name + " : null;");
            writer.Line("return " + parameter + " is not null;");
        }

        writer.CloseBlock();
    }

    private static void WriteFactory(SourceWriter writer, PropertySpec property, ObjectTypeSpec type)
    {
        var ns = type.Namespace;
        var model = "global::" + ns + "." + type.Name;
        var parameter = property.ParameterName;
        writer.Line();
        writer.Line("/// <summary>A new " + XmlDoc.Escape(type.Name) + " with <see cref=\"" + property.Name + "\"/> set.</summary>");
        switch (property.Type.Kind)
        {
            case TypeRefKind.Object:
                var objectType = TypeNames.ValueType(property.Type, ns);
                writer.Line("/// <param name=\"" + parameter.TrimStart('@') + "\">Its settings; null for the defaults.</param>");
                writer.Line("public static " + model + " " + property.FactoryName + "(" + objectType + "? " + parameter + " = null) => new " + model + " { " + property.Name + " = " + parameter + " ?? new " + objectType + "() };");
                break;
            case TypeRefKind.Array:
                var element = TypeNames.ValueType(property.Type.Element!, ns);
                writer.Line("public static " + model + " " + property.FactoryName + "(params " + element + "[] " + parameter + ") => new " + model + " { " + property.Name + " = new global::System.Collections.Generic.List<" + element + ">(" + parameter + ") };");
                break;
            default:
                writer.Line("public static " + model + " " + property.FactoryName + "(" + TypeNames.ValueType(property.Type, ns) + " " + parameter + ") => new " + model + " { " + property.Name + " = " + parameter + " };");
                break;
        }
    }

    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
