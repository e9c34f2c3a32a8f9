using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Gemini;
using Gemini.Serialization;
using Json.Schema;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>The produced parameter schemas are valid JSON Schema (2020-12), and they agree with the binding: what binds, validates.</summary>
public class FunctionSchemaTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Every_declared_schema_is_valid_JSON_Schema()
    {
        var declarations = new[] { WeatherTools.FunctionTool, RecordedTools.FunctionTool, RequiredValueTools.FunctionTool, RendezvousTools.FunctionTool }.SelectMany(t => t.FunctionDeclarations!).ToList();
        Assert.Equal(31, declarations.Count);
        foreach (var declaration in declarations)
        {
            var schema = declaration.ParametersJsonSchema!.Value;
            var meta = MetaSchemas.Draft202012.Evaluate(schema, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(meta.IsValid, declaration.Name + ": " + string.Join("; ", (meta.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Values)));
            _ = JsonSchema.FromText(schema.GetRawText());
        }
    }

    [Theory]
    [InlineData("get_weather", """{"place": {"city": "Utrecht"}, "units": "Fahrenheit", "window": {"days": 5, "fields": ["wind"]}}""", true)]
    [InlineData("get_weather", """{"place": {"city": "Utrecht", "country": "NL"}}""", true)]
    [InlineData("get_weather", "{}", false)]
    [InlineData("get_weather", """{"place": {}}""", false)]
    [InlineData("get_weather", """{"place": "Utrecht"}""", false)]
    [InlineData("get_weather", """{"place": {"city": 7}}""", false)]
    [InlineData("get_weather", """{"place": {"city": "U"}, "units": "Kelvin"}""", false)]
    [InlineData("get_weather", """{"place": {"city": "U"}, "window": {"fields": ["a", 2]}}""", false)]
    [InlineData("get_weather", """{"place": {"city": "U"}, "window": {"days": 2.5}}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "d": 255}""", true)]
    [InlineData("Add", """{"a": 2.0, "b": 1e2}""", true)] // whole numbers written as decimals are integers
    [InlineData("Add", """{"a": -2147483648, "b": 2, "c": -32768, "d": 0, "e": 4294967295, "f": 18446744073709551615}""", true)]
    [InlineData("Add", """{"b": 1}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "d": 256}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "c": 32768}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "e": -1}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "e": 4294967296}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "f": -1}""", false)]
    [InlineData("Add", """{"a": 1.5, "b": 2}""", false)]
    [InlineData("Add", """{"a": true, "b": 2}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "h": "0.5"}""", false)]
    [InlineData("Echo", """{"text": "x", "wait": "1.5s", "when": "2026-12-02T10:00:00Z", "extra": [1, {"k": null}]}""", true)]
    [InlineData("Echo", """{"text": "x", "loud": false, "counts": [], "wait": "-90s"}""", true)]
    [InlineData("Echo", """{"text": 1}""", false)]
    [InlineData("Echo", """{"text": "x", "loud": "yes"}""", false)]
    [InlineData("Echo", """{"text": "x", "counts": [1, 2.5]}""", false)]
    [InlineData("Echo", """{"text": "x", "counts": {"a": 1}}""", false)]
    [InlineData("Echo", """{"text": "x", "wait": "soon"}""", false)]
    [InlineData("Echo", """{"text": "x", "wait": "1.5"}""", false)]
    [InlineData("Echo", """{"text": "x", "when": "yesterday"}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "c": null}""", true)] // null for an optional argument: the schema says "null" may be sent, the dispatcher keeps the default
    [InlineData("get_weather", """{"place": {"city": "U", "country": null}, "units": null, "window": null}""", true)]
    [InlineData("get_weather", """{"place": null}""", false)] // null for a required argument is none
    [InlineData("get_weather", """{"place": {"city": null}}""", false)]
    [InlineData("Add", """{"a": 2147483648, "b": 2}""", false)] // every integer bounded by its type, in the schema as in the dispatcher
    [InlineData("Add", """{"a": 1, "b": 9223372036854775808}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "f": 18446744073709551616}""", false)]
    public async Task A_schema_accepts_what_the_dispatcher_binds_and_refuses_what_it_refuses(string name, string args, bool valid)
    {
        Assert.Equal(valid, SchemaAccepts(name, args));
        Assert.Equal(valid, await DispatcherBinds(name, args));
    }

    /// <summary>Where the two differ, as docs/function-tools.md says: both outcomes written out.</summary>
    [Theory]
    [InlineData("Add", """{"a": "1", "b": "-2"}""", false, true)] // an integer as a string of digits, as proto3 JSON writes 64-bit ones
    [InlineData("Add", """{"a": 1, "b": 2, "g": 1e39}""", true, false)] // float bounded only by its format, which JSON Schema does not check
    public async Task Where_the_schema_and_the_dispatcher_differ_it_is_as_documented(string name, string args, bool schemaAccepts, bool dispatcherBinds)
    {
        Assert.Equal(schemaAccepts, SchemaAccepts(name, args));
        Assert.Equal(dispatcherBinds, await DispatcherBinds(name, args));
    }

    /// <summary>The schema's verdict, with formats (date-time) asserted rather than only annotated.</summary>
    private static bool SchemaAccepts(string name, string args)
    {
        var declaration = WeatherTools.FunctionTool.FunctionDeclarations!.Single(d => d.Name == name);
        var schema = JsonSchema.FromText(declaration.ParametersJsonSchema!.Value.GetRawText());
        return schema.Evaluate(Json(args), new EvaluationOptions { RequireFormatValidation = true }).IsValid;
    }

    /// <summary>True when the call ran and answered a result; false when it was refused with an argument error.</summary>
    private static async Task<bool> DispatcherBinds(string name, string args)
    {
        var call = ModelJson.Deserialize<FunctionCall>("{\"name\": \"" + name + "\", \"args\": " + args + "}")!;
        var response = (await WeatherTools.InvokeAsync(call)).FunctionResponse!.Response!;
        if (response.TryGetValue("error", out var error))
        {
            Assert.Contains(error.GetProperty("code").GetString(), new[] { "missing_argument", "invalid_argument", "out_of_range" });
            return false;
        }

        Assert.True(response.ContainsKey("result"));
        return true;
    }
}
