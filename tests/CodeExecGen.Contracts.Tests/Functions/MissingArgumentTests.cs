using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>
/// A required value-type argument the model left out must be <c>missing_argument</c>: bound as its default
/// (0, false, the first enum member), the method would run with a value nobody sent. Each test observes,
/// with <see cref="RequiredValueTools.Runs"/>, whether the method ran.
/// </summary>
public class MissingArgumentTests
{
    /// <summary>A <see cref="Reading"/> with every member sent.</summary>
    private const string CompleteReading = """
        {"count": 1, "total": "2", "size": 3, "mean": 0.5, "ratio": 0.25, "price": 1.5, "valid": true, "unit": "Fahrenheit", "at": "2026-12-02T09:00:00Z", "span": "1.5s", "stamp": "2026-12-02T09:00:00.5+01:00", "wait": "90s"}
        """;

    private static FunctionCall Call(string name, string args)
        => ModelJson.Deserialize<FunctionCall>("{\"name\": " + JsonSerializer.Serialize(name) + ", \"args\": " + args + "}")!;

    private static JsonElement Response(Part part) => JsonDocument.Parse(ModelJson.Serialize(part)).RootElement.GetProperty("functionResponse").GetProperty("response");

    private static async Task AssertMissing(string name, string args, string parameter)
    {
        var tools = new RequiredValueTools();
        var response = Response(await tools.InvokeAsync(Call(name, args)));
        Assert.True(response.TryGetProperty("error", out var error), $"{name}({args}) answered {response.GetRawText()}");
        Assert.Equal("missing_argument", error.GetProperty("code").GetString());
        Assert.Equal(parameter, error.GetProperty("parameter").GetString());
        Assert.Contains("'" + parameter + "'", error.GetProperty("message").GetString());
        Assert.Equal(0, tools.Runs);
    }

    [Theory]
    [InlineData("Add", """{"b": 1}""", "a")]
    [InlineData("Add", """{"a": 1}""", "b")]
    [InlineData("Add", """{"a": null, "b": 1}""", "a")] // null is absence
    [InlineData("Short", "{}", "value")]
    [InlineData("Long", "{}", "value")]
    [InlineData("UInt", "{}", "value")]
    [InlineData("ULong", "{}", "value")]
    [InlineData("Double", "{}", "value")]
    [InlineData("Float", "{}", "value")]
    [InlineData("Decimal", "{}", "value")]
    [InlineData("Bool", "{}", "value")]
    [InlineData("Enum", "{}", "value")]
    [InlineData("Date", "{}", "value")]
    [InlineData("Span", "{}", "value")]
    [InlineData("Timestamp", "{}", "value")]
    [InlineData("Duration", "{}", "value")]
    [InlineData("Json", "{}", "value")]
    [InlineData("Struct", "{}", "value")]
    [InlineData("Struct", """{"value": {"x": 1}}""", "value.y")]
    [InlineData("Record", "{}", "reading")]
    [InlineData("Configure", """{"settings": {"name": "n"}}""", "settings.level")] // a C# required property
    public Task A_required_value_type_argument_left_out_is_missing_argument_and_the_method_never_runs(string name, string args, string parameter)
        => AssertMissing(name, args, parameter);

    [Theory]
    [InlineData("count")]
    [InlineData("total")]
    [InlineData("size")]
    [InlineData("mean")]
    [InlineData("ratio")]
    [InlineData("price")]
    [InlineData("valid")]
    [InlineData("unit")]
    [InlineData("at")]
    [InlineData("span")]
    [InlineData("stamp")]
    [InlineData("wait")]
    public Task A_required_member_of_a_record_left_out_is_missing_argument_and_the_method_never_runs(string member)
    {
        var reading = JsonNode.Parse(CompleteReading)!.AsObject();
        Assert.True(reading.Remove(member));
        return AssertMissing("Record", new JsonObject { ["reading"] = reading }.ToJsonString(), "reading." + member);
    }

    /// <summary>The other side: the same functions with the values sent run once and answer those values.</summary>
    [Theory]
    [InlineData("Add", """{"a": 2, "b": 40}""", "42")]
    [InlineData("Short", """{"value": -7}""", "-7")]
    [InlineData("Long", """{"value": "9007199254740993"}""", "9007199254740993")]
    [InlineData("UInt", """{"value": 4294967295}""", "4294967295")]
    [InlineData("ULong", """{"value": "18446744073709551615"}""", "18446744073709551615")]
    [InlineData("Double", """{"value": 0.5}""", "0.5")]
    [InlineData("Float", """{"value": 0.25}""", "0.25")]
    [InlineData("Decimal", """{"value": 1.5}""", "1.5")]
    [InlineData("Bool", """{"value": false}""", "false")]
    [InlineData("Enum", """{"value": "Celsius"}""", "\"Celsius\"")]
    [InlineData("Date", """{"value": "2026-12-02T09:00:00Z"}""", "\"2026-12-02T09:00:00+00:00\"")]
    [InlineData("Span", """{"value": "1.5s"}""", "\"1.5s\"")]
    [InlineData("Timestamp", """{"value": "2026-12-02T09:00:00.5+01:00"}""", "\"2026-12-02T09:00:00.5+01:00\"")]
    [InlineData("Duration", """{"value": "90s"}""", "\"90s\"")]
    [InlineData("Optional", "{}", "\"-|-\"")] // nullable: not required
    [InlineData("Optional", """{"at": "2026-12-02T09:00:00Z", "wait": "1.5s"}""", "\"2026-12-02T09:00:00Z|1.5s\"")]
    [InlineData("Json", """{"value": [0, false]}""", "[0, false]")]
    [InlineData("Struct", """{"value": {"x": 0, "y": 2}}""", """{"x": 0, "y": 2}""")]
    [InlineData("Record", "{\"reading\": " + CompleteReading + "}", """
        {"count": 1, "total": 2, "size": 3, "mean": 0.5, "ratio": 0.25, "price": 1.5, "valid": true, "unit": "Fahrenheit", "at": "2026-12-02T09:00:00+00:00", "span": "1.5s", "stamp": "2026-12-02T09:00:00.5+01:00", "wait": "90s"}
        """)]
    [InlineData("Configure", """{"settings": {"level": 3}}""", "\"unnamed:3\"")] // an init-only property not sent keeps its initializer
    [InlineData("Configure", """{"settings": {"level": 3, "name": "n"}}""", "\"n:3\"")]
    public async Task The_same_arguments_sent_bind_and_the_method_runs_once(string name, string args, string result)
    {
        var tools = new RequiredValueTools();
        var response = Response(await tools.InvokeAsync(Call(name, args)));
        Assert.True(response.TryGetProperty("result", out var answer), $"{name}({args}) answered {response.GetRawText()}");
        JsonAssert.Equal(result, answer.GetRawText());
        Assert.Equal(1, tools.Runs);
    }
}
