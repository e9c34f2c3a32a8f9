using System;
using System.Text;
using System.Text.Json;
using CodeExecGen.Runtime.Tests.Infrastructure;
using CodeExecGen.Serialization;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Serialization;

public class ScalarReadingTests
{
    [Theory]
    [InlineData("123", 123L)]
    [InlineData("\"-123\"", -123L)]
    [InlineData("1.0", 1L)]
    [InlineData("1e3", 1000L)]
    [InlineData("\"1e3\"", 1000L)]
    [InlineData("\"-9223372036854775808\"", long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("\"\\u0031\\u0032\"", 12L)] // escaped digits
    public void A_64_bit_integer_is_read_from_any_whole_number_or_numeric_string(string json, long expected)
        => Assert.Equal(expected, Json.Read(json, JsonRuntime.ReadInt64));

    [Fact]
    public void Unsigned_integers_reach_their_maximum_from_strings()
    {
        Assert.Equal(ulong.MaxValue, Json.Read("\"18446744073709551615\"", JsonRuntime.ReadUInt64));
        Assert.Equal(uint.MaxValue, Json.Read("4294967295", JsonRuntime.ReadUInt32));
    }

    [Theory]
    [InlineData("Int32", "2147483648", "a 32-bit integer but found a number")]
    [InlineData("Int32", "\"1.5\"", "a 32-bit integer but found a string")]
    [InlineData("UInt32", "-1", "an unsigned 32-bit integer")]
    [InlineData("Int64", "1.5", "a 64-bit integer (a string or a number)")]
    [InlineData("Int64", "\"12abc\"", "a 64-bit integer (a string or a number)")]
    [InlineData("Int64", "true", "a 64-bit integer (a string or a number) but found a boolean")]
    [InlineData("Int64", "9223372036854775808", "a 64-bit integer")]
    [InlineData("UInt64", "\"-1\"", "an unsigned 64-bit integer")]
    public void An_integer_out_of_range_or_not_whole_is_refused_saying_what_was_expected(string kind, string json, string expected)
    {
        Action read = kind switch
        {
            "Int32" => () => Json.Read(json, JsonRuntime.ReadInt32),
            "UInt32" => () => Json.Read(json, JsonRuntime.ReadUInt32),
            "Int64" => () => Json.Read(json, JsonRuntime.ReadInt64),
            _ => () => Json.Read(json, JsonRuntime.ReadUInt64),
        };

        var error = Assert.Throws<JsonException>(read);
        Assert.Contains("Expected " + expected, error.Message);
    }

    [Fact]
    public void Null_reads_as_null_for_every_nullable_scalar()
    {
        Assert.Null(Json.Read("null", JsonRuntime.ReadString));
        Assert.Null(Json.Read("null", JsonRuntime.ReadBoolean));
        Assert.Null(Json.Read("null", JsonRuntime.ReadInt32));
        Assert.Null(Json.Read("null", JsonRuntime.ReadUInt32));
        Assert.Null(Json.Read("null", JsonRuntime.ReadInt64));
        Assert.Null(Json.Read("null", JsonRuntime.ReadUInt64));
        Assert.Null(Json.Read("null", JsonRuntime.ReadSingle));
        Assert.Null(Json.Read("null", JsonRuntime.ReadDouble));
    }

    [Fact]
    public void Null_as_an_element_is_refused()
    {
        var error = Assert.Throws<JsonException>(() => Json.Read("null", (ref Utf8JsonReader reader) => JsonRuntime.Int64Element(ref reader, JsonSerializerOptions.Default)));
        Assert.Contains("null is not allowed", error.Message);
        Assert.Throws<JsonException>(() => Json.Read("null", (ref Utf8JsonReader reader) => JsonRuntime.TimestampElement(ref reader, JsonSerializerOptions.Default)));
        Assert.Throws<JsonException>(() => Json.Read("null", (ref Utf8JsonReader reader) => JsonRuntime.BytesElement(ref reader, JsonSerializerOptions.Default)));
    }

    [Theory]
    [InlineData("\"NaN\"", double.NaN)]
    [InlineData("\"Infinity\"", double.PositiveInfinity)]
    [InlineData("\"-Infinity\"", double.NegativeInfinity)]
    [InlineData("\"1.5\"", 1.5)]
    [InlineData("-2.5e-3", -0.0025)]
    public void Doubles_read_numbers_numeric_strings_and_the_special_strings(string json, double expected)
        => Assert.Equal(expected, Json.Read(json, JsonRuntime.ReadDouble));

    [Theory]
    [InlineData("\"nan\"")]
    [InlineData("\"inf\"")]
    [InlineData("1e400")] // a number past double's range does not become infinity
    [InlineData("\"1e400\"")]
    [InlineData("true")]
    public void Doubles_refuse_other_spellings_and_numbers_out_of_range(string json)
        => Assert.Throws<JsonException>(() => Json.Read(json, JsonRuntime.ReadDouble));

    [Fact]
    public void A_float_refuses_a_number_only_a_double_can_hold()
    {
        Assert.Equal(1e38, Json.Read("1e38", JsonRuntime.ReadDouble));
        Assert.Throws<JsonException>(() => Json.Read("1e39", JsonRuntime.ReadSingle));
        Assert.Equal(float.NegativeInfinity, Json.Read("\"-Infinity\"", JsonRuntime.ReadSingle));
    }

    [Fact]
    public void Numbers_split_across_buffers_are_read_whole()
    {
        Assert.Equal(123.456, Json.ReadSegmented("123.456", 3, JsonRuntime.ReadDouble));
        Assert.Equal(1234567890123L, Json.ReadSegmented("\"1234567890123\"", 5, JsonRuntime.ReadInt64));
        Assert.Equal(42, Json.ReadSegmented("42", 1, JsonRuntime.ReadInt32));
    }

    [Theory]
    [InlineData("\"\\u0041\\n\"", "A\n")]
    [InlineData("\"\\ud83d\\ude00\"", "\U0001F600")]
    [InlineData("\"plain\"", "plain")]
    public void Escapes_and_surrogate_pairs_read_as_their_characters(string json, string expected)
        => Assert.Equal(expected, Json.Read(json, JsonRuntime.ReadText));

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00\"")]
    [InlineData("\"\\ud800x\"")]
    [InlineData("\"a\\ud800\\u0041\"")]
    [InlineData("\"\\ud800\\ud800\\udc00\"")]
    [InlineData("\"\\ude00\\ud83d\"")]
    public void An_unpaired_surrogate_escape_is_refused(string json)
    {
        var error = Assert.Throws<JsonException>(() => Json.Read(json, JsonRuntime.ReadText));
        Assert.Contains("unpaired surrogate", error.Message);
    }

    [Fact]
    public void An_unpaired_surrogate_split_across_buffers_is_refused_too()
        => Assert.Throws<JsonException>(() => Json.ReadSegmented("\"ab\\ud800cd\"", 4, JsonRuntime.ReadText));

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_in_text_and_in_raw_values()
    {
        byte[] text = [(byte)'"', (byte)'a', 0xFF, (byte)'"'];
        byte[] raw = [(byte)'{', (byte)'"', (byte)'k', (byte)'"', (byte)':', (byte)'[', (byte)'"', 0xC3, (byte)'"', (byte)']', (byte)'}'];

        Assert.Contains("not UTF-8", Assert.Throws<JsonException>(() => Json.Read(text, JsonRuntime.ReadText)).Message);
        Assert.Contains("not UTF-8", Assert.Throws<JsonException>(() => Json.Read(raw, JsonRuntime.ReadAny)).Message);
    }

    [Theory]
    [InlineData("{\"a\":[{\"\\ud800\":1}]}")] // in a property name
    [InlineData("[1,{\"b\":\"\\udfff\"}]")] // in a value
    public void A_raw_value_is_refused_for_an_unpaired_surrogate_anywhere_in_it(string json)
        => Assert.Throws<JsonException>(() => Json.Read(json, JsonRuntime.ReadAny));

    [Fact]
    public void A_raw_value_is_kept_as_written_and_the_reader_left_on_its_last_token()
    {
        const string json = "{\"a\":[1,\"\\ud83d\\ude00\",{\"b\":null}],\"c\":true}";
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json + " 7"), new JsonReaderOptions { AllowMultipleValues = true });
        reader.Read();

        var element = JsonRuntime.ReadAny(ref reader);

        Assert.Equal(json, element.GetRawText());
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.True(reader.Read());
        Assert.Equal(7, reader.GetInt32());
    }

    [Theory]
    [InlineData("1", "Expected a string but found a number.")]
    [InlineData("{}", "Expected a string but found an object.")]
    public void A_wrong_token_names_what_was_expected_and_what_was_found(string json, string message)
        => Assert.Equal(message, Assert.Throws<JsonException>(() => Json.Read(json, JsonRuntime.ReadString)).Message);

    [Theory]
    [InlineData("\"AQID\"", "AQID")] // canonical: kept and copied back
    [InlineData("\"-_8\"", "+/8=")] // URL-safe without padding
    [InlineData("\"AQ\"", "AQ==")]
    [InlineData("\"AR==\"", "AQ==")] // bits no byte uses
    [InlineData("\"AQ\\u0049D\"", "AQID")] // escaped
    public void Base64_is_read_in_any_form_and_written_back_canonically(string json, string written)
    {
        var value = Json.Read(json, (ref Utf8JsonReader reader) => JsonRuntime.TryReadBytes(ref reader, null, out var bytes) ? bytes : null);

        Assert.NotNull(value);
        Assert.Equal(Convert.FromBase64String(written), value.ToArray());
        Assert.Equal("\"" + written + "\"", Json.Write(writer => JsonRuntime.WriteBytesValue(writer, value)));
    }

    [Fact]
    public void Values_that_do_not_parse_are_refused_unless_the_options_are_lenient()
    {
        var strict = new JsonSerializerOptions();
        var lenient = new JsonSerializerOptions();
        JsonRuntime.MarkLenient(lenient);

        Assert.Throws<JsonException>(() => Json.Read("\"not base64!\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadBytes(ref r, strict, out _)));
        Assert.Throws<JsonException>(() => Json.Read("\"yesterday\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadTimestamp(ref r, strict, out _)));
        Assert.Throws<JsonException>(() => Json.Read("\"a while\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadDuration(ref r, strict, out _)));
        Assert.False(Json.Read("\"not base64!\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadBytes(ref r, lenient, out _)));
        Assert.False(Json.Read("\"yesterday\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadTimestamp(ref r, lenient, out _)));
        Assert.False(Json.Read("\"a while\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadDuration(ref r, lenient, out _)));
    }

    [Fact]
    public void Lenient_options_still_refuse_a_token_of_the_wrong_kind()
    {
        var lenient = new JsonSerializerOptions();
        JsonRuntime.MarkLenient(lenient);

        Assert.Throws<JsonException>(() => Json.Read("12", (ref Utf8JsonReader r) => JsonRuntime.TryReadBytes(ref r, lenient, out _)));
        Assert.Throws<JsonException>(() => Json.Read("12", (ref Utf8JsonReader r) => JsonRuntime.TryReadTimestamp(ref r, lenient, out _)));
        Assert.Throws<JsonException>(() => Json.Read("12", (ref Utf8JsonReader r) => JsonRuntime.TryReadDuration(ref r, lenient, out _)));
    }

    [Fact]
    public void Timestamps_and_durations_read_from_strings()
    {
        Assert.Equal(
            GoogleTimestamp.Parse("2026-07-17T10:20:30.5+01:00"),
            Json.Read("\"2026-07-17T10:20:30.5+01:00\"", (ref Utf8JsonReader r) => JsonRuntime.TryReadTimestamp(ref r, null, out var value) ? value : null));
        Assert.Equal(
            GoogleDuration.Parse("-1.5s"),
            Json.Read("\"-1.5s\"", (ref Utf8JsonReader r) => JsonRuntime.DurationElement(ref r, JsonSerializerOptions.Default)));
    }
}
