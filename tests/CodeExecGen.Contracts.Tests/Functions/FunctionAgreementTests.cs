using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Gemini;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini.Serialization;
using Json.Schema;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>
/// The declaration and the dispatcher accept the same arguments. For every function of <see cref="ShapeTools"/>
/// and <see cref="RequiredValueTools"/>, arguments are made from valid seeds by replacing, removing or adding one
/// value anywhere in them (and, with a fixed random seed, two), from a pool of JSON values of every kind, nulls
/// included; each one must be valid against the declared schema (JsonSchema.Net, formats asserted) exactly when the
/// dispatcher binds it. The pool has no string of digits and no number beyond a float's range: the two
/// documented differences (docs/function-tools.md) are tested on their own in FunctionSchemaTests.
/// </summary>
public class FunctionAgreementTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Pool =
    [
        "null", "\"x\"", "\"Celsius\"", "\"2026-12-07T10:00:00Z\"", "\"1.5s\"", "0", "1", "-1", "2.5", "255", "256", "-129",
        "2147483648", "9223372036854775808", "18446744073709551616", "1e3", "true", "[]", "[1]", "[\"a\", null]", "[[1, 2]]",
        "{}", "{\"name\": \"a\"}", "{\"x\": 1, \"y\": 2}", "{\"text\": \"a\"}",
    ];

    private static readonly Dictionary<string, string[]> Seeds = new()
    {
        ["Budget"] = ["""{"budget": {"amount": 12.5, "currency": "EUR"}}""", """{"budget": {"amount": 1, "currency": "USD", "tolerance": 0.1}}"""],
        ["Stops"] = ["""{"stops": [{"name": "Utrecht", "minutes": 5, "tags": ["rail"]}, {"name": "Delft"}]}"""],
        ["Trip"] = [
            """{"trip": {"title": "Tour", "owner": "ann", "stops": [{"name": "Gouda", "minutes": 30}], "budget": {"amount": 3, "currency": "EUR"}, "units": "Celsius", "note": "n"}}""",
            """{"trip": {"title": "Short", "owner": null}}""",
        ],
        ["Scalars"] = ["{}", """{"count": 2, "label": "l", "flag": true, "unit": "Fahrenheit", "ratio": 0.5, "at": "2026-01-01T00:00:00Z", "wait": "90s", "small": 200, "big": 5, "price": 9.99}"""],
        ["Grid"] = ["""{"grid": [[1, 2], []], "names": ["a", null], "slots": [1, null], "points": [{"x": 1, "y": 2}]}"""],
        ["Any"] = ["""{"value": {"any": [1]}, "maybe": 2}"""],
        ["Labels"] = ["""{"label": {"text": "t", "size": 3}, "more": [{"text": "u"}]}"""],
        ["Add"] = ["""{"a": 1, "b": 2}"""],
        ["Short"] = ["""{"value": 5}"""],
        ["UInt"] = ["""{"value": 5}"""],
        ["ULong"] = ["""{"value": 5}"""],
        ["Float"] = ["""{"value": 0.5}"""],
        ["Decimal"] = ["""{"value": 0.5}"""],
        ["Bool"] = ["""{"value": true}"""],
        ["Enum"] = ["""{"value": "Celsius"}"""],
        ["Date"] = ["""{"value": "2026-12-07T10:00:00+01:00"}"""],
        ["Span"] = ["""{"value": "1.5s"}"""],
        ["Timestamp"] = ["""{"value": "2026-12-07T10:00:00Z"}"""],
        ["Duration"] = ["""{"value": "-3s"}"""],
        ["Optional"] = ["""{"at": "2026-12-07T10:00:00Z", "wait": "2s"}"""],
        ["Struct"] = ["""{"value": {"x": 1, "y": 2}}"""],
        ["Record"] = ["""{"reading": {"count": 1, "total": 2, "size": 3, "mean": 0.5, "ratio": 0.25, "price": 1.5, "valid": true, "unit": "Celsius", "at": "2026-12-07T10:00:00Z", "span": "1s", "stamp": "2026-12-07T10:00:00Z", "wait": "2s"}}"""],
        ["Configure"] = ["""{"settings": {"level": 2, "name": "n"}}"""],
    };

    public static TheoryData<string> Functions() => new(Seeds.Keys);

    [Theory]
    [MemberData(nameof(Functions))]
    public async Task The_schema_accepts_exactly_what_the_dispatcher_binds(string function)
    {
        var schema = JsonSchema.FromText(Declaration(function).ParametersJsonSchema!.Value.GetRawText());
        var disagreements = new List<string>();
        int accepted = 0, refused = 0;
        foreach (var args in Samples(Seeds[function]))
        {
            var schemaAccepts = schema.Evaluate(JsonDocument.Parse(args).RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
            var binds = await Binds(function, args);
            if (schemaAccepts != binds)
            {
                disagreements.Add((schemaAccepts ? "schema accepts, dispatcher refuses: " : "dispatcher binds, schema refuses: ") + args);
            }

            _ = binds ? accepted++ : refused++;
        }

        output.WriteLine($"{function}: {accepted} bound, {refused} refused");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(10)));
        Assert.True(accepted >= 3 && refused >= 3, $"{accepted} accepted, {refused} refused: the samples do not exercise both sides");
    }

    /// <summary>Explicit nulls, as models send them: null or the default for what may be null, the method not run for what may not.</summary>
    [Theory]
    [InlineData("Scalars", """{"count": null, "label": null, "flag": null, "unit": null, "ratio": null, "at": null, "wait": null, "small": null, "big": null, "price": null}""", "null|null|False|null|1|null|null|7|0|null")]
    [InlineData("Budget", """{"budget": {"amount": 2, "currency": "EUR", "tolerance": null}}""", "2 EUR ±null")]
    [InlineData("Stops", """{"stops": [{"name": "a", "minutes": null, "tags": null}]}""", "a null -")]
    [InlineData("Trip", """{"trip": {"title": "t", "owner": null, "stops": null, "budget": null, "units": null, "note": null}}""", "t by null [] budget=null units=null note=none")]
    [InlineData("Grid", """{"grid": [[1]], "names": [null, "b"], "slots": [null], "points": null}""", "1|null,b|null|")]
    [InlineData("Any", """{"value": null, "maybe": null}""", "Null|null")]
    [InlineData("Labels", """{"label": {"text": "t", "size": null}, "more": null}""", "t:12|")]
    public async Task Explicit_null_binds_to_null_or_the_default(string function, string args, string bound)
    {
        var response = await ShapeTools.InvokeAsync(Call(function, args));
        Assert.Equal(bound, response.FunctionResponse!.Response!["result"].GetString());
    }

    /// <summary>As docs/function-tools.md shows it: required members beside a nullable one, and a required one that may be null.</summary>
    [Fact]
    public void Required_and_nullable_members_are_declared_as_they_bind()
    {
        JsonAssert.Equal(
            """
            {"type": "object", "properties": {"budget": {"type": "object",
              "properties": {"amount": {"type": "number"}, "currency": {"type": "string"}, "tolerance": {"type": ["number", "null"], "format": "double"}},
              "required": ["amount", "currency"]}},
             "required": ["budget"]}
            """,
            Declaration("Budget").ParametersJsonSchema!.Value.GetRawText());
        var trip = JsonDocument.Parse(Declaration("Trip").ParametersJsonSchema!.Value.GetRawText()).RootElement.GetProperty("properties").GetProperty("trip");
        Assert.Equal(["title", "owner"], trip.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("""["string","null"]""", trip.GetProperty("properties").GetProperty("owner").GetProperty("type").GetRawText());
    }

    [Theory]
    [InlineData("Budget", """{"budget": {"amount": null, "currency": "EUR"}}""", "budget.amount")]
    [InlineData("Budget", """{"budget": {"amount": 1}}""", "budget.currency")]
    [InlineData("Trip", """{"trip": {"title": "t"}}""", "trip.owner")] // required and nullable: null is a value, absence is not
    [InlineData("Trip", """{"trip": {"title": "t", "owner": "o", "stops": [{"name": "a"}, {"name": null}]}}""", "trip.stops[1].name")]
    [InlineData("Grid", """{"grid": [[1], [2, null]]}""", "grid[1][1]")]
    [InlineData("Stops", """{"stops": null}""", "stops")]
    public async Task A_required_value_sent_as_null_or_left_out_is_refused_at_its_path(string function, string args, string path)
    {
        var response = await ShapeTools.InvokeAsync(Call(function, args));
        var error = response.FunctionResponse!.Response!["error"];
        Assert.Equal(path, error.GetProperty("parameter").GetString());
        Assert.Contains("'" + path + "'", error.GetProperty("message").GetString());
    }

    /// <summary>Every sample: the seeds, each single replacement, removal or addition, and 200 random pairs of them.</summary>
    private static IEnumerable<string> Samples(string[] seeds)
    {
        var random = new Random(24);
        foreach (var seed in seeds)
        {
            yield return seed;
            var single = Mutations(JsonNode.Parse(seed)!).ToList();
            foreach (var mutated in single)
            {
                yield return mutated.ToJsonString();
            }

            for (var i = 0; i < 200 && single.Count > 0; i++)
            {
                var first = single[random.Next(single.Count)];
                var seconds = Mutations(first).ToList();
                if (seconds.Count > 0)
                {
                    yield return seconds[random.Next(seconds.Count)].ToJsonString();
                }
            }
        }
    }

    /// <summary>Each way of changing one place of <paramref name="root"/>: every value replaced by each pool value, every property removed, an unknown one added to every object.</summary>
    private static IEnumerable<JsonNode> Mutations(JsonNode root)
    {
        var places = new List<(JsonNode Parent, object Key)>();
        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        places.Add((obj, key));
                        Visit(value);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        places.Add((array, i));
                        Visit(array[i]);
                    }

                    break;
            }
        }

        Visit(root);
        for (var p = 0; p < places.Count; p++)
        {
            foreach (var value in Pool)
            {
                yield return Changed(root, p, (parent, key) => Set(parent, key, JsonNode.Parse(value)));
            }

            if (places[p].Key is string)
            {
                yield return Changed(root, p, (parent, key) => ((JsonObject)parent).Remove((string)key));
            }
        }

        foreach (var obj in places.Select(p => p.Parent).OfType<JsonObject>().Distinct().Prepend(root as JsonObject).Where(o => o is not null))
        {
            var copy = root.DeepClone();
            if (Locate(copy, root, obj!) is { } located)
            {
                located["unknown_extra"] = 1;
            }

            yield return copy;
        }

        // A change at place p, made on a copy: the place is found again by its index in the copy's walk.
        JsonNode Changed(JsonNode original, int p, Action<JsonNode, object> change)
        {
            var copy = original.DeepClone();
            var copies = new List<(JsonNode Parent, object Key)>();
            void Walk(JsonNode? node)
            {
                if (node is JsonObject obj)
                {
                    foreach (var (key, value) in obj.ToList())
                    {
                        copies.Add((obj, key));
                        Walk(value);
                    }
                }
                else if (node is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        copies.Add((array, i));
                        Walk(array[i]);
                    }
                }
            }

            Walk(copy);
            change(copies[p].Parent, copies[p].Key);
            return copy;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    /// <summary>The object of <paramref name="copy"/> at the place <paramref name="target"/> has in <paramref name="original"/>.</summary>
    private static JsonObject? Locate(JsonNode copy, JsonNode original, JsonObject target)
    {
        var path = target.GetPath();
        var node = copy;
        foreach (var step in System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\['([^']+)'\]|\[(\d+)\]").Cast<System.Text.RegularExpressions.Match>())
        {
            node = step.Groups[3].Success ? node![int.Parse(step.Groups[3].Value)] : node![step.Groups[1].Success ? step.Groups[1].Value : step.Groups[2].Value];
        }

        return node as JsonObject;
    }

    private static FunctionDeclaration Declaration(string function)
        => ShapeTools.FunctionTool.FunctionDeclarations!.Concat(RequiredValueTools.FunctionTool.FunctionDeclarations!).Single(d => d.Name == function);

    private static FunctionCall Call(string function, string args) => ModelJson.Deserialize<FunctionCall>("{\"name\": \"" + function + "\", \"args\": " + args + "}")!;

    /// <summary>True when the function ran; false when the dispatcher refused its arguments (and then it must not have run).</summary>
    private static async Task<bool> Binds(string function, string args)
    {
        var required = new RequiredValueTools();
        var answer = ShapeTools.FunctionTool.FunctionDeclarations!.Any(d => d.Name == function)
            ? await ShapeTools.InvokeAsync(Call(function, args))
            : await required.InvokeAsync(Call(function, args));
        var response = answer.FunctionResponse!.Response!;
        if (response.TryGetValue("error", out var error))
        {
            Assert.Contains(error.GetProperty("code").GetString(), new[] { "missing_argument", "invalid_argument", "out_of_range" });
            Assert.Equal(0, required.Runs);
            return false;
        }

        Assert.True(response.ContainsKey("result"), args);
        return true;
    }
}
