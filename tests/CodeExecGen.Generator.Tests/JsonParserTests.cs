using CodeExecGen.Generator.Read.Json;
using Xunit;

namespace CodeExecGen.Generator.Tests;

public class JsonParserTests
{
    [Fact]
    public void Values_remember_their_offsets()
    {
        var root = JsonParser.Parse("{ \"a\" : [1, -2.5e3, \"x\\u00e9\\n\", true, null] }").Root!;
        var member = Assert.Single(root.Members!);
        Assert.Equal(("a", 2, 5), (member.Name, member.NameStart, member.NameEnd));
        var items = member.Value.Items!;
        Assert.Equal(new[] { "1", "-2.5e3", "x\u00e9\n" }, new[] { items[0].Text!, items[1].Text!, items[2].Text! });
        Assert.Equal(JsonNodeKind.True, items[3].Kind);
        Assert.Equal(JsonNodeKind.Null, items[4].Kind);
        Assert.Equal(12, items[1].Start);
        Assert.Equal(18, items[1].End);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 8, "Expected a property name in double quotes")]
    [InlineData("[1 2]", 3, "Expected ',' or ']' in an array")]
    [InlineData("\"abc", 4, "Unterminated JSON string")]
    [InlineData("\"a\\qb\"", 2, "Invalid escape '\\q' in a JSON string")]
    [InlineData("01", 1, "Unexpected text after the end of the JSON document")]
    [InlineData("{\"a\": tru}", 6, "Unexpected character 't'")]
    [InlineData("\"tab\there\"", 4, "Control characters must be escaped in a JSON string")]
    [InlineData("-", 1, "Invalid number")]
    public void Errors_name_the_offset_where_parsing_stopped(string json, int offset, string message)
    {
        var result = JsonParser.Parse(json);
        Assert.Null(result.Root);
        Assert.Equal(message, result.Error);
        Assert.Equal(offset, result.ErrorOffset);
    }

    [Fact]
    public void The_last_duplicate_key_wins()
        => Assert.Equal("2", JsonParser.Parse("{\"a\": 1, \"a\": 2}").Root!.Get("a")!.Text);
}
