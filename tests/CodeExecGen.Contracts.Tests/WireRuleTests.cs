using System;
using System.Linq;
using System.Text.Json;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>The proto3 JSON rules, one hand-made case each.</summary>
public class WireRuleTests
{
    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)!;

    private static string Write<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public void Names_are_written_lowerCamelCase_and_read_in_both_cases()
    {
        var content = Read<Content>("""{"parts": [{"executable_code": {"language": "PYTHON", "code": "print(1)"}, "thought_signature": "AQID"}, {"inline_data": {"mime_type": "image/png", "data": "AA=="}}]}""");
        var part = content.Parts![0];
        Assert.Equal("print(1)", part.ExecutableCode!.Code);
        Assert.Equal(new byte[] { 1, 2, 3 }, part.ThoughtSignature!.ToArray());
        Assert.Equal("image/png", content.Parts[1].InlineData!.MimeType);
        var written = Write(content);
        Assert.DoesNotContain("_", written);
        JsonAssert.Equal("""{"parts":[{"thoughtSignature":"AQID","executableCode":{"code":"print(1)","language":"PYTHON"}},{"inlineData":{"data":"AA==","mimeType":"image/png"}}]}""", written);
    }

    [Fact]
    public void Unset_values_are_omitted_and_null_means_unset()
    {
        var part = Read<Part>("""{"text": null, "thought": null, "inlineData": null}""");
        Assert.Null(part.Text);
        Assert.Null(part.Thought);
        Assert.Null(part.InlineData);
        Assert.Equal("{}", Write(part));
        Assert.Equal("{}", Write(new CodeExecutionResult()));
    }

    [Fact]
    public void Unknown_properties_at_every_depth_are_kept_and_written_back()
    {
        const string json = """
            {"newTopLevel": {"a": [1, 2]}, "candidates": [{"futureField": true, "content": {"role": "model", "parts": [
              {"text": "hi", "partFuture": {"nested": "x"}},
              {"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": "1", "sandboxId": "sb-1"}}
            ]}}]}
            """;
        var response = Read<GenerateContentResponse>(json);
        Assert.True(response.ExtensionData!.ContainsKey("newTopLevel"));
        Assert.True(response.Candidates![0].ExtensionData!["futureField"].GetBoolean());
        Assert.Equal("x", response.Candidates[0].Content!.Parts![0].ExtensionData!["partFuture"].GetProperty("nested").GetString());
        Assert.Equal("sb-1", response.Candidates[0].Content!.Parts![1].CodeExecutionResult!.ExtensionData!["sandboxId"].GetString());
        JsonAssert.Equal(json, Write(response));
    }

    [Fact]
    public void An_unknown_enum_value_is_kept_while_known_values_read_as_the_enum()
    {
        var result = Read<CodeExecutionResult>("""{"outcome": "OUTCOME_SANDBOX_EVICTED", "output": "partial"}""");
        Assert.Null(result.Outcome);
        Assert.Equal("OUTCOME_SANDBOX_EVICTED", result.ExtensionData!["outcome"].GetString());
        Assert.Equal("""{"output":"partial","outcome":"OUTCOME_SANDBOX_EVICTED"}""", Write(result));

        Assert.Equal(CodeExecutionResultOutcome.DeadlineExceeded, Read<CodeExecutionResult>("""{"outcome": "OUTCOME_DEADLINE_EXCEEDED"}""").Outcome);

        // Setting the typed value replaces the kept raw one instead of writing the name twice.
        result.Outcome = CodeExecutionResultOutcome.Failed;
        Assert.Equal("""{"output":"partial","outcome":"OUTCOME_FAILED"}""", Write(result));
    }

    [Fact]
    public void Unknown_properties_are_written_after_the_known_ones_in_document_order_at_every_depth()
    {
        // Compared as text, so key order counts (JsonAssert ignores it): known ones in schema order.
        var json = """{"zeta":1,"candidates":[{"omega":true,"content":{"parts":[{"yy":1,"text":"a","aa":2}],"mu":[],"role":"model"},"alpha":"x","index":0}],"beta":{"z":1,"a":2},"modelVersion":"m"}""";
        Assert.Equal(
            """{"candidates":[{"index":0,"content":{"role":"model","parts":[{"text":"a","yy":1,"aa":2}],"mu":[]},"omega":true,"alpha":"x"}],"modelVersion":"m","zeta":1,"beta":{"z":1,"a":2}}""",
            Write(Read<GenerateContentResponse>(json)));
    }

    [Fact]
    public void Durations_and_timestamps_outside_Google_s_range_are_refused()
    {
        Assert.True(GoogleDuration.TryParse("315576000000.999999999s", out _));
        Assert.False(GoogleDuration.TryParse("315576000001s", out _));
        Assert.False(GoogleDuration.TryParse("-315576000001s", out _));
        var tooLong = Assert.Throws<ArgumentOutOfRangeException>(() => new GoogleDuration(TimeSpan.FromSeconds(GoogleDuration.MaxSeconds + 1)));
        Assert.Equal("value", tooLong.ParamName);
        Assert.Equal("-315576000000s", new GoogleDuration(TimeSpan.FromSeconds(-GoogleDuration.MaxSeconds)).ToString());

        // The range is the UTC instant's: +00:01 at the first minute of year 1 is still year 0 in UTC.
        Assert.False(GoogleTimestamp.TryParse("0001-01-01T00:00:00+00:01", out _));
        Assert.True(GoogleTimestamp.TryParse("0001-01-01T00:00:00-00:01", out _));
        Assert.False(GoogleTimestamp.TryParse("9999-12-31T23:59:59-00:01", out _));
    }

    [Fact]
    public void An_enum_is_a_name_a_number_is_kept_raw_and_other_tokens_throw()
    {
        var kept = Read<CodeExecutionResult>("""{"outcome": 2}""");
        Assert.Null(kept.Outcome);
        Assert.Equal("""{"outcome":2}""", Write(kept));
        foreach (var wrong in new[] { "true", "false", "[\"OUTCOME_OK\"]", "{}" })
        {
            var exception = Assert.Throws<JsonException>(() => Read<CodeExecutionResult>("{\"outcome\": " + wrong + "}"));
            Assert.Contains("$.outcome", exception.Message);
        }

        Assert.Throws<JsonException>(() => Read<GenerationConfig>("""{"responseModalities": ["TEXT", true]}"""));
        Assert.Throws<JsonException>(() => Read<GenerationConfig>("""{"responseModalities": ["TEXT", null]}"""));
    }

    [Fact]
    public void Raw_entries_under_a_set_property_s_json_or_snake_case_name_are_not_written_beside_it()
    {
        var part = new Part { Text = "typed", ExtensionData = new() };
        part.ExtensionData["text"] = JsonDocument.Parse("\"raw\"").RootElement;
        part.ExtensionData["thought_signature"] = JsonDocument.Parse("\"c2ln\"").RootElement;
        part.ExtensionData["future_field"] = JsonDocument.Parse("1").RootElement;
        // thoughtSignature is not set, so its raw snake_case entry still goes out; text is set, so its raw copy does not.
        Assert.Equal("""{"text":"typed","thought_signature":"c2ln","future_field":1}""", Write(part));
        part.ThoughtSignature = new byte[] { 1 };
        Assert.Equal("""{"text":"typed","thoughtSignature":"AQ==","future_field":1}""", Write(part));
    }

    [Fact]
    public void An_enum_array_with_an_unknown_value_is_kept_whole()
    {
        var config = Read<GenerationConfig>("""{"responseModalities": ["TEXT", "HOLOGRAM"]}""");
        Assert.Null(config.ResponseModalities);
        Assert.Equal("""{"responseModalities":["TEXT","HOLOGRAM"]}""", Write(config));
        Assert.Equal([GenerationConfigResponseModalities.Text, GenerationConfigResponseModalities.Image], Read<GenerationConfig>("""{"responseModalities": ["TEXT", "IMAGE"]}""").ResponseModalities);
    }

    [Fact]
    public void Int64_is_written_as_a_string_and_read_from_strings_or_numbers()
    {
        Assert.Equal(9007199254740993L, Read<Gemini.File>("""{"sizeBytes": "9007199254740993"}""").SizeBytes);
        Assert.Equal(42L, Read<Gemini.File>("""{"sizeBytes": 42}""").SizeBytes);
        Assert.Equal("""{"sizeBytes":"-5"}""", Write(new Gemini.File { SizeBytes = -5 }));
        Assert.Equal(ulong.MaxValue, Read<GdataMedia>("""{"timestamp": "18446744073709551615"}""").Timestamp);
        Assert.Equal("""{"timestamp":"18446744073709551615"}""", Write(new GdataMedia { Timestamp = ulong.MaxValue }));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("3.0")]
    [InlineData("3e0")]
    [InlineData("\"3\"")]
    public void Integers_accept_any_integral_number_form(string json)
    {
        Assert.Equal(3, Read<Candidate>("{\"index\": " + json + "}").Index);
        Assert.Equal(3L, Read<Gemini.File>("{\"sizeBytes\": " + json + "}").SizeBytes);
    }

    [Theory]
    [InlineData("3.5", true)]
    [InlineData("1e10", true)]
    [InlineData("-1", false)]
    public void Integers_reject_fractions_and_out_of_range_values(string json, bool badForInt32)
    {
        var int32 = "{\"promptTokensDetails\": [], \"cachedContentTokenCount\": " + json + ", \"totalTokenCount\": 1}";
        if (badForInt32)
        {
            Assert.Contains("$.cachedContentTokenCount", Assert.Throws<JsonException>(() => Read<UsageMetadata>(int32)).Message);
        }
        else
        {
            Assert.Equal(-1, Read<UsageMetadata>(int32).CachedContentTokenCount);
        }

        // uint32 rejects all three.
        Assert.Contains("$.crc32cHash", Assert.Throws<JsonException>(() => Read<GdataMedia>("{\"crc32cHash\": " + json + "}")).Message);
    }

    [Fact]
    public void Floats_and_doubles_accept_the_special_strings()
    {
        Assert.True(float.IsNaN(Read<GenerationConfig>("""{"temperature": "NaN"}""").Temperature!.Value));
        Assert.Equal(float.PositiveInfinity, Read<GenerationConfig>("""{"temperature": "Infinity"}""").Temperature);
        Assert.Equal(double.NegativeInfinity, Read<Candidate>("""{"avgLogprobs": "-Infinity"}""").AvgLogprobs);
        Assert.Equal(0.25f, Read<GenerationConfig>("""{"temperature": 0.25}""").Temperature);
        Assert.Equal("""{"avgLogprobs":"-Infinity"}""", Write(new Candidate { AvgLogprobs = double.NegativeInfinity }));
        Assert.Equal("""{"temperature":"NaN"}""", Write(new GenerationConfig { Temperature = float.NaN }));
    }

    [Theory]
    [InlineData("+/8=", new byte[] { 0xFB, 0xFF })]
    [InlineData("-_8=", new byte[] { 0xFB, 0xFF })]
    [InlineData("-_8", new byte[] { 0xFB, 0xFF })]
    [InlineData("+/8", new byte[] { 0xFB, 0xFF })]
    [InlineData("AQIDBA", new byte[] { 1, 2, 3, 4 })]
    public void Bytes_read_standard_and_url_safe_base64_with_or_without_padding(string base64, byte[] expected)
    {
        var part = Read<Part>("{\"thoughtSignature\": \"" + base64 + "\"}");
        Assert.Equal(expected, part.ThoughtSignature!.ToArray());
        Assert.Equal("{\"thoughtSignature\":\"" + System.Convert.ToBase64String(expected) + "\"}", Write(part));
    }

    [Fact]
    public void Thought_signatures_survive_a_round_trip_byte_for_byte()
    {
        var signature = Enumerable.Range(0, 2048).Select(i => (byte)(i * 7 % 256)).ToArray();
        var content = new Content { Role = "model", Parts = [new Part { ExecutableCode = new ExecutableCode { Code = "x" }, ThoughtSignature = signature }] };
        var back = Read<Content>(Write(content));
        Assert.Equal(signature, back.Parts![0].ThoughtSignature!.ToArray());
    }

    [Theory]
    [InlineData("2026-07-17T10:20:30.123456789Z")]
    [InlineData("2026-07-17T10:20:30Z")]
    [InlineData("2026-07-17T10:20:30.5+05:30")]
    [InlineData("1969-12-31T23:59:59.999999999-08:00")]
    public void Timestamps_keep_every_digit_and_their_offset(string text)
    {
        var cached = Read<CachedContent>("{\"createTime\": \"" + text + "\"}");
        Assert.Equal(text, cached.CreateTime.ToString());

        // The default encoder escapes '+' as \u002B; the value is the same.
        Assert.Equal(text, JsonDocument.Parse(Write(cached)).RootElement.GetProperty("createTime").GetString());
    }

    [Fact]
    public void Timestamps_expose_nanoseconds_and_the_instant()
    {
        var time = Read<CachedContent>("""{"createTime": "2026-07-17T10:20:30.123456789+02:00"}""").CreateTime!.Value;
        Assert.Equal(123456789, time.Nanoseconds);
        Assert.Equal(new System.DateTimeOffset(2026, 7, 17, 8, 20, 30, System.TimeSpan.Zero).AddTicks(1234567), time.ToDateTimeOffset().ToUniversalTime());
        Assert.Equal(System.TimeSpan.FromHours(2), time.Offset);
    }

    [Theory]
    [InlineData("1.5s", 1, 500000000)]
    [InlineData("-0.000000001s", 0, -1)]
    [InlineData("3600s", 3600, 0)]
    public void Durations_use_the_seconds_form(string text, long seconds, int nanoseconds)
    {
        var cached = Read<CachedContent>("{\"ttl\": \"" + text + "\"}");
        Assert.Equal(seconds, cached.Ttl!.Value.Seconds);
        Assert.Equal(nanoseconds, cached.Ttl.Value.Nanoseconds);
        Assert.Equal("{\"ttl\":\"" + text + "\"}", Write(cached));
    }

    [Fact]
    public void Field_masks_are_kept_as_written()
        => Assert.Equal("""{"fieldMask":"a.b,cD"}""", Write(Read<AuthToken>("""{"fieldMask": "a.b,cD"}""")));

    [Fact]
    public void Any_values_maps_and_the_recursive_schema_are_lossless()
    {
        const string json = """
            {"name": "f", "args": {"n": 1, "list": [true, null, {"x": "y"}], "none": null},
             "schema": {"type": "OBJECT", "properties": {"child": {"type": "ARRAY", "items": {"type": "OBJECT", "properties": {"leaf": {"type": "STRING", "default": null}}}}}}}
            """;
        var call = Read<FunctionCall>(json);
        Assert.Equal(JsonValueKind.Null, call.Args!["none"].ValueKind);
        JsonAssert.Equal(json, Write(call));

        var schema = Read<Schema>("""{"type": "OBJECT", "properties": {"child": {"type": "ARRAY", "items": {"type": "STRING"}}}}""");
        Assert.Equal(SchemaType.String, schema.Properties!["child"].Items!.Type);
    }

    [Fact]
    public void A_single_object_where_an_array_belongs_reads_as_one_element()
    {
        var request = Read<GenerateContentRequest>("""{"contents": {"parts": {"text": "hi"}}}""");
        Assert.Equal("hi", Assert.Single(Assert.Single(request.Contents!).Parts!).Text);
        Assert.Equal("""{"contents":[{"parts":[{"text":"hi"}]}]}""", Write(request));
    }

    [Theory]
    [InlineData("ai.google.dev__code-execution__rest-enable.request.txt", """{"tools":[{"codeExecution":{}}],"contents":[{"parts":[{"text":"What is the sum of the first 50 prime numbers? Generate and run code for the calculation, and make sure you get all 50."}]}]}""")]
    [InlineData("ai.google.dev__code-execution__rest-chat.request.txt", """{"contents":[{"parts":[{"text":"Write code to print \u0022Hello world!\u0022 and execute it"}],"role":"user"},{"parts":[{"executableCode":{"code":"\nprint(\u0022hello world!\u0022)\n","id":"a1b2c3d4","language":"PYTHON"},"thoughtSignature":"..."},{"codeExecutionResult":{"id":"a1b2c3d4","output":"hello world!\n","outcome":"OUTCOME_OK"}},{"text":"I have printed \u0022hello world!\u0022 using the provided python code block. \n","thoughtSignature":"..."}],"role":"model"},{"parts":[{"text":"What is the sum of the first 50 prime numbers? Generate and run code for the calculation, and make sure you get all 50."}],"role":"user"}],"tools":[{"codeExecution":{}}]}""")]
    public void The_documentation_REST_bodies_read_leniently_and_write_canonically(string file, string canonical)
    {
        var body = Samples.Read("requests", file);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<GenerateContentRequest>(body));

        var request = ModelJson.DeserializeLenient<GenerateContentRequest>(body)!;
        Assert.NotNull(request.Tools![0].CodeExecution);
        JsonAssert.Equal(canonical, ModelJson.Serialize(request));

        // The canonical form is strict JSON (the "..." placeholder still needs lenient reading) and reads back the same.
        JsonAssert.Equal(canonical, ModelJson.Serialize(ModelJson.DeserializeLenient<GenerateContentRequest>(ModelJson.Serialize(request))));
        using var strict = JsonDocument.Parse(ModelJson.Serialize(request));
    }

    [Fact]
    public void Enums_serialize_alone_as_their_wire_names()
    {
        Assert.Equal("\"OUTCOME_OK\"", JsonSerializer.Serialize(CodeExecutionResultOutcome.Ok));
        Assert.Equal(CodeExecutionResultOutcome.Failed, JsonSerializer.Deserialize<CodeExecutionResultOutcome>("\"OUTCOME_FAILED\""));
        Assert.Equal("OUTCOME_OK", CodeExecutionResultOutcomeConverter.WireName(CodeExecutionResultOutcome.Ok).Value);
    }

    [Fact]
    public void Escaped_property_names_and_values_are_understood()
    {
        var part = Read<Part>("""{"\u0074hought": true, "executable\u005fcode": {"language": "PY\u0054HON", "code": "caf\u00e9"}}""");
        Assert.True(part.Thought);
        Assert.Equal("café", part.ExecutableCode!.Code);
        Assert.Equal(ExecutableCodeLanguage.Python, part.ExecutableCode.Language);
    }
}
