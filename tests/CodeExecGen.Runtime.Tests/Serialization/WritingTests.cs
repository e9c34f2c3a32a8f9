using System;
using System.Collections.Generic;
using System.Text.Json;
using CodeExecGen.Runtime.Tests.Infrastructure;
using CodeExecGen.Serialization;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Serialization;

public class WritingTests
{
    [Fact]
    public void Sixty_four_bit_integers_are_written_as_strings_to_their_extremes()
    {
        Assert.Equal("[\"-9223372036854775808\",\"9223372036854775807\",\"18446744073709551615\",\"0\"]", Json.Write(writer =>
        {
            JsonRuntime.StartArray(writer);
            JsonRuntime.WriteInt64String(writer, long.MinValue);
            JsonRuntime.WriteInt64String(writer, long.MaxValue);
            JsonRuntime.WriteUInt64String(writer, ulong.MaxValue);
            JsonRuntime.WriteUInt64String(writer, 0);
            JsonRuntime.EndArray(writer);
        }));
    }

    [Fact]
    public void Float_specials_are_written_as_the_strings_proto3_JSON_uses()
    {
        Assert.Equal("[\"NaN\",\"Infinity\",\"-Infinity\",1.5,\"NaN\",\"-Infinity\",0.25]", Json.Write(writer =>
        {
            JsonRuntime.StartArray(writer);
            JsonRuntime.WriteDoubleValue(writer, double.NaN);
            JsonRuntime.WriteDoubleValue(writer, double.PositiveInfinity);
            JsonRuntime.WriteDoubleValue(writer, double.NegativeInfinity);
            JsonRuntime.WriteDoubleValue(writer, 1.5);
            JsonRuntime.WriteSingleValue(writer, float.NaN);
            JsonRuntime.WriteSingleValue(writer, float.NegativeInfinity);
            JsonRuntime.WriteSingleValue(writer, 0.25f);
            JsonRuntime.EndArray(writer);
        }));
    }

    [Fact]
    public void Float_specials_read_back_as_what_was_written()
    {
        foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.1, double.MaxValue })
        {
            var json = Json.Write(writer => JsonRuntime.WriteDoubleValue(writer, value));
            Assert.Equal(value, Json.Read(json, JsonRuntime.ReadDouble));
        }
    }

    [Fact]
    public void Properties_are_written_under_names_encoded_once()
    {
        var names = JsonRuntime.EncodeNames(new[] { "text", "count", "data", "on" });

        Assert.Equal("{\"text\":\"\\u003C\\u00E9\",\"count\":-1,\"data\":\"AQID\",\"on\":true,\"size\":4294967295,\"map\":{\"k\":\"AQ==\"}}", Json.Write(writer =>
        {
            JsonRuntime.StartObject(writer);
            JsonRuntime.WriteString(writer, names[0], "<é");
            JsonRuntime.WriteInt32(writer, names[1], -1);
            JsonRuntime.WriteBytes(writer, names[2], GoogleBytes.FromCanonicalBase64("AQID"u8)!);
            JsonRuntime.WriteBoolean(writer, names[3], true);
            JsonRuntime.WriteUInt32(writer, JsonRuntime.EncodeName("size"), uint.MaxValue);
            JsonRuntime.WriteName(writer, JsonRuntime.EncodeName("map"));
            JsonRuntime.StartObject(writer);
            JsonRuntime.WriteKey(writer, "k");
            JsonRuntime.WriteBytesValue(writer, new byte[] { 1 });
            JsonRuntime.EndObject(writer);
            JsonRuntime.EndObject(writer);
        }));
    }

    [Theory]
    [InlineData(JsonRuntime.MaxDepth, false)]
    [InlineData(JsonRuntime.MaxDepth + 1, true)]
    public void An_object_deeper_than_MaxDepth_is_a_JsonException_not_a_stack_overflow(int depth, bool refused)
    {
        var error = Record.Exception(() => Json.Write(
            writer =>
            {
                for (var i = 0; i < depth; i++)
                {
                    JsonRuntime.StartArray(writer);
                }

                JsonRuntime.StartObject(writer);
                writer.Flush();
            },
            new JsonWriterOptions { MaxDepth = 5000, SkipValidation = true }));

        Assert.Equal(refused, error is JsonException);
        if (refused)
        {
            Assert.Contains("cycle", error!.Message);
        }
    }

    [Fact]
    public void Extension_data_is_written_except_under_the_name_of_a_set_property()
    {
        var extension = new Dictionary<string, JsonElement>
        {
            ["text"] = JsonDocument.Parse("\"raw\"").RootElement, // typed Text is set: the typed value wins
            ["count"] = JsonDocument.Parse("5").RootElement, // typed Count is not set: kept
            ["unknown"] = JsonDocument.Parse("{\"a\":[1]}").RootElement,
        };
        var setProperties = new HashSet<int> { 0 };

        var json = Json.Write(writer =>
        {
            writer.WriteStartObject();
            JsonRuntime.WriteExtensionData(writer, setProperties, extension, MatchProperty, (set, property) => set.Contains(property));
            writer.WriteEndObject();
        });

        Assert.Equal("{\"count\":5,\"unknown\":{\"a\":[1]}}", json);
    }

    private static int MatchProperty(ReadOnlySpan<byte> name)
        => name.SequenceEqual("text"u8) ? 0 : name.SequenceEqual("count"u8) ? 1 : -1;
}
