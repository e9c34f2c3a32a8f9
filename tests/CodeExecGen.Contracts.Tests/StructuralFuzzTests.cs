using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>
/// Every value position of real responses replaced by what a broken or hostile server could send: each
/// input either reads, and then writes what the input said (every property of it, modulo the README's wire
/// rules) and reads back to the same JSON, or fails with exactly JsonException.
/// </summary>
public class StructuralFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Placeholder = "__codeexecgen_fuzz__";

    /// <summary>Raw UTF-8 spliced in place of one value.</summary>
    private static readonly (string Name, byte[] Json)[] Replacements =
    [
        ("true", "true"u8.ToArray()),
        ("a string", "\"text\""u8.ToArray()),
        ("a number", "12"u8.ToArray()),
        ("an object", "{}"u8.ToArray()),
        ("an array", "[]"u8.ToArray()),
        ("null", "null"u8.ToArray()),
        ("an array of wrong kinds", "[1, \"a\", null, {}, [], true]"u8.ToArray()),
        ("a huge exponent", "1e400"u8.ToArray()),
        ("a huge negative exponent", "-1e400"u8.ToArray()),
        ("a 30-digit integer", "123456789012345678901234567890"u8.ToArray()),
        ("a tiny number", "1e-400"u8.ToArray()),
        ("negative zero", "-0.0"u8.ToArray()),
        ("a quoted huge number", "\"1e400\""u8.ToArray()),
        ("a lone high surrogate", "\"\\ud800\""u8.ToArray()),
        ("a lone low surrogate", "\"x\\udc00\""u8.ToArray()),
        ("a reversed surrogate pair", "\"\\udc00\\ud800\""u8.ToArray()),
        ("invalid UTF-8", [(byte)'"', 0xC3, 0x28, (byte)'"']),
        ("an overlong UTF-8 form", [(byte)'"', 0xC0, 0xAF, (byte)'"']),
        ("a truncated UTF-8 sequence", [(byte)'"', 0xE2, 0x82, (byte)'"']),
        ("a raw 0xFF byte", [(byte)'"', 0xFF, (byte)'"']),
        ("10,000 nested arrays", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000))),
        ("10,000 nested objects", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000))),
        ("60 nested arrays", Encoding.UTF8.GetBytes(new string('[', 60) + new string(']', 60))),
    ];

    public static TheoryData<string> Files => new(Samples.Files("responses", ".json").Where(f => new System.IO.FileInfo(System.IO.Path.Combine(Samples.Directory("responses"), f)).Length < 20_000));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_position_with_every_kind_of_damage_is_written_back_as_sent_or_is_a_JsonException(string file)
    {
        var root = JsonNode.Parse(Samples.Read("responses", file))!;
        var cases = 0;
        foreach (var position in Positions(root))
        {
            foreach (var (name, json) in Replacements)
            {
                Check(Splice(root, position, json), $"{file}: {name} at {position.GetPath()}");
                cases++;
            }

            if (position is JsonObject { Count: > 0 } obj)
            {
                // A duplicate of an existing key, with the same value and with a value of another kind.
                var (key, value) = obj.First();
                Check(Duplicate(root, obj, key, Encoding.UTF8.GetBytes(value?.ToJsonString() ?? "null")), $"{file}: duplicate '{key}' in {obj.GetPath()}");
                Check(Duplicate(root, obj, key, "[{}]"u8.ToArray()), $"{file}: duplicate '{key}' of another kind in {obj.GetPath()}");
                cases += 2;
            }
        }

        output.WriteLine($"{file}: {cases} inputs");
        Assert.True(cases > 100, $"{file}: only {cases} cases");
    }

    [Fact]
    public void Thirty_megabyte_strings_and_base64_read_and_round_trip()
    {
        var text = new string('x', 30 * 1024 * 1024);
        var data = Convert.ToBase64String(new byte[22 * 1024 * 1024]);
        var json = Encoding.UTF8.GetBytes(
            $"{{\"candidates\": [{{\"content\": {{\"parts\": [{{\"text\": \"{text}\"}}, {{\"inlineData\": {{\"mimeType\": \"image/png\", \"data\": \"{data}\"}}}}, {{\"codeExecutionResult\": {{\"outcome\": \"OUTCOME_OK\", \"output\": \"{text}\"}}}}]}}}}], \"unknown\": \"{text}\"}}");
        var read = JsonSerializer.Deserialize<GenerateContentResponse>(json)!;
        var parts = read.Candidates![0].Content!.Parts!;
        Assert.Equal(text.Length, parts[0].Text!.Length);
        Assert.Equal(22 * 1024 * 1024, parts[1].InlineData!.Data!.Length);
        Check(json, "30 MB strings");
    }

    /// <summary>
    /// Reads, or fails with exactly JsonException; what reads writes the input's values (<see cref="Survives"/>),
    /// and what it writes reads back to the same text.
    /// </summary>
    private static void Check(byte[] json, string name)
    {
        GenerateContentResponse? read;
        try
        {
            read = JsonSerializer.Deserialize<GenerateContentResponse>(json);
        }
        catch (Exception exception)
        {
            Assert.True(exception.GetType() == typeof(JsonException), $"{name}: {exception.GetType()}: {exception.Message}");
            return;
        }

        byte[] written, rewritten;
        try
        {
            written = JsonSerializer.SerializeToUtf8Bytes(read);
            rewritten = JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize<GenerateContentResponse>(written));
        }
        catch (Exception exception)
        {
            Assert.Fail($"{name}: read, but the round trip threw {exception.GetType()}: {exception.Message}");
            return;
        }

        Assert.True(written.AsSpan().SequenceEqual(rewritten), $"{name}: the round trip changed\n{Encoding.UTF8.GetString(written)}\n{Encoding.UTF8.GetString(rewritten)}");

        // The oracle is the input, not our writer: a value read but dropped or changed fails here.
        Assert.True(Utf8.IsValid(written), $"{name}: written, but not as UTF-8");
        using var input = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2_000 });
        using var output = JsonDocument.Parse(written, new JsonDocumentOptions { MaxDepth = 2_000 });
        var difference = Survives(input.RootElement, output.RootElement, "$");
        Assert.True(difference is null, $"{name}: what was read is not what was written, at {difference}\n{Shorten(json)}\n{Shorten(written)}");
    }

    /// <summary>
    /// Null when <paramref name="written"/> says what <paramref name="input"/> said, the README's wire rules
    /// aside: snake_case names are written in lowerCamelCase; <c>null</c> is unset (not written, except as an
    /// <c>any</c> value); a single value where an array belongs is written as a one-element array; numbers
    /// compare as values (64-bit integers are written as strings, numeric strings read as numbers, <c>float</c>
    /// fields hold float32, <c>"NaN"</c>/<c>"Infinity"</c> are strings); base64 is written canonically. A
    /// repeated key counts once, its last value. Otherwise the path of the first difference.
    /// </summary>
    private static string? Survives(JsonElement input, JsonElement written, string path)
    {
        if (input.ValueKind == written.ValueKind && input.ValueKind is JsonValueKind.String or JsonValueKind.Number
            && JsonMarshal.GetRawUtf8Value(input).SequenceEqual(JsonMarshal.GetRawUtf8Value(written)))
        {
            return null; // the same text, escapes and all
        }

        if (input.ValueKind != JsonValueKind.Array && written.ValueKind == JsonValueKind.Array && written.GetArrayLength() == 1)
        {
            return Survives(input, written[0], path + "[0]");
        }

        if (SameNumber(input, written))
        {
            return null;
        }

        if (input.ValueKind != written.ValueKind)
        {
            return $"{path}: {input.ValueKind} became {written.ValueKind}";
        }

        switch (input.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new Dictionary<string, JsonElement>();
                foreach (var property in input.EnumerateObject())
                {
                    properties.Remove(property.Name);
                    properties.Add(property.Name, property.Value);
                }

                var matched = new HashSet<string>();
                foreach (var (key, value) in properties)
                {
                    var name = written.TryGetProperty(key, out _) ? key : JsonAssert.SnakeToCamel(key);
                    if (!written.TryGetProperty(name, out var kept))
                    {
                        if (value.ValueKind == JsonValueKind.Null)
                        {
                            continue;
                        }

                        return $"{path}.{key}: dropped";
                    }

                    matched.Add(name);
                    if (Survives(value, kept, path + "." + name) is { } inner)
                    {
                        return inner;
                    }
                }

                var invented = written.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !matched.Contains(n));
                return invented is null ? null : $"{path}.{invented}: written, but not in the input";
            case JsonValueKind.Array:
                if (input.GetArrayLength() != written.GetArrayLength())
                {
                    return $"{path}: {input.GetArrayLength()} elements became {written.GetArrayLength()}";
                }

                for (var i = 0; i < input.GetArrayLength(); i++)
                {
                    if (Survives(input[i], written[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                return StringOf(input) == StringOf(written) || JsonAssert.SameBase64(StringOf(input), StringOf(written))
                    ? null
                    : $"{path}: \"{Shorten(StringOf(input))}\" became \"{Shorten(StringOf(written))}\"";
            case JsonValueKind.Number:
                return $"{path}: {input.GetRawText()} became {written.GetRawText()}";
            default:
                return null; // true, false, null: the kind is the value
        }
    }

    /// <summary>Two numbers, or numeric strings, of the same value: exactly, or as a double, or as a float32.</summary>
    private static bool SameNumber(JsonElement input, JsonElement written)
    {
        static string? Text(JsonElement e) => e.ValueKind switch { JsonValueKind.Number => e.GetRawText(), JsonValueKind.String => StringOf(e), _ => null };
        if ((input.ValueKind == JsonValueKind.String && written.ValueKind == JsonValueKind.String) || Text(input) is not { } left || Text(written) is not { } right)
        {
            return false;
        }

        const NumberStyles Style = NumberStyles.Float;
        var culture = CultureInfo.InvariantCulture;
        if (decimal.TryParse(left, Style, culture, out var exactLeft) && decimal.TryParse(right, Style, culture, out var exactRight) && exactLeft == exactRight)
        {
            return true;
        }

        return double.TryParse(left, Style, culture, out var a) && double.TryParse(right, Style, culture, out var b)
            && (a.Equals(b) || ((float)a).Equals((float)b));
    }

    /// <summary>The string's value; for input bytes that are not UTF-8, their raw text with replacement characters.</summary>
    private static string StringOf(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "(not UTF-8) " + Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(value));
        }
    }

    private static string Shorten(byte[] json) => Shorten(Encoding.UTF8.GetString(json, 0, Math.Min(json.Length, 2_000)));

    private static string Shorten(string text) => text.Length > 300 ? text.Substring(0, 300) + "..." : text;

    /// <summary>Every node, the root included; arrays and objects before their contents.</summary>
    private static IEnumerable<JsonNode> Positions(JsonNode root)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(m => m.Value),
                JsonArray array => array,
                _ => [],
            };
            foreach (var child in children.OfType<JsonNode>().Reverse())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The document with <paramref name="position"/> replaced by raw bytes; the document is restored afterwards.</summary>
    private static byte[] Splice(JsonNode root, JsonNode position, byte[] replacement)
    {
        if (position.Parent is null)
        {
            return replacement;
        }

        var parent = position.Parent;
        var placeholder = JsonValue.Create(Placeholder);
        if (parent is JsonObject obj)
        {
            var key = position.GetPropertyName();
            obj[key] = placeholder;
            var text = root.ToJsonString();
            obj[key] = position;
            return Replace(text, "\"" + Placeholder + "\"", replacement);
        }

        var array = (JsonArray)parent;
        var index = position.GetElementIndex();
        array[index] = placeholder;
        var arrayText = root.ToJsonString();
        array[index] = position;
        return Replace(arrayText, "\"" + Placeholder + "\"", replacement);
    }

    private static byte[] Duplicate(JsonNode root, JsonObject obj, string key, byte[] value)
    {
        obj[Placeholder] = Placeholder;
        var text = root.ToJsonString();
        obj.Remove(Placeholder);
        return Replace(text, $"\"{Placeholder}\":\"{Placeholder}\"", [.. Encoding.UTF8.GetBytes(JsonSerializer.Serialize(key) + ":"), .. value]);
    }

    private static byte[] Replace(string text, string marker, byte[] replacement)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "placeholder not found");
        return [.. Encoding.UTF8.GetBytes(text.Substring(0, at)), .. replacement, .. Encoding.UTF8.GetBytes(text.Substring(at + marker.Length))];
    }
}
