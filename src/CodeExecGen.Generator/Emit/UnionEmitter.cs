using System.Linq;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Writes what a union (a proto oneof from the overlay) adds: the kind enum, the visitor interface and
/// base class, and the type's Kind, Accept and From... members with the one backing field that
/// keeps at most one member set.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(ObjectTypeSpec type)
    {
        var union = type.Union!;
        var ns = type.Namespace;
        var model = "global::" + ns + "." + type.Name;
        var kind = "global::" + ns + "." + union.KindName;
        var members = union.MemberProperties.Select(name => type.Properties.First(p => p.Name == name)).ToList();
        var unionLabel = "<c>" + XmlDoc.Escape(type.WireId) + "." + XmlDoc.Escape(union.WireName) + "</c>";

        var writer = GeneratedFile.Begin(ns, type.Source);

        // The kind enum.
        writer.Line("/// <summary>Which member of the " + unionLabel + " union a <see cref=\"" + model + "\"/> holds.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(type.Accessibility + " enum " + union.KindName);
        writer.Line("/// <summary>No member is set.</summary>");
        writer.Line("None = 0,");
        foreach (var member in members)
        {
            writer.Line();
            writer.Line("/// <summary><see cref=\"" + model + "." + member.Name + "\"/> is set (JSON <c>" + XmlDoc.Escape(member.JsonName) + "</c>).</summary>");
            writer.Line(member.Name + ",");
        }

        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// No known member is set, but the JSON had properties this schema revision does not know (a newer");
        writer.Line("/// API's member, say). They are in <see cref=\"" + model + ".ExtensionData\"/> and are written back unchanged.");
        writer.Line("/// </summary>");
        writer.Line("Unknown,");
        writer.CloseBlock();
        writer.Line();

        // The visitor interface.
        var visitor = "global::" + ns + "." + union.VisitorInterfaceName + "<TResult>";
        writer.Line("/// <summary>Visits one " + XmlDoc.Escape(type.Name) + " by the member of its " + unionLabel + " union: one method per member.</summary>");
        writer.Line("/// <typeparam name=\"TResult\">What a visit returns.</typeparam>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(type.Accessibility + " interface " + union.VisitorInterfaceName + "<TResult>");
        foreach (var member in members)
        {
            var parameter = member.ParameterName;
            writer.Line("/// <summary>Visits a " + XmlDoc.Escape(type.Name) + " whose <see cref=\"" + model + "." + member.Name + "\"/> is set.</summary>");
            writer.Line("TResult " + UnionNames.Visit(member.Name) + "(" + TypeNames.ValueType(member.Type, ns) + " " + parameter + ", " + model + " " + type.ParameterName + ");");
            writer.Line();
        }

        writer.Line("/// <summary>Visits a " + XmlDoc.Escape(type.Name) + " with no member set.</summary>");
        writer.Line("TResult " + UnionNames.Visit("None") + "(" + model + " " + type.ParameterName + ");");
        writer.Line();
        writer.Line("/// <summary>Visits a " + XmlDoc.Escape(type.Name) + " that holds only data this schema revision does not know (see <see cref=\"" + kind + ".Unknown\"/>).</summary>");
        writer.Line("TResult " + UnionNames.Visit("Unknown") + "(" + model + " " + type.ParameterName + ");");
        writer.CloseBlock();
        writer.Line();

        // The visitor base class.
        writer.Line("/// <summary>");
        writer.Line("/// A " + XmlDoc.Escape(type.Name) + " visitor that handles only the members it overrides; every other member, and");
        writer.Line("/// None and Unknown, goes to <see cref=\"DefaultVisit\"/>.");
        writer.Line("/// </summary>");
        writer.Line("/// <typeparam name=\"TResult\">What a visit returns.</typeparam>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock(type.Accessibility + " abstract class " + union.VisitorBaseName + "<TResult> : " + visitor);
        var self = type.ParameterName;
        foreach (var member in members)
        {
            writer.Line("/// <inheritdoc/>");
            writer.Line("public virtual TResult " + UnionNames.Visit(member.Name) + "(" + TypeNames.ValueType(member.Type, ns) + " " + member.ParameterName + ", " + model + " " + self + ") => DefaultVisit(" + self + ");");
            writer.Line();
        }

        writer.Line("/// <inheritdoc/>");
        writer.Line("public virtual TResult " + UnionNames.Visit("None") + "(" + model + " " + self + ") => DefaultVisit(" + self + ");");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public virtual TResult " + UnionNames.Visit("Unknown") + "(" + model + " " + self + ") => DefaultVisit(" + self + ");");
        writer.Line();
        writer.Line("/// <summary>Handles every case this visitor does not override.</summary>");
        writer.Line("protected abstract TResult DefaultVisit(" + model + " " + self + ");");
        writer.CloseBlock();
        writer.Line();

        // The members on the type itself.
        writer.OpenBlock(type.Accessibility + " sealed partial class " + type.Name);
        writer.Line("private object? " + GeneratedNames.UnionValueField + ";");
        writer.Line("private " + kind + " " + GeneratedNames.UnionKindField + ";");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Which member of the " + unionLabel + " union is set. Setting a member clears the others, so at most");
        writer.Line("/// one is ever set; reading JSON that sets two is an error, as it is for Google's own parsers.");
        writer.Line("/// </summary>");
        writer.Line("public " + kind + " " + UnionNames.Kind + " => " + GeneratedNames.UnionKindField + " != " + kind + ".None ? " + GeneratedNames.UnionKindField + " : HasUnknownData() ? " + kind + ".Unknown : " + kind + ".None;");
        writer.Line();

        writer.Line("/// <summary>Calls the visitor method for the member that is set.</summary>");
        writer.OpenBlock("public TResult " + UnionNames.Accept + "<TResult>(" + visitor + " visitor)");
        writer.Line("if (visitor is null) throw new global::System.ArgumentNullException(nameof(visitor));");
        writer.OpenBlock("switch (" + GeneratedNames.UnionKindField + ")");
        foreach (var member in members)
        {
            writer.Line("case " + kind + "." + member.Name + ": return visitor." + UnionNames.Visit(member.Name) + "((" + TypeNames.ValueType(member.Type, ns) + ")" + GeneratedNames.UnionValueField + "!, this);");
        }

        writer.Line("default: return HasUnknownData() ? visitor." + UnionNames.Visit("Unknown") + "(this) : visitor." + UnionNames.Visit("None") + "(this);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();

        foreach (var member in members)
        {
            var parameter = member.ParameterName;
            writer.Line();
            writer.Line("/// <summary>A new " + XmlDoc.Escape(type.Name) + " holding <paramref name=\"" + parameter.TrimStart('@') + "\"/> as its <see cref=\"" + member.Name + "\"/>.</summary>");
            writer.Line("public static " + model + " " + UnionNames.Factory(member.Name) + "(" + TypeNames.ValueType(member.Type, ns) + " " + parameter + ")");
            writer.Line(TypeNames.IsValueType(member.Type)
                ? "    => new " + model + " { " + member.Name + " = " + parameter + " };"
                : "    => new " + model + " { " + member.Name + " = " + parameter + " ?? throw new global::System.ArgumentNullException(nameof(" + parameter + ")) };");
        }

        writer.Line();
        writer.OpenBlock("private void SetUnion(" + kind + " kind, object? value)");
        writer.OpenBlock("if (value is not null)");
        writer.Line(GeneratedNames.UnionValueField + " = value;");
        writer.Line(GeneratedNames.UnionKindField + " = kind;");
        writer.CloseBlock();
        writer.OpenBlock("else if (" + GeneratedNames.UnionKindField + " == kind)");
        writer.Line(GeneratedNames.UnionValueField + " = null;");
        writer.Line(GeneratedNames.UnionKindField + " = " + kind + ".None;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();

        writer.Line("/// <summary>True when ExtensionData holds a property this schema revision does not declare.</summary>");
        writer.OpenBlock("private bool HasUnknownData()");
        writer.OpenBlock("if (" + GeneratedNames.ExtensionData + " is null)");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.OpenBlock("foreach (var key in " + GeneratedNames.ExtensionData + ".Keys)");
        writer.OpenBlock("switch (key)");
        foreach (var property in type.Properties)
        {
            writer.Line("case " + ModelEmitter.Literal(property.JsonName) + ":");
        }

        writer.Line("    continue;");
        writer.Line("default:");
        writer.Line("    return true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line("return false;");
        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
