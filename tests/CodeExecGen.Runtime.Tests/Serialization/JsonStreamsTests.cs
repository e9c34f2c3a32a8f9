using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CodeExecGen.Runtime.Tests.Infrastructure;
using CodeExecGen.Serialization;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Serialization;

public class JsonStreamsTests
{
    [Theory]
    [InlineData("[{\"text\":\"a\"},\n{\"text\":\"b\"}]")]
    [InlineData("\uFEFF \r\n[{\"text\":\"a\"},{\"text\":\"b\"},null]")] // a byte order mark, white space, a null item
    [InlineData("data: {\"text\":\"a\"}\n\ndata: {\"text\":\"b\"}\n\n")]
    [InlineData("data:{\"text\":\"a\"}\r\n\r\ndata: {\"text\":\"b\"}")] // CRLF, no space, no blank line at the end
    [InlineData(": keep-alive\nevent: message\nid: 1\nretry: 10\ndata: {\"text\":\"a\"}\n\ndata: {\"text\":\"b\"}\n\n")]
    [InlineData("{\"text\":\"a\"}\n{\"text\":\"b\"}\n")]
    [InlineData("{\n  \"text\": \"a\"\n}\n{\"text\":\n\"b\"}")] // JSON values spread over lines
    public async Task Each_form_the_endpoint_sends_yields_its_values_in_order(string body)
        => Assert.Equal(new[] { "a", "b" }, (await ReadAll(body)).Select(chunk => chunk.Text));

    [Fact]
    public async Task Multi_line_SSE_data_is_joined_with_newlines()
    {
        var chunks = await ReadAll("data: {\"text\":\ndata: \"a\\nb\"}\n\n");

        Assert.Equal("a\nb", Assert.Single(chunks).Text);
    }

    [Fact]
    public async Task Braces_and_quotes_inside_strings_do_not_end_a_value_spread_over_lines()
    {
        var chunks = await ReadAll("{\"text\": \"} \\\" {\",\n\"more\": 1}\n{\"text\":\"b\"}\n");

        Assert.Equal(new[] { "} \" {", "b" }, chunks.Select(chunk => chunk.Text));
        Assert.Equal(1, chunks[0].ExtensionData!["more"].GetInt32());
    }

    [Fact]
    public async Task An_error_object_in_the_stream_is_a_value_with_its_error_kept()
    {
        var chunks = await ReadAll("data: {\"text\":\"a\"}\n\n{\"error\": {\n  \"code\": 503,\n  \"status\": \"UNAVAILABLE\"\n}}\n");

        Assert.Equal(2, chunks.Count);
        Assert.Equal(503, chunks[1].ExtensionData!["error"].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_unknown_line_fails_after_the_values_before_it()
    {
        var received = new List<string?>();
        var error = await Assert.ThrowsAsync<JsonException>(async () =>
        {
            await foreach (var chunk in JsonStreams.ReadAsync(Utf8("data: {\"text\":\"a\"}\n\n<html>Bad gateway, a proxy's page with a long line</html>\n"), TestJsonContext.Default.Chunk))
            {
                received.Add(chunk.Text);
            }
        });

        Assert.Equal(new[] { "a" }, received);
        Assert.Contains("unexpected line '<html>Bad gateway, a proxy's page with a...'", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    [InlineData(": only a comment\n\n")]
    public async Task A_stream_without_values_yields_nothing(string body)
        => Assert.Empty(await ReadAll(body));

    [Fact]
    public async Task A_null_value_in_SSE_is_refused()
        => await Assert.ThrowsAsync<JsonException>(() => ReadAll("data: null\n\n"));

    [Theory]
    [InlineData("{\"a\":1 \"b\":2}", "{\"a\":1 ,\"b\":2}")]
    [InlineData("[1 2 \"x\" {} [] true null]", "[1 ,2 ,\"x\" ,{} ,[] ,true ,null]")]
    [InlineData("{\"a\":{}\n\"b\":[]\n\"c\":-1.5e+3}", "{\"a\":{}\n,\"b\":[]\n,\"c\":-1.5e+3}")]
    [InlineData("{\"a\":\"x\\\" }{ \\\"y\" \"b\":1}", "{\"a\":\"x\\\" }{ \\\"y\" ,\"b\":1}")] // quotes and brackets inside a string
    [InlineData("{\"a\":[1,2],\"b\":{\"c\":null}}", "{\"a\":[1,2],\"b\":{\"c\":null}}")] // nothing missing
    public void InsertMissingCommas_puts_back_the_commas_between_members_and_elements(string json, string repaired)
    {
        Assert.Equal(repaired, JsonStreams.InsertMissingCommas(json));
        using var parsed = JsonDocument.Parse(repaired);
    }

    [Fact]
    public void InsertMissingCommas_leaves_an_unterminated_string_as_it_is()
        => Assert.Equal("{\"a\":\"x", JsonStreams.InsertMissingCommas("{\"a\":\"x"));

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<List<Chunk>> ReadAll(string body)
    {
        var chunks = new List<Chunk>();
        await foreach (var chunk in JsonStreams.ReadAsync(Utf8(body), TestJsonContext.Default.Chunk))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }
}
