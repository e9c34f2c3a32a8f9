using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeExecGen.Generator.Tests.Infrastructure;

/// <summary>
/// Structural damage to a Discovery document, for the generator fuzz test: a small slice of the real schema
/// (one schema's <c>$ref</c> closure and a few others, so each case compiles quickly) with one to three
/// mutations that keep the JSON valid, so they reach the reader, the binder and the emitters.
/// </summary>
internal static class SchemaMutator
{
    /// <summary>Stands in for text the node writer cannot produce (5,000-deep nesting), replaced after writing.</summary>
    private const string DeepPlaceholder = "__codeexecgen_deep__";

    private static readonly JsonSerializerOptions Writer = new() { MaxDepth = 1024 };

    private static readonly string[] Names =
    [
        "", new string('n', 10_000), "class", "System", "Object", "String", "Task", "Equals", "GetHashCode", "ToString",
        "Serialization", "JsonSerializer", "Gemini", "Fuzz", "_", "__", "1st", "a b", "a-b", "été", "@x", "$ref",
        "*/ </summary> #error injected", "\"quoted\"", "line\nbreak", "Part", "Kind", "Value", "Extension", "IsSet",
    ];

    private static readonly JsonNode?[] Types =
    [
        "string", "integer", "number", "boolean", "object", "array", "any", "null", "Bogus", "", 42, true, null, new JsonArray(), new JsonObject(),
    ];

    private static readonly string[] Formats =
    [
        "int32", "uint32", "int64", "uint64", "double", "float", "byte", "date", "date-time", "google-datetime",
        "google-duration", "google-fieldmask", "bogus", "",
    ];

    private static readonly Func<JsonObject, Random, string>[] Mutations =
    [
        DeleteRef, RetargetRef, RenameSchema, ChangeType, ChangeFormat, InjectUnknownKeyword, WeirdName, AddCycle,
        AddAliasCycle, AddNamesThatDifferByCase, AddCollidingEnumValues, NestInlineSchemas, NestDeeperThanAllowed,
        DeleteMember, ReplaceWithWrongKind,
    ];

    /// <summary>A damaged document and what was done to it, for the failure message.</summary>
    public static (string Text, string[] Mutations) Mutate(JsonObject original, Random random)
    {
        var document = Slice(original, random);
        var applied = new List<string>();
        for (int i = 0, count = random.Next(1, 4); i < count; i++)
        {
            applied.Add(Mutations[random.Next(Mutations.Length)](document, random));
        }

        var text = document.ToJsonString(Writer).Replace(
            JsonSerializer.Serialize(DeepPlaceholder),
            new string('[', 5_000) + new string(']', 5_000),
            StringComparison.Ordinal);

        // Damage to the text itself stops at the JSON parser, so only one case in ten has it.
        if (random.Next(10) == 0)
        {
            var at = random.Next(text.Length);
            if (random.Next(2) == 0)
            {
                applied.Add($"truncated at {at}");
                text = text.Substring(0, at);
            }
            else
            {
                var character = "\"}]{[,:\\"[random.Next(8)];
                applied.Add($"'{character}' written at {at}");
                text = text.Substring(0, at) + character + text.Substring(at + 1);
            }
        }

        return (text, applied.ToArray());
    }

    private static JsonObject Slice(JsonObject original, Random random)
    {
        var schemas = original["schemas"]!.AsObject();
        var names = schemas.Select(p => p.Key).ToArray();
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(names[random.Next(names.Length)]);
        for (var i = 0; i < 3; i++)
        {
            pending.Push(names[random.Next(names.Length)]);
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (kept.Count < 60 && schemas[name] is { } schema && kept.Add(name))
            {
                foreach (var reference in Objects(schema).Select(o => o["$ref"]).OfType<JsonValue>())
                {
                    pending.Push(reference.ToString());
                }
            }
        }

        var slice = new JsonObject();
        foreach (var member in original.Where(m => m.Key is not ("schemas" or "resources")))
        {
            slice[member.Key] = member.Value?.DeepClone();
        }

        // Half the cases keep Gemini's name, so the Gemini-only helpers and the built-in overlay meet missing types.
        if (random.Next(2) == 0)
        {
            slice["name"] = "fuzzapi";
        }

        slice["schemas"] = new JsonObject(kept.Select(n => KeyValuePair.Create<string, JsonNode?>(n, schemas[n]!.DeepClone())));
        return slice;
    }

    private static string DeleteRef(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o.ContainsKey("$ref"));
        target?.Remove("$ref");
        return "deleted a $ref";
    }

    private static string RetargetRef(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o.ContainsKey("$ref"));
        if (target is null)
        {
            return "no $ref to retarget";
        }

        var names = SchemaNames(document);
        var to = random.Next(3) switch
        {
            0 => "Missing" + random.Next(100),
            1 => Names[random.Next(Names.Length)],
            _ => names[random.Next(names.Count)],
        };
        target["$ref"] = to;
        return $"retargeted a $ref to '{Short(to)}'";
    }

    private static string RenameSchema(JsonObject document, Random random)
    {
        var schemas = Schemas(document);
        var names = SchemaNames(document);
        var from = names[random.Next(names.Count)];
        var to = Names[random.Next(Names.Length)] + (random.Next(2) == 0 ? "" : from);
        if (schemas.ContainsKey(to))
        {
            return "rename skipped";
        }

        var schema = schemas[from];
        schemas.Remove(from);
        schemas[to] = schema;
        if (schema is JsonObject body && random.Next(2) == 0)
        {
            body["id"] = to;
        }

        return $"renamed schema '{from}' to '{Short(to)}'";
    }

    private static string ChangeType(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o.ContainsKey("type"));
        var type = Types[random.Next(Types.Length)]?.DeepClone();
        if (target is not null)
        {
            target["type"] = type;
        }

        return $"type changed to {type?.ToJsonString() ?? "null"}";
    }

    private static string ChangeFormat(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o.ContainsKey("type"));
        var format = Formats[random.Next(Formats.Length)];
        if (target is not null)
        {
            target["format"] = format;
        }

        return $"format changed to '{format}'";
    }

    private static string InjectUnknownKeyword(JsonObject document, Random random)
    {
        var target = Pick(document, random, _ => true)!;
        var names = SchemaNames(document);
        var (keyword, value) = random.Next(9) switch
        {
            0 => ("x-google-extension", (JsonNode)new JsonObject { ["a"] = new JsonArray(1, 2) }),
            1 => ("variant", new JsonObject { ["discriminant"] = "kind", ["map"] = new JsonArray(new JsonObject { ["type_value"] = "a", ["$ref"] = names[random.Next(names.Count)] }) }),
            2 => ("nullable", true),
            3 => ("oneOf", new JsonArray(new JsonObject { ["type"] = "string" })),
            4 => ("readOnly", "yes"),
            5 => ("annotations", new JsonObject { ["required"] = new JsonArray("x", 3) }),
            6 => ("repeated", true),
            7 => ("enumDescriptions", new JsonArray("*/ <b>", null, 7)),
            _ => ("default", new JsonObject()),
        };
        target[keyword] = value;
        return $"injected '{keyword}'";
    }

    private static string WeirdName(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o["properties"] is JsonObject { Count: > 0 });
        var name = Names[random.Next(Names.Length)];
        if (target is null)
        {
            return RenameSchema(document, random);
        }

        var properties = target["properties"]!.AsObject();
        var from = properties.First().Key;
        if (properties.ContainsKey(name))
        {
            return "property rename skipped";
        }

        var value = properties[from];
        properties.Remove(from);
        properties[name] = value;
        return $"renamed property '{from}' to '{Short(name)}'";
    }

    private static string AddCycle(JsonObject document, Random random)
    {
        var names = SchemaNames(document);
        var name = names[random.Next(names.Count)];
        var self = new JsonObject { ["$ref"] = name };
        JsonNode property = random.Next(4) switch
        {
            0 => new JsonObject { ["type"] = "array", ["items"] = self },
            1 => new JsonObject { ["type"] = "object", ["additionalProperties"] = self },
            2 => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array", ["items"] = self } },
            _ => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = self } },
        };
        if (Schemas(document)[name] is JsonObject schema)
        {
            schema["type"] = "object";
            var properties = schema["properties"] as JsonObject ?? new JsonObject();
            properties["cycle"] = property;
            schema["properties"] = properties;
        }

        return $"cycle through '{name}'";
    }

    private static string AddAliasCycle(JsonObject document, Random random)
    {
        var schemas = Schemas(document);
        schemas["AliasA"] = new JsonObject { ["id"] = "AliasA", ["$ref"] = "AliasB" };
        schemas["AliasB"] = new JsonObject { ["id"] = "AliasB", ["$ref"] = random.Next(2) == 0 ? "AliasA" : "AliasB" };
        var names = SchemaNames(document);
        if (schemas[names[random.Next(names.Count)]] is JsonObject user)
        {
            user["properties"] ??= new JsonObject();
            if (user["properties"] is JsonObject properties)
            {
                properties["alias"] = new JsonObject { ["$ref"] = "AliasA" };
            }
        }

        return "alias cycle";
    }

    private static string AddNamesThatDifferByCase(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o["properties"] is JsonObject) ?? Schemas(document).Select(s => s.Value).OfType<JsonObject>().First();
        var properties = target["properties"] as JsonObject ?? new JsonObject();
        foreach (var name in new[] { "fooBar", "FooBar", "foo_bar", "Foo_Bar", "foobar", "FOO_BAR", "_foo_bar", "foo__bar" })
        {
            properties[name] = new JsonObject { ["type"] = Types[random.Next(5)]!.DeepClone() };
        }

        target["properties"] = properties;
        return "property names that differ by case or underscores";
    }

    private static string AddCollidingEnumValues(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o["enum"] is JsonArray) ?? Pick(document, random, o => o["properties"] is JsonObject);
        var values = new JsonArray("A_B", "a_b", "AB", "a-b", "", "1st", "class", "A B", "ÄB", "Unknown", "ToString");
        var descriptions = new JsonArray("one", "*/ </summary>");
        if (target is null)
        {
            return "no place for an enum";
        }

        if (target["enum"] is JsonArray)
        {
            target["enum"] = values;
            target["enumDescriptions"] = descriptions;
        }
        else
        {
            target["properties"]!["colliding"] = new JsonObject { ["type"] = "string", ["enum"] = values, ["enumDescriptions"] = descriptions };
        }

        return "enum values that collide after PascalCase";
    }

    private static string NestInlineSchemas(JsonObject document, Random random)
    {
        // The JSON parser allows 128 levels; each inline level is two (the schema and its 'properties').
        var levels = random.Next(10, 55);
        JsonNode inner = new JsonObject { ["type"] = "string" };
        for (var i = 0; i < levels; i++)
        {
            inner = random.Next(3) == 0
                ? new JsonObject { ["type"] = "array", ["items"] = inner }
                : new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["level"] = inner } };
        }

        var schemas = Schemas(document);
        schemas["Nested"] = new JsonObject { ["id"] = "Nested", ["type"] = "object", ["properties"] = new JsonObject { ["top"] = inner } };
        return $"{levels} levels of inline schemas";
    }

    private static string NestDeeperThanAllowed(JsonObject document, Random random)
    {
        var target = Pick(document, random, _ => true)!;
        target["deep"] = DeepPlaceholder;
        return "5,000-deep nesting";
    }

    private static string DeleteMember(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o.Count > 0)!;
        var key = target.ElementAt(random.Next(target.Count)).Key;
        target.Remove(key);
        return $"deleted '{Short(key)}'";
    }

    private static string ReplaceWithWrongKind(JsonObject document, Random random)
    {
        var target = Pick(document, random, o => o.Count > 0)!;
        var key = target.ElementAt(random.Next(target.Count)).Key;
        var value = Types[random.Next(9, Types.Length)]?.DeepClone();
        target[key] = value;
        return $"'{Short(key)}' replaced by {value?.ToJsonString() ?? "null"}";
    }

    private static JsonObject Schemas(JsonObject document) => document["schemas"]!.AsObject();

    private static List<string> SchemaNames(JsonObject document)
    {
        var names = Schemas(document).Select(p => p.Key).ToList();
        return names.Count > 0 ? names : ["Missing"];
    }

    /// <summary>A random object inside the schemas that matches, or null.</summary>
    private static JsonObject? Pick(JsonObject document, Random random, Func<JsonObject, bool> match)
    {
        var candidates = Objects(Schemas(document)).Where(match).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is JsonObject obj)
            {
                yield return obj;
                foreach (var member in obj)
                {
                    if (member.Value is not null)
                    {
                        pending.Push(member.Value);
                    }
                }
            }
            else if (current is JsonArray array)
            {
                foreach (var item in array.OfType<JsonNode>())
                {
                    pending.Push(item);
                }
            }
        }
    }

    private static string Short(string text) => text.Length > 40 ? text.Substring(0, 20) + $"…({text.Length} chars)" : text;
}
