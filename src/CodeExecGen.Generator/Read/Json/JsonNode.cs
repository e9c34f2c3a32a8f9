using System.Collections.Generic;

namespace CodeExecGen.Generator.Read.Json;

internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value that remembers where it sits in the source text, so that schema diagnostics
/// can point at the exact line and column. Lives only inside one parse step; never cached.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonNodeKind kind, int start, int end, string? text, List<JsonMember>? members, List<JsonNode>? items)
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        Members = members;
        Items = items;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>Offset of the first character of the value.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character of the value.</summary>
    public int End { get; }

    /// <summary>The decoded string, or the raw text of a number.</summary>
    public string? Text { get; }

    public List<JsonMember>? Members { get; }

    public List<JsonNode>? Items { get; }

    public static JsonNode Object(int start, int end, List<JsonMember> members) => new(JsonNodeKind.Object, start, end, null, members, null);

    public static JsonNode Array(int start, int end, List<JsonNode> items) => new(JsonNodeKind.Array, start, end, null, null, items);

    public static JsonNode Scalar(JsonNodeKind kind, int start, int end, string? text) => new(kind, start, end, text, null, null);

    /// <summary>The value of the last member named <paramref name="name"/> (JSON.parse semantics), or null.</summary>
    public JsonNode? Get(string name)
    {
        if (Members is null)
        {
            return null;
        }

        for (var i = Members.Count - 1; i >= 0; i--)
        {
            if (Members[i].Name == name)
            {
                return Members[i].Value;
            }
        }

        return null;
    }

    public string? GetString(string name) => Get(name) is { Kind: JsonNodeKind.String } node ? node.Text : null;

    public bool GetBoolean(string name) => Get(name) is { Kind: JsonNodeKind.True };
}

internal readonly struct JsonMember
{
    public JsonMember(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}
