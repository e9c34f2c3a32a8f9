using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// Turns schema names into C# identifiers. Every identifier we produce starts with an upper-case
/// letter or '_', so none can be a C# keyword (they are all lower case).
/// </summary>
internal static class Naming
{
    /// <summary>
    /// Longer names are cut here. Google's longest are about 70 characters; a cap keeps a hostile
    /// schema under C#'s 512-character identifier limit and hint names short enough for file paths.
    /// A cut that collides gets a numeric suffix like any other collision.
    /// </summary>
    public const int MaxIdentifierLength = 128;

    /// <summary>A schema id as a type name: kept as is, with illegal characters removed and the first letter raised.</summary>
    public static string ToTypeName(string id) => Join(SplitWords(id), preserveCase: true);

    /// <summary>A wire property name in PascalCase: <c>mime_type</c> and <c>mimeType</c> both give <c>MimeType</c>.</summary>
    public static string ToPropertyName(string jsonName) => Join(SplitWords(jsonName), preserveCase: true);

    /// <summary>An enum wire value, with the shared prefix already removed: <c>DEADLINE_EXCEEDED</c> gives <c>DeadlineExceeded</c>.</summary>
    public static string ToEnumMemberName(string wireValue) => Join(SplitWords(wireValue), preserveCase: false);

    /// <summary>
    /// The longest prefix ending in '_' that every value shares and that leaves something of each:
    /// OUTCOME_OK, OUTCOME_FAILED give "OUTCOME_". Needs at least two values.
    /// </summary>
    public static string CommonEnumPrefix(IReadOnlyList<string> values)
    {
        if (values.Count < 2)
        {
            return string.Empty;
        }

        var prefixLength = values[0].Length;
        foreach (var value in values)
        {
            var i = 0;
            while (i < prefixLength && i < value.Length && value[i] == values[0][i])
            {
                i++;
            }

            prefixLength = i;
        }

        for (var cut = prefixLength - 1; cut >= 0; cut--)
        {
            if (values[0][cut] == '_' && LeavesSomething(values, cut + 1))
            {
                return values[0].Substring(0, cut + 1);
            }
        }

        return string.Empty;
    }

    /// <summary>True for a dotted name whose every part is a legal, non-keyword identifier.</summary>
    public static bool IsValidNamespace(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || part.StartsWith("@", System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LeavesSomething(IReadOnlyList<string> values, int prefixLength)
    {
        foreach (var value in values)
        {
            if (value.Length <= prefixLength)
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    // ASCII letters and digits only: identifiers stay readable, and no Unicode formatting or
    // look-alike character from an untrusted schema reaches the generated code.
    private static bool IsWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private static string Join(List<string> words, bool preserveCase)
    {
        var result = new StringBuilder();
        foreach (var word in words)
        {
            result.Append(char.ToUpperInvariant(word[0]));
            var rest = word.Substring(1);
            result.Append(preserveCase || !IsAllUpper(word) ? rest : rest.ToLowerInvariant());
        }

        // Not "_": a type or member of that name would capture every discard ('out _') in its scope.
        if (result.Length == 0)
        {
            return "Unnamed";
        }

        if (char.IsDigit(result[0]))
        {
            result.Insert(0, '_');
        }

        return result.Length > MaxIdentifierLength ? result.ToString(0, MaxIdentifierLength) : result.ToString();
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (c >= 'a' && c <= 'z')
            {
                return false;
            }
        }

        return true;
    }
}
