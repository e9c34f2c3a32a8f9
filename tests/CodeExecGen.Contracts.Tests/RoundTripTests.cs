using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Text.Json;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Xunit;

namespace CodeExecGen.Contracts.Tests;

/// <summary>Reading then writing any recorded response or request loses nothing.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Responses => new(Samples.Files("responses", ".json"));

    public static TheoryData<string> Requests => new(Samples.Files("requests", ".json"));

    public static TheoryData<string> Streams => new(Samples.Files("responses", ".sse").Concat(Samples.Files("responses", ".jsonl")));

    [Theory]
    [MemberData(nameof(Responses))]
    public void Every_recorded_response_round_trips(string file)
    {
        var json = Samples.Read("responses", file);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind == JsonValueKind.Array)
        {
            // A streamed response saved whole: a JSON array of responses.
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var text = item.GetRawText();
                JsonAssert.Equal(text, JsonSerializer.Serialize(JsonSerializer.Deserialize<GenerateContentResponse>(text)));
            }

            return;
        }

        var response = JsonSerializer.Deserialize<GenerateContentResponse>(json)!;
        JsonAssert.Equal(json, JsonSerializer.Serialize(response));
        JsonAssert.Equal(json, ModelJson.Serialize(ModelJson.Deserialize<GenerateContentResponse>(json)));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_recorded_request_round_trips(string file)
    {
        var json = Samples.Read("requests", file);
        var request = ModelJson.Deserialize<GenerateContentRequest>(json)!;
        JsonAssert.Equal(json, ModelJson.Serialize(request));
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Every_event_of_every_recorded_stream_round_trips(string file)
    {
        var expected = StreamValues(Samples.Read("responses", file));
        await using var stream = System.IO.File.OpenRead(Path.Combine(Samples.Directory("responses"), file));
        var actual = new List<GenerateContentResponse>();
        await foreach (var response in ModelJson.ReadStreamAsync<GenerateContentResponse>(stream))
        {
            actual.Add(response);
        }

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            JsonAssert.Equal(expected[i], ModelJson.Serialize(actual[i]));
        }
    }

    /// <summary>An independent reading of a recorded stream: SSE events, or blank-line-free JSON values.</summary>
    private static List<string> StreamValues(string text)
    {
        var values = new List<string>();
        foreach (var block in text.Replace("\r\n", "\n").Split("\n\n"))
        {
            var lines = block.Split('\n').Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            if (lines.All(l => l.StartsWith("data:", System.StringComparison.Ordinal)))
            {
                values.Add(string.Join("\n", lines.Select(l => l.Substring(5).TrimStart())));
            }
            else
            {
                var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)), new JsonReaderOptions { AllowMultipleValues = true });
                while (reader.Read())
                {
                    values.Add(JsonElement.ParseValue(ref reader).GetRawText());
                }
            }
        }

        return values;
    }

    [Fact]
    public void Typed_values_are_read_not_just_echoed()
    {
        var json = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__unary-success-code-execution.json");
        var response = ModelJson.Deserialize<GenerateContentResponse>(json)!;
        var parts = response.Candidates![0].Content!.Parts!;
        var code = parts.Single(p => p.ExecutableCode is not null).ExecutableCode!;
        var result = parts.Single(p => p.CodeExecutionResult is not null).CodeExecutionResult!;
        Assert.Equal(ExecutableCodeLanguage.Python, code.Language);
        Assert.Equal(CodeExecutionResultOutcome.Ok, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Output));
        Assert.Null(result.ExtensionData);
        Assert.Null(parts[0].ExtensionData);
    }
}
