using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CodeExecGen.Runtime.Tests.Infrastructure;
using CodeExecGen.Serialization;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Serialization;

public class StructureReadingTests
{
    private static readonly JsonSerializerOptions Options = JsonSerializerOptions.Default;

    [Fact]
    public void A_single_value_where_an_array_belongs_reads_as_one_element()
    {
        Assert.Equal(new[] { 7 }, Json.Read("7", (ref Utf8JsonReader r) => JsonRuntime.ReadList(ref r, Options, JsonRuntime.Int32Element)));
        Assert.Equal(new[] { 1, 2 }, Json.Read("[1,\"2\"]", (ref Utf8JsonReader r) => JsonRuntime.ReadList(ref r, Options, JsonRuntime.Int32Element)));
        Assert.Null(Json.Read("null", (ref Utf8JsonReader r) => JsonRuntime.ReadList(ref r, Options, JsonRuntime.Int32Element)));
    }

    [Fact]
    public void A_map_reads_its_keys_ordinally_and_refuses_what_is_not_an_object()
    {
        var map = Json.Read("{\"b\":\"x\",\"B\":\"y\"}", (ref Utf8JsonReader r) => JsonRuntime.ReadMap(ref r, Options, JsonRuntime.StringElement))!;

        Assert.Equal(new[] { "B", "b" }, map.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Null(Json.Read("null", (ref Utf8JsonReader r) => JsonRuntime.ReadMap(ref r, Options, JsonRuntime.StringElement)));
        Assert.Throws<JsonException>(() => Json.Read("[]", (ref Utf8JsonReader r) => JsonRuntime.ReadMap(ref r, Options, JsonRuntime.StringElement)));
    }

    [Theory]
    [InlineData("[1,2,\"x\"]", "$[2]")]
    [InlineData("{\"plain_name1\":[1,\"x\"]}", "$.plain_name1[1]")]
    [InlineData("{\"a b\":[null]}", "$['a b'][0]")]
    [InlineData("{\"it's\":[true]}", "$['it\\'s'][0]")]
    public void A_failure_deep_inside_carries_the_path_to_it(string json, string path)
    {
        var thrown = Assert.Throws<JsonException>(() => Json.Read(json, ReadNestedIntegers));

        Assert.True(JsonRuntime.HasPath(thrown));
        var reported = JsonRuntime.WithPath(thrown);
        Assert.EndsWith(" JSON path: " + path + ".", reported.Message);
        Assert.StartsWith(thrown.Message.TrimEnd(), reported.Message);
        Assert.Same(thrown, reported.InnerException);
    }

    [Fact]
    public void PrependPath_records_a_segment_without_catching()
    {
        var exception = new JsonException("boom");

        var caught = Record.Exception(() =>
        {
            try
            {
                throw exception;
            }
            catch (JsonException e) when (JsonRuntime.PrependPath(e, 3) || JsonRuntime.PrependPath(e, "outer"))
            {
                Assert.Fail("the filter caught the exception");
            }
        });

        Assert.Same(exception, caught);
        Assert.EndsWith("JSON path: $.outer[3].", JsonRuntime.WithPath(exception).Message);
    }

    [Fact]
    public void An_exception_without_a_path_is_reported_at_the_root()
    {
        var exception = new JsonException("boom");
        JsonRuntime.PrependPath(exception, propertyName: null);

        Assert.False(JsonRuntime.HasPath(exception));
        Assert.Equal("boom JSON path: $.", JsonRuntime.WithPath(exception).Message);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(JsonRuntime.MaxDepth, false)]
    [InlineData(JsonRuntime.MaxDepth + 1, true)]
    public void An_object_nested_deeper_than_MaxDepth_is_refused_whatever_the_reader_allows(int depth, bool refused)
    {
        var json = new string('[', depth) + "{}" + new string(']', depth);

        var error = Record.Exception(() => EnterObjectAt(json));

        Assert.Equal(refused, error is JsonException);
        if (refused)
        {
            Assert.Contains("nested too deeply", error!.Message);
        }
    }

    [Fact]
    public void Next_refuses_a_buffer_that_ends_in_the_middle_of_a_value()
    {
        var error = Assert.Throws<JsonException>(() => NextAfterTwoTokens("[1,"));

        Assert.Equal("The JSON ends in the middle of a value.", error.Message);
        NextAfterTwoTokens("[1,2]");
    }

    [Fact]
    public void An_escaped_name_is_matched_unescaped_and_a_long_one_is_unknown()
    {
        var seen = new List<string>();
        JsonNameMatcher matcher = name =>
        {
            seen.Add(Encoding.UTF8.GetString(name));
            return name.SequenceEqual("abc"u8) ? 4 : -1;
        };

        Assert.Equal(4, MatchFirstName("{\"\\u0061bc\":1}", matcher));
        Assert.Equal(-1, MatchFirstName("{\"" + new string('x', 257) + "\":1}", matcher));
        Assert.Equal(new[] { "abc" }, seen);
        Assert.Throws<JsonException>(() => MatchFirstName("{\"\\ud800\":1}", matcher));
    }

    [Fact]
    public void KeepRaw_creates_the_extension_data_on_first_use()
    {
        Dictionary<string, JsonElement>? extension = null;
        var reader = new Utf8JsonReader("{\"x\":[1,{\"y\":2}]}"u8);
        reader.Read();
        reader.Read();
        reader.Read();

        JsonRuntime.KeepRaw(ref reader, ref extension, "x");

        Assert.Equal("[1,{\"y\":2}]", extension!["x"].GetRawText());
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void An_enum_array_with_an_unknown_value_is_left_unread_for_keeping_whole()
    {
        var reader = new Utf8JsonReader("[\"RED\",\"PURPLE\"]"u8);
        reader.Read();

        Assert.False(JsonRuntime.TryReadEnumList(ref reader, ParseColor, out var list));
        Assert.Null(list);
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
        Assert.False(Json.Read("[\"RED\",2]", (ref Utf8JsonReader r) => JsonRuntime.TryReadEnumList(ref r, ParseColor, out _)));
    }

    [Fact]
    public void An_enum_array_of_known_values_is_read_and_the_reader_moved_past_it()
    {
        var reader = new Utf8JsonReader("[\"RED\",\"GREEN\"]"u8);
        reader.Read();

        Assert.True(JsonRuntime.TryReadEnumList(ref reader, ParseColor, out var list));
        Assert.Equal(new[] { ConsoleColor.Red, ConsoleColor.Green }, list);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
        Assert.Equal(new[] { ConsoleColor.Green }, Json.Read("\"GREEN\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadEnumList(ref r, ParseColor, out var one) ? one : null));
    }

    [Fact]
    public void A_null_or_an_object_in_an_enum_collection_is_refused_with_its_path()
    {
        var inList = Assert.Throws<JsonException>(() => Json.Read("[\"RED\",null]", (ref Utf8JsonReader r) => JsonRuntime.TryReadEnumList(ref r, ParseColor, out _)));
        var inMap = Assert.Throws<JsonException>(() => Json.Read("{\"a\":\"RED\",\"b\":{}}", (ref Utf8JsonReader r) => JsonRuntime.TryReadEnumMap(ref r, ParseColor, out _)));

        Assert.EndsWith("$[1].", JsonRuntime.WithPath(inList).Message);
        Assert.EndsWith("$.b.", JsonRuntime.WithPath(inMap).Message);
    }

    [Fact]
    public void An_enum_map_is_read_when_every_value_is_known()
    {
        Assert.Equal(
            new Dictionary<string, ConsoleColor> { ["a"] = ConsoleColor.Red, ["b"] = ConsoleColor.Green },
            Json.Read("{\"a\":\"RED\",\"b\":\"GREEN\"}", (ref Utf8JsonReader r) => JsonRuntime.TryReadEnumMap(ref r, ParseColor, out var map) ? map : null));
        Assert.False(Json.Read("{\"a\":\"RED\",\"b\":\"PURPLE\"}", (ref Utf8JsonReader r) => JsonRuntime.TryReadEnumMap(ref r, ParseColor, out _)));
    }

    private static (bool Found, ConsoleColor Value) ParseColor(string name) => name switch
    {
        "RED" => (true, ConsoleColor.Red),
        "GREEN" => (true, ConsoleColor.Green),
        _ => (false, default),
    };

    /// <summary>Either a list of integers, or a map of them (as generated converters nest the readers).</summary>
    private static object? ReadNestedIntegers(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.StartObject
            ? JsonRuntime.ReadMap(ref reader, Options, (ref Utf8JsonReader r, JsonSerializerOptions o) => JsonRuntime.ReadList(ref r, o, JsonRuntime.Int32Element)!)
            : JsonRuntime.ReadList(ref reader, Options, JsonRuntime.Int32Element);

    private static void EnterObjectAt(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 5000 });
        while (reader.Read() && reader.TokenType != JsonTokenType.StartObject)
        {
        }

        JsonRuntime.EnterObject(ref reader);
    }

    /// <summary>Next on a buffer that is not the final block, as a stream's reader has.</summary>
    private static void NextAfterTwoTokens(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), isFinalBlock: false, state: default);
        reader.Read();
        reader.Read();
        JsonRuntime.Next(ref reader);
    }

    private static int MatchFirstName(string json, JsonNameMatcher matcher)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        return JsonRuntime.MatchEscapedName(ref reader, matcher);
    }
}
