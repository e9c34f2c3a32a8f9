using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>Bad input gives a JsonException (that exact type) naming the JSON path and the position; nothing else.</summary>
public class ErrorTests
{
    private static JsonException Fails<T>(string json, JsonSerializerOptions? options = null)
        => Assert.Throws<JsonException>(() => options is null ? JsonSerializer.Deserialize<T>(json) : JsonSerializer.Deserialize<T>(json, options));

    private static void AssertAt(JsonException exception, string path, long line, long bytePosition)
    {
        Assert.Contains("JSON path: " + path + ".", exception.Message);
        Assert.Equal(line, exception.LineNumber);
        Assert.Equal(bytePosition, exception.BytePositionInLine);
    }

    [Fact]
    public void A_type_the_contracts_do_not_know_is_NotSupportedException_every_time()
    {
        // The type info is cached per type on first success; a failure must not be cached, nor become a TypeInitializationException.
        Assert.Throws<System.NotSupportedException>(() => ModelJson.GetTypeInfo<System.Uri>());
        Assert.Throws<System.NotSupportedException>(() => ModelJson.GetTypeInfo<System.Uri>());
        Assert.Same(ModelJson.GetTypeInfo<Part>(), ModelJson.GetTypeInfo<Part>());
    }

    [Fact]
    public void Malformed_json_inside_a_part()
    {
        var exception = Fails<GenerateContentResponse>("{\"candidates\": [{\"content\": {\"parts\": [\n{\"text\": \"a\" \"b\"}]}}]}");
        AssertAt(exception, "$.candidates[0].content.parts[0]", 1, 13); // at the unexpected "b"
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
    }

    [Fact]
    public void An_object_where_a_number_belongs()
    {
        var exception = Fails<GenerateContentResponse>("{\"candidates\": [{\"index\": {\"a\": 1}}]}");
        AssertAt(exception, "$.candidates[0].index", 0, 27);
        Assert.StartsWith("Expected a 32-bit integer but found an object.", exception.Message);
    }

    [Fact]
    public void A_number_where_an_object_belongs()
    {
        var exception = Fails<GenerateContentResponse>("{\"candidates\": [{\"content\": 5}]}");
        AssertAt(exception, "$.candidates[0].content", 0, 29);
        Assert.StartsWith("Expected an object but found a number.", exception.Message);
    }

    [Fact]
    public void Bad_base64()
    {
        var exception = Fails<GenerateContentResponse>("{\"candidates\": [{\"content\": {\"parts\": [{\"thoughtSignature\": \"!!not base64!!\"}]}}]}");
        AssertAt(exception, "$.candidates[0].content.parts[0].thoughtSignature", 0, 76);
        Assert.StartsWith("The value is not base64", exception.Message);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-02-30T00:00:00Z")]
    [InlineData("2026-07-17T10:20:30.1234567890Z")]
    [InlineData("2026-07-17 10:20:30Z")]
    public void Bad_timestamps(string text)
    {
        var exception = Fails<CachedContent>("{\"createTime\": \"" + text + "\"}");
        AssertAt(exception, "$.createTime", 0, 16 + text.Length + 1); // just past the bad value
    }

    [Fact]
    public void Bad_duration_and_out_of_range_integer()
    {
        AssertAt(Fails<CachedContent>("{\"ttl\": \"5 minutes\"}"), "$.ttl", 0, 19);
        AssertAt(Fails<Candidate>("{\"index\": 99999999999}"), "$.index", 0, 21);
        AssertAt(Fails<Gemini.File>("{\"sizeBytes\": \"12x\"}"), "$.sizeBytes", 0, 19);
    }

    [Theory]
    [InlineData("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"a\\ud800b\"}]}}]}", "$.candidates[0].content.parts[0].text")]
    [InlineData("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"\\udc00\"}]}}]}", "$.candidates[0].content.parts[0].text")]
    [InlineData("{\"candidates\": [{\"content\": {\"parts\": [{\"functionCall\": {\"args\": {\"q\": [\"\\ud83d\\u0041\"]}}}]}}]}", "$.candidates[0].content.parts[0].functionCall.args")]
    [InlineData("{\"unknown\": {\"deeper\": \"\\ud800\"}}", "$.unknown")]
    [InlineData("{\"\\ud800\": 1}", "$")]
    public void An_unpaired_surrogate_escape_is_refused_where_it_is_read(string json, string path)
    {
        var exception = Fails<GenerateContentResponse>(json);
        Assert.Contains("unpaired surrogate", exception.Message);
        if (path == "$")
        {
            Assert.Equal("$", exception.Path); // a name at the top: no path inside the value to add
        }
        else
        {
            Assert.Contains("JSON path: " + path + ".", exception.Message);
        }
    }

    /// <summary>
    /// Raw bytes that are not UTF-8 (here 0xFF) are refused wherever they are read, naming the path. Kept raw
    /// (an unknown enum name or property, an <c>any</c> value), they used to read and be written back as
    /// U+FFFD; in a typed string, the error named only <c>$</c>.
    /// </summary>
    [Theory]
    [InlineData("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"a#\"}]}}]}", "$.candidates[0].content.parts[0].text")]
    [InlineData("{\"candidates\": [{\"finishReason\": \"#\"}]}", "$.candidates[0].finishReason")]
    [InlineData("{\"candidates\": [{\"content\": {\"parts\": [{\"functionCall\": {\"args\": {\"q\": [\"\\n#\"]}}}]}}]}", "$.candidates[0].content.parts[0].functionCall.args")]
    [InlineData("{\"unknown\": {\"deeper\": \"#\"}}", "$.unknown")]
    [InlineData("{\"unknown\": {\"#\": 1}}", "$.unknown")]
    public void Bytes_that_are_not_UTF8_are_refused_where_they_are_read(string json, string path)
    {
        var marker = json.IndexOf('#');
        byte[] bytes = [.. Encoding.UTF8.GetBytes(json[..marker]), 0xFF, .. Encoding.UTF8.GetBytes(json[(marker + 1)..])];
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<GenerateContentResponse>(bytes));
        Assert.Contains("not UTF-8", exception.Message);
        Assert.Contains("JSON path: " + path + ".", exception.Message);
    }

    [Fact]
    public void A_surrogate_pair_escape_reads_as_its_character_and_writes_back()
    {
        var read = JsonSerializer.Deserialize<GenerateContentResponse>("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"\\ud83d\\ude00\\\\u\"}]}}], \"extra\": \"\\ud83d\\ude00\"}")!;
        Assert.Equal("\U0001F600\\u", read.Candidates![0].Content!.Parts![0].Text);
        Assert.Contains("\"extra\":\"\\uD83D\\uDE00\"", JsonSerializer.Serialize(read));
    }

    [Fact]
    public void Null_as_an_array_element()
        => AssertAt(Fails<GenerateContentResponse>("{\"candidates\": [{}, null]}"), "$.candidates[1]", 0, 24);

    [Theory]
    [InlineData("")]
    [InlineData("{\"candidates\": [")]
    [InlineData("{\"candidates\": [{\"index\": 1,}]}")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"candidates\": [{\"index\": 1}]} trailing")]
    public void Truncated_or_wrongly_shaped_documents(string json)
    {
        var exception = Fails<GenerateContentResponse>(json);
        Assert.NotNull(exception.LineNumber);
        Assert.NotNull(exception.Path);
    }

    [Fact]
    public void Deep_recursive_schema_beyond_MaxDepth_is_a_JsonException()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            deep.Append("{\"items\": ");
        }

        deep.Append("{}").Append('}', 100_000);
        var json = deep.ToString();

        // Default options: the reader stops at MaxDepth (64).
        var exception = Fails<Schema>(json);
        Assert.Contains("$.items.items", exception.Message);

        // Even when MaxDepth allows it, reading stops before the stack is in danger.
        var permissive = new JsonSerializerOptions { MaxDepth = 1_000_000, TypeInfoResolver = ModelJsonResolver.Default };
        Assert.Contains("nested too deeply", Fails<Schema>(json, permissive).Message);
    }

    [Fact]
    public void A_cycle_in_user_objects_fails_to_write_instead_of_overflowing_the_stack()
    {
        var schema = new Schema();
        schema.Items = schema;
        var options = new JsonSerializerOptions { MaxDepth = 1_000_000, TypeInfoResolver = ModelJsonResolver.Default };
        Assert.Contains("cycle", Assert.Throws<JsonException>(() => JsonSerializer.Serialize(schema, options)).Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(schema));
    }

    [Fact]
    public async Task A_bad_value_in_a_stream_fails_after_the_good_ones()
    {
        var sse = "data: {\"responseId\": \"1\"}\n\ndata: {\"responseId\": \"2\", \"candidates\": 7}\n\n";
        var seen = 0;
        var exception = await Assert.ThrowsAsync<JsonException>(async () =>
        {
            await foreach (var response in ModelJson.ReadStreamAsync<GenerateContentResponse>(new MemoryStream(Encoding.UTF8.GetBytes(sse))))
            {
                seen++;
            }
        });
        Assert.Equal(1, seen);
        Assert.Contains("$.candidates", exception.Message);
    }

    [Fact]
    public void Lenient_reading_still_rejects_what_is_not_json()
        => Assert.Throws<JsonException>(() => ModelJson.DeserializeLenient<GenerateContentRequest>("{\"contents\": [{\"parts\": [{\"text\": }]}]}"));
}
