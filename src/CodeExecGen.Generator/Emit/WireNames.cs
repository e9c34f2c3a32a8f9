using System.Collections.Generic;
using System.Text;
using CodeExecGen.Generator.Model;

namespace CodeExecGen.Generator.Emit;

/// <summary>The names a property answers to on the wire: its JSON name, and its proto field name in snake_case.</summary>
internal static class WireNames
{
    /// <summary>Every accepted name with its property index; a snake_case alias never shadows another property's JSON name.</summary>
    public static List<(string Name, int Index)> Accepted(IReadOnlyList<PropertySpec> properties)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        var names = new List<(string, int)>();
        for (var i = 0; i < properties.Count; i++)
        {
            taken.Add(properties[i].JsonName);
            names.Add((properties[i].JsonName, i));
        }

        for (var i = 0; i < properties.Count; i++)
        {
            var snake = ToSnakeCase(properties[i].JsonName);
            if (taken.Add(snake))
            {
                names.Add((snake, i));
            }
        }

        return names;
    }

    /// <summary><c>thoughtSignature</c> → <c>thought_signature</c>, as protobuf names the field.</summary>
    public static string ToSnakeCase(string jsonName)
    {
        var result = new StringBuilder(jsonName.Length + 4);
        foreach (var c in jsonName)
        {
            if (c >= 'A' && c <= 'Z')
            {
                result.Append('_').Append((char)(c + 32));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>UTF-8 byte count, for grouping name comparisons by length.</summary>
    public static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);
}
