using System.Collections.Generic;
using System.IO;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;
using CodeExecGen.Generator.Read.Json;

namespace CodeExecGen.Generator.Read;

/// <summary>Reads an overlay file; a file that cannot be read is one CEG0008 and no overlay.</summary>
internal static class OverlayReader
{

    private const string BuiltInResource = "CodeExecGen.Overlay.generativelanguage.v1beta.overlay.json";

    public static string BuiltInGeminiOverlay()
    {
        using var stream = typeof(OverlayReader).Assembly.GetManifestResourceStream(BuiltInResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Overlay? Read(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        var lines = new LineMap(path, text);
        var parsed = JsonParser.Parse(text);
        if (parsed.Root is not { } root)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOverlay, lines.Locate(parsed.ErrorOffset, parsed.ErrorOffset), parsed.Error ?? "unknown error"));
            return null;
        }

        var reader = new Reader(lines, diagnostics);
        if (root.Kind != JsonNodeKind.Object)
        {
            reader.Fail(root, "the root is not a JSON object");
            return null;
        }

        var overlay = new Overlay();
        foreach (var member in root.Members!)
        {
            switch (member.Name)
            {
                case "$schema":
                    break;
                case "unions":
                    foreach (var entry in reader.Objects(member.Value, "unions"))
                    {
                        if (reader.Name(entry, "schema") is { } schema && reader.Names(entry, "members") is { Count: > 0 } members)
                        {
                            overlay.Unions.Add(new OverlayUnion(schema, entry.GetString("name") ?? "data", members));
                        }
                    }

                    break;
                case "guards":
                    foreach (var entry in reader.Objects(member.Value, "guards"))
                    {
                        if (reader.Name(entry, "schema") is { } schema && reader.Name(entry, "property") is { } property
                            && reader.Name(entry, "guard") is { } guard && reader.Names(entry, "success") is { Count: > 0 } success)
                        {
                            overlay.Guards.Add(new OverlayGuard(schema, property, guard, success));
                        }
                    }

                    break;
                case "factories":
                    if (reader.Names(root, "factories") is { } factories)
                    {
                        overlay.Factories.AddRange(factories);
                    }

                    break;
                case "renames":
                    foreach (var entry in reader.Objects(member.Value, "renames"))
                    {
                        if (reader.Name(entry, "schema") is { } schema && reader.Name(entry, "property") is { } property && reader.Name(entry, "name") is { } name)
                        {
                            overlay.Renames.Add(new OverlayRename(schema, property, name));
                        }
                    }

                    break;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOverlay, lines.Locate(member.NameStart, member.NameEnd), $"'{member.Name}' is not an overlay section (unions, guards, factories, renames)"));
                    break;
            }
        }

        return overlay;
    }

    private sealed class Reader
    {
        private readonly LineMap _lines;
        private readonly List<DiagnosticInfo> _diagnostics;

        public Reader(LineMap lines, List<DiagnosticInfo> diagnostics)
        {
            _lines = lines;
            _diagnostics = diagnostics;
        }

        public void Fail(JsonNode node, string message)
            => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOverlay, _lines.Locate(node.Start, node.End), message));

        public IEnumerable<JsonNode> Objects(JsonNode node, string section)
        {
            if (node.Kind != JsonNodeKind.Array)
            {
                Fail(node, $"'{section}' must be an array of objects");
                yield break;
            }

            foreach (var item in node.Items!)
            {
                if (item.Kind == JsonNodeKind.Object)
                {
                    yield return item;
                }
                else
                {
                    Fail(item, $"each entry of '{section}' must be an object");
                }
            }
        }

        public OverlayName? Name(JsonNode entry, string field)
        {
            var node = entry.Get(field);
            if (node is { Kind: JsonNodeKind.String, Text.Length: > 0 })
            {
                return new OverlayName(node.Text!, _lines.Locate(node.Start, node.End));
            }

            Fail(node ?? entry, $"'{field}' must be a non-empty string");
            return null;
        }

        public List<OverlayName>? Names(JsonNode entry, string field)
        {
            var node = entry.Get(field);
            if (node is not { Kind: JsonNodeKind.Array })
            {
                Fail(node ?? entry, $"'{field}' must be an array of strings");
                return null;
            }

            var names = new List<OverlayName>();
            foreach (var item in node.Items!)
            {
                if (item is { Kind: JsonNodeKind.String, Text.Length: > 0 })
                {
                    names.Add(new OverlayName(item.Text!, _lines.Locate(item.Start, item.End)));
                }
                else
                {
                    Fail(item, $"each item of '{field}' must be a non-empty string");
                }
            }

            return names;
        }
    }
}
