using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Writes <c>MergeLatest</c> for the types GenerateContentAccumulator merges: property by property, with
/// no serialization, the later object's values win. Merging into a new object is a shallow copy.
/// </summary>
internal static class MergeEmitter
{
    private const string Extension = GeneratedNames.ExtensionData;

    public static void WriteMerge(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Takes every property <paramref name=\"later\"/> sets, and its unknown properties, into this object;");
        writer.Line("/// <paramref name=\"later\"/> is not changed. A value kept raw in the later object (an enum value");
        writer.Line("/// this revision does not know) replaces the property it belongs to, as it would in the JSON.");
        writer.Line("/// </summary>");
        writer.OpenBlock("internal void MergeLatest(global::" + type.Namespace + "." + type.Name + " later)");
        foreach (var property in type.Properties)
        {
            var name = ModelEmitter.Literal(property.JsonName);
            writer.OpenBlock("if (later." + property.Name + " is not null)");
            writer.Line(property.Name + " = later." + property.Name + ";");
            writer.Line(Extension + "?.Remove(" + name + ");");
            writer.CloseBlock();
            writer.OpenBlock("else if (" + property.Name + " is not null && later." + Extension + "?.ContainsKey(" + name + ") == true)");
            writer.Line(property.Name + " = null;");
            writer.CloseBlock();
        }

        writer.OpenBlock("if (later." + Extension + " is { } extension)");
        writer.Line(Extension + " ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);");
        writer.OpenBlock("foreach (var pair in extension)");
        writer.Line(Extension + "[pair.Key] = pair.Value;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
