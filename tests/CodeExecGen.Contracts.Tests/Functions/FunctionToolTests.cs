using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>[GeminiFunction] tools: the declarations, dispatch of recorded calls, and every bad input as a structured error.</summary>
public class FunctionToolTests
{
    private static FunctionCall Call(string name, string args, string? id = null)
        => ModelJson.Deserialize<FunctionCall>("{\"name\": " + JsonSerializer.Serialize(name) + (id is null ? string.Empty : ", \"id\": " + JsonSerializer.Serialize(id)) + ", \"args\": " + args + "}")!;

    private static JsonElement Response(Part part) => JsonDocument.Parse(ModelJson.Serialize(part)).RootElement.GetProperty("functionResponse").GetProperty("response");

    [Fact]
    public void The_record_parameter_schema_is_derived_from_the_types()
    {
        var declaration = WeatherTools.FunctionTool.FunctionDeclarations!.Single(d => d.Name == "get_weather");
        Assert.Equal("The weather forecast for a place.", declaration.Description);
        JsonAssert.Equal("""
            {"type": "object", "properties": {
              "place": {"type": "object", "properties": {"city": {"type": "string", "description": "City name, such as Utrecht."}, "country": {"type": ["string", "null"]}}, "required": ["city"]},
              "units": {"type": ["string", "null"], "enum": ["Celsius", "Fahrenheit", null], "description": "Temperature units."},
              "window": {"type": ["object", "null"], "properties": {
                "days": {"type": ["integer", "null"], "format": "int32", "minimum": -2147483648, "maximum": 2147483647},
                "fields": {"type": ["array", "null"], "items": {"type": "string"}}}}},
             "required": ["place"]}
            """, declaration.ParametersJsonSchema!.Value.GetRawText());
        Assert.Equal(["get_weather", "Add", "Echo", "Explode", "WaitAsync"], WeatherTools.FunctionTool.FunctionDeclarations!.Select(d => d.Name));
    }

    [Theory]
    [InlineData("final_result", "pydantic__pydantic-ai__test_auto_mode_with_function_and_builtin_tools.1.request.json", false)]
    [InlineData("multiply", "simonw__llm-gemini__test_tools_with_gemini_3_thought_signatures.1.request.json", true)]
    public void Schemas_match_what_real_requests_declare_for_the_same_functions(string name, string request, bool ignoreFormats)
    {
        using var recorded = JsonDocument.Parse(Samples.Read("requests", request));
        var declared = recorded.RootElement.GetProperty("tools").EnumerateArray()
            .SelectMany(t => t.TryGetProperty("functionDeclarations", out var d) ? d.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single(d => d.GetProperty("name").GetString() == name);
        var schema = declared.TryGetProperty("parameters_json_schema", out var s) ? s : declared.GetProperty("parameters");
        var ours = new RecordedTools("NL").GetType() is var _ ? RecordedTools.FunctionTool.FunctionDeclarations!.Single(d => d.Name == name).ParametersJsonSchema!.Value.GetRawText() : null;
        // Where the recording leaves the integers' width unsaid, ours says it, and bounds them as the dispatcher does.
        JsonAssert.Equal(schema.GetRawText(), ignoreFormats ? ours!.Replace(",\"format\":\"int64\",\"minimum\":-9223372036854775808,\"maximum\":9223372036854775807", string.Empty) : ours!);
    }

    [Fact]
    public async Task Every_recorded_function_call_dispatches_and_echoes_its_id_and_name()
    {
        var tools = new RecordedTools("NL");
        var calls = Samples.Files("responses", ".json")
            .Select(f => Samples.Read("responses", f))
            .SelectMany(t => t.TrimStart().StartsWith('[') ? JsonDocument.Parse(t).RootElement.EnumerateArray().Select(e => e.GetRawText()) : [t])
            .Select(t => ModelJson.Deserialize<GenerateContentResponse>(t)!)
            .SelectMany(r => r.Candidates?.FirstOrDefault()?.Content?.Parts ?? [])
            .Where(p => p.FunctionCall is not null)
            .ToList();
        Assert.True(calls.Count >= 6, calls.Count.ToString());

        var expected = new Dictionary<string, string>
        {
            ["now"] = "\"2026-12-02T09:00:00Z\"",
            ["multiply"] = "15",
            ["weather"] = "\"Sunny in San Francisco\"",
            ["weather_server_get_weather"] = "\"New York: 2026-02-02..2026-02-02\"",
            ["functionName"] = "\"String\"",
            ["final_result"] = "\"Mexico City, Mexico (NL)\"",
        };
        foreach (var part in calls)
        {
            var answer = await tools.InvokeAsync(part);
            Assert.Equal(part.FunctionCall!.Name, answer.FunctionResponse!.Name);
            Assert.Equal(part.FunctionCall.Id, answer.FunctionResponse.Id);
            Assert.Equal(expected[part.FunctionCall.Name!], Response(answer).GetProperty("result").GetRawText());
        }

        Assert.Contains(calls, p => p.FunctionCall!.Id == "4jh89wlf");
    }

    [Fact]
    public async Task Records_classes_enums_and_async_methods_bind_and_answer()
    {
        var answer = await WeatherTools.InvokeAsync(Call("get_weather", """{"place": {"city": "Utrecht"}, "units": "Fahrenheit", "window": {"days": 5, "fields": ["wind"]}}""", "c1"));
        Assert.Equal("c1", answer.FunctionResponse!.Id);
        JsonAssert.Equal("""{"city": "Utrecht", "temperature": 52.7, "units": "Fahrenheit", "at": "2026-12-02T09:00:00+00:00", "notes": ["5 days", "wind"]}""", Response(answer).GetProperty("result").GetRawText());

        var sum = await WeatherTools.InvokeAsync(Call("Add", """{"a": 1, "b": "9007199254740993", "c": -2, "d": 255, "e": 4294967295, "f": 1, "g": 0.5, "h": 0.25, "i": 0.125}"""));
        Assert.Equal("9007203549708543.875", Response(sum).GetProperty("result").GetRawText());

        var echo = await WeatherTools.InvokeAsync(Call("Echo", """{"text": "hi", "loud": true, "counts": [1, 2], "wait": "1.5s", "when": "2026-12-02T10:00:00Z", "extra": {"k": [1]}}"""));
        Assert.Equal("HI|1,2|1.5|2026|{\"k\": [1]}", Response(echo).GetProperty("result").GetString());
        var defaults = await WeatherTools.InvokeAsync(Call("Echo", """{"text": "hi", "loud": null}"""));
        Assert.Equal("\"hi|-|||-\"", Response(defaults).GetProperty("result").GetRawText());
    }

    [Theory]
    [InlineData("get_weather", "{}", "missing_argument", "place")]
    [InlineData("get_weather", """{"place": {}}""", "missing_argument", "place.city")]
    [InlineData("get_weather", """{"place": "Utrecht"}""", "invalid_argument", "place")]
    [InlineData("get_weather", """{"place": {"city": 7}}""", "invalid_argument", "place.city")]
    [InlineData("get_weather", """{"place": {"city": "U"}, "units": "Kelvin"}""", "invalid_argument", "units")]
    [InlineData("get_weather", """{"place": {"city": "U"}, "window": {"fields": ["a", 2]}}""", "invalid_argument", "window.fields[1]")]
    [InlineData("Add", """{"a": 2147483648, "b": 1}""", "out_of_range", "a")]
    [InlineData("Add", """{"a": 1.5, "b": 1}""", "invalid_argument", "a")]
    [InlineData("Add", """{"a": 1, "b": 1, "d": 256}""", "out_of_range", "d")]
    [InlineData("Add", """{"a": 1, "b": 1, "f": -1}""", "out_of_range", "f")]
    [InlineData("Add", """{"a": "one", "b": 1}""", "invalid_argument", "a")]
    [InlineData("Echo", """{"text": "x", "wait": "soon"}""", "invalid_argument", "wait")]
    [InlineData("Echo", """{"text": "x", "when": "yesterday"}""", "invalid_argument", "when")]
    [InlineData("Echo", """{"text": "x", "counts": {"a": 1}}""", "invalid_argument", "counts")]
    [InlineData("Add", """{"a": 1, "b": 1, "f": 2.5}""", "invalid_argument", "f")]
    [InlineData("Add", """{"a": 1, "b": 1, "f": 18446744073709551616}""", "out_of_range", "f")]
    public async Task Bad_arguments_are_a_structured_error_and_nothing_runs(string name, string args, string code, string parameter)
    {
        var ran = new List<string>();
        WeatherTools.Ran.Value = ran;
        var answer = await WeatherTools.InvokeAsync(Call(name, args, "id-1"));
        Assert.Equal(("id-1", name), (answer.FunctionResponse!.Id, answer.FunctionResponse.Name));
        var error = Response(answer).GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(parameter, error.GetProperty("parameter").GetString());
        Assert.Contains(parameter.Split('.', '[')[^1].TrimEnd(']'), error.GetProperty("message").GetString());
        Assert.Empty(ran);

        // The same function with good arguments is seen to run, so the empty list above means something.
        Assert.True(Response(await WeatherTools.InvokeAsync(Call(name, GoodArguments[name]))).TryGetProperty("result", out _));
        Assert.Single(ran);
    }

    private static readonly Dictionary<string, string> GoodArguments = new()
    {
        ["get_weather"] = """{"place": {"city": "U"}}""",
        ["Add"] = """{"a": 1, "b": 1}""",
        ["Echo"] = """{"text": "x"}""",
    };

    [Fact]
    public async Task Whole_numbers_in_any_notation_bind_as_integers()
    {
        var sum = await WeatherTools.InvokeAsync(Call("Add", """{"a": 2.0, "b": 1e2, "c": -3.0e0, "f": 1.8e19}"""));
        Assert.Equal("18000000000000000099", Response(sum).GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task An_unknown_function_or_a_throwing_method_is_an_error_not_an_exception()
    {
        var unknown = Response(await WeatherTools.InvokeAsync(Call("get_wether", "{}"))).GetProperty("error");
        Assert.Equal("unknown_function", unknown.GetProperty("code").GetString());
        Assert.Contains("get_weather", unknown.GetProperty("message").GetString());

        var failed = Response(await WeatherTools.InvokeAsync(Call("Explode", "{}"))).GetProperty("error");
        Assert.Equal("function_failed", failed.GetProperty("code").GetString());
        Assert.Equal("InvalidOperationException: the sandbox is on fire", failed.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Cancellation_propagates()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await WeatherTools.InvokeAsync(Call("WaitAsync", "{}"), cancellation.Token));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_call_of_a_response_is_answered_in_order(bool concurrently)
    {
        var response = ModelJson.Deserialize<GenerateContentResponse>("""
            {"candidates": [{"content": {"role": "model", "parts": [
              {"functionCall": {"id": "a", "name": "multiply", "args": {"x": 2, "y": 3}}},
              {"text": "and"},
              {"functionCall": {"id": "b", "name": "weather", "args": {"location": "Utrecht"}}}]}}]}
            """)!;
        var answers = await new RecordedTools("NL").InvokeAllAsync(response, concurrently);
        Assert.Equal(["a", "b"], answers.Select(a => a.FunctionResponse!.Id));
        Assert.Equal(["6", "\"Sunny in Utrecht\""], answers.Select(a => Response(a).GetProperty("result").GetRawText()));
    }

    private static readonly GenerateContentResponse ThreeMeetings = ModelJson.Deserialize<GenerateContentResponse>("""
        {"candidates": [{"content": {"role": "model", "parts": [
          {"functionCall": {"id": "1", "name": "MeetAsync", "args": {"who": "a"}}},
          {"functionCall": {"id": "2", "name": "MeetAsync", "args": {"who": "b"}}},
          {"functionCall": {"id": "3", "name": "MeetAsync", "args": {"who": "c"}}}]}}]}
        """)!;

    [Fact]
    public async Task With_concurrently_the_calls_run_at_the_same_time()
    {
        // Each call waits until all three are inside the function; run one at a time, none would get there.
        // The patience only bounds a failing run.
        var tools = new RendezvousTools(expected: 3, patience: TimeSpan.FromSeconds(5));
        var answers = await tools.InvokeAllAsync(ThreeMeetings, concurrently: true);
        Assert.Equal(["a met the others", "b met the others", "c met the others"], answers.Select(a => Response(a).GetProperty("result").GetString()));
        Assert.Equal(3, tools.MostInside);
    }

    [Fact]
    public async Task Without_concurrently_the_calls_run_one_after_another()
    {
        var tools = new RendezvousTools(expected: 2, patience: TimeSpan.FromMilliseconds(20));
        var answers = await tools.InvokeAllAsync(ThreeMeetings);
        Assert.Equal(["a waited alone", "b waited alone", "c waited alone"], answers.Select(a => Response(a).GetProperty("result").GetString()));
        Assert.Equal(1, tools.MostInside);
    }
}
