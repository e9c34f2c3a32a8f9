using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>
/// Every value position of real responses replaced by what a broken or hostile server could send: each
/// input either reads, and then writes and reads back to the same JSON, or fails with exactly JsonException.
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
    public void Every_position_with_every_kind_of_damage_reads_and_round_trips_or_is_a_JsonException(string file)
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

    /// <summary>Reads, or fails with exactly JsonException; what reads writes, and what it writes reads back to the same text.</summary>
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
    }

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
