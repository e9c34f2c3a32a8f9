using System.Linq;
using System.Text.Json;
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
        var declarations = WeatherTools.FunctionTool.FunctionDeclarations!.Concat(RecordedTools.FunctionTool.FunctionDeclarations!).ToList();
        Assert.Equal(11, declarations.Count);
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
    [InlineData("get_weather", """{"place": {"city": "U"}, "units": "Kelvin"}""", false)]
    [InlineData("get_weather", """{"place": {"city": "U"}, "window": {"fields": ["a", 2]}}""", false)]
    [InlineData("Add", """{"a": 1, "b": 2, "d": 255}""", true)]
    [InlineData("Add", """{"a": 1, "b": 2, "d": 256}""", false)]
    [InlineData("Add", """{"a": 1.5, "b": 2}""", false)]
    [InlineData("Echo", """{"text": "x", "wait": "1.5s", "when": "2026-12-02T10:00:00Z", "extra": [1, {"k": null}]}""", true)]
    [InlineData("Echo", """{"text": "x", "wait": "soon"}""", false)]
    public void A_schema_accepts_what_the_dispatcher_binds_and_refuses_what_it_refuses(string name, string args, bool valid)
    {
        var declaration = WeatherTools.FunctionTool.FunctionDeclarations!.Single(d => d.Name == name);
        var schema = JsonSchema.FromText(declaration.ParametersJsonSchema!.Value.GetRawText());
        Assert.Equal(valid, schema.Evaluate(Json(args)).IsValid);
    }
}
