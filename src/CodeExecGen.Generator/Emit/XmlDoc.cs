using System.Collections.Generic;
using System.Text;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Writes untrusted schema text as XML doc comments. Characters that would end the comment line
/// (every C# new-line character, not only '\n') start a new "///" line, XML is escaped, and
/// control characters are dropped, so no description can close the comment or inject code.
/// </summary>
internal static class XmlDoc
{
    /// <summary>
    /// Writes a summary from <paramref name="text"/>, or from <paramref name="fallback"/> (already
    /// XML) when the schema has none: every public member gets a doc comment, so consumers who
    /// build with documentation warnings as errors (CS1591) stay green.
    /// </summary>
    public static void Summary(SourceWriter writer, string? text, string fallback, params string[] remarks)
    {
        var lines = Lines(text);
        writer.Line("/// <summary>");
        foreach (var line in lines.Count > 0 ? lines : new List<string> { fallback })
        {
            writer.Line("/// " + line);
        }

        writer.Line("/// </summary>");

        if (remarks.Length > 0)
        {
            writer.Line("/// <remarks>");
            foreach (var remark in remarks)
            {
                writer.Line("/// <para>" + remark + "</para>");
            }

            writer.Line("/// </remarks>");
        }
    }

    /// <summary>Escapes text for use inside an XML element on one doc-comment line.</summary>
    public static string Escape(string text)
    {
        var lines = Lines(text);
        return string.Join(" ", lines);
    }

    private static List<string> Lines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        var current = new StringBuilder();
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    lines.Add(current.ToString().TrimEnd());
                    current.Clear();
                    break;
                case '&': current.Append("&amp;"); break;
                case '<': current.Append("&lt;"); break;
                case '>': current.Append("&gt;"); break;
                case '\t': current.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        current.Append(c).Append(text[++i]);
                    }
                    else if (c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c))
                    {
                        // Other control characters are not allowed in XML 1.0, even escaped; a lone
                        // surrogate has no UTF-8 form.
                        current.Append(c);
                    }

                    break;
            }
        }

        lines.Add(current.ToString().TrimEnd());

        // Drop blank lines at both ends; keep inner paragraphs.
        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return lines;
    }
}
