using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>The generated IChatClient: both directions of the mapping, call-id pairing, replay, and streaming merge.</summary>
public class ChatClientTests
{
    private const string Key = ClientRequestTests.Key;
    private const string CodeExecutionStream = "FirebaseExtended__vertexai-sdk-test-data__googleai__streaming-success-code-execution.sse";

    private static GenerateContentResponse Response(string file) => ModelJson.Deserialize<GenerateContentResponse>(Samples.Read("responses", file))!;

    private static List<string> Events(string sse) => Regex.Split(sse, "\r?\n\r?\n").Where(e => e.Length > 0).Select(e => e["data: ".Length..]).ToList();

    [Fact]
    public async Task A_code_execution_answer_maps_code_and_result_to_one_call_id()
    {
        var recorded = Samples.Read("responses", "pydantic__pydantic-ai__test_code_execution.1.json");
        await using var server = await LoopbackServer.ServingAsync(recorded);
        var chat = new GenerativeLanguageClient(server.CreateClient(), Key).AsIChatClient("gemini-3-flash-preview");

        var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "What day is it?")], new ChatOptions { Tools = [new HostedCodeInterpreterTool()] });

        JsonAssert.Equal("""{"contents":[{"role":"user","parts":[{"text":"What day is it?"}]}],"generationConfig":{},"tools":[{"codeExecution":{}}]}""", server.Single.Body);
        Assert.Equal("/v1beta/models/gemini-3-flash-preview:generateContent", server.Single.Target);
        var contents = Assert.Single(response.Messages).Contents;
        Assert.Equal([typeof(CodeInterpreterToolCallContent), typeof(CodeInterpreterToolResultContent), typeof(CodeInterpreterToolCallContent), typeof(CodeInterpreterToolResultContent), typeof(TextContent)], contents.Select(c => c.GetType()));

        // Gemini 3 gives code and result an id: it is the CallId of both.
        var firstCall = (CodeInterpreterToolCallContent)contents[0];
        var firstResult = (CodeInterpreterToolResultContent)contents[1];
        Assert.Equal("h0mwtrhs", firstCall.CallId);
        Assert.Equal(firstCall.CallId, firstResult.CallId);
        var code = Assert.IsType<DataContent>(Assert.Single(firstCall.Inputs!));
        Assert.Equal("text/x-python", code.MediaType);
        var raw = ModelJson.Deserialize<GenerateContentResponse>(recorded)!.Candidates![0].Content!.Parts!;
        Assert.Equal(raw[0].ExecutableCode!.Code, Encoding.UTF8.GetString(code.Data.Span));
        Assert.Equal(raw[1].CodeExecutionResult!.Output, Assert.IsType<TextContent>(Assert.Single(firstResult.Outputs!)).Text);

        Assert.Equal("7lr99y60", ((CodeInterpreterToolCallContent)contents[2]).CallId);
        Assert.Equal("7lr99y60", ((CodeInterpreterToolResultContent)contents[3]).CallId);

        // Thought signatures ride along.
        Assert.Equal(raw[0].ThoughtSignature!.ToBase64(), contents[0].AdditionalProperties!["thoughtSignature"]);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.IsType<GenerateContentResponse>(response.RawRepresentation);
    }

    [Fact]
    public void A_failed_outcome_is_an_error_content_never_text()
    {
        var response = GeminiChatClient.ToChatResponse(Response("vercel__ai__google-code-execution-single-combined-result-live-2026-07-16.json"));
        var contents = response.Messages.Single().Contents;
        var call = Assert.IsType<CodeInterpreterToolCallContent>(contents[0]);
        var result = Assert.IsType<CodeInterpreterToolResultContent>(contents[1]);
        Assert.Equal(call.CallId, result.CallId);
        var error = Assert.IsType<ErrorContent>(Assert.Single(result.Outputs!));
        Assert.Equal("OUTCOME_FAILED", error.ErrorCode);
        Assert.Contains("stderr", error.Details);
        Assert.DoesNotContain(result.Outputs!, o => o is TextContent);
    }

    [Theory]
    [InlineData("OUTCOME_DEADLINE_EXCEEDED")]
    [InlineData("OUTCOME_UNSPECIFIED")]
    [InlineData("OUTCOME_SOMETHING_NEW")]
    public void Every_outcome_but_ok_is_an_error_content_with_the_outcome(string outcome)
    {
        var json = """{"responseId": "r", "candidates": [{"content": {"role": "model", "parts": [{"executableCode": {"language": "PYTHON", "code": "while True: pass"}}, {"codeExecutionResult": {"outcome": "OUTCOME", "output": "partial"}}]}}]}""".Replace("\"OUTCOME\"", "\"" + outcome + "\"");
        var contents = GeminiChatClient.ToChatResponse(ModelJson.Deserialize<GenerateContentResponse>(json)!).Messages.Single().Contents;
        var result = Assert.IsType<CodeInterpreterToolResultContent>(contents[1]);
        Assert.Equal("r-code-0", result.CallId);
        var error = Assert.IsType<ErrorContent>(Assert.Single(result.Outputs!));
        Assert.Equal(outcome, error.ErrorCode);
        Assert.Equal("partial", error.Details);
    }

    [Fact]
    public void An_image_the_code_drew_is_an_output_of_that_call()
    {
        const string png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        var json = """
            {"responseId": "r", "candidates": [{"content": {"role": "model", "parts": [
              {"executableCode": {"id": "c1", "language": "PYTHON", "code": "plt.plot([1, 2])"}},
              {"codeExecutionResult": {"id": "c1", "outcome": "OUTCOME_OK", "output": ""}},
              {"inlineData": {"mimeType": "image/png", "data": "PNG"}},
              {"text": "Here is the chart."},
              {"inlineData": {"mimeType": "image/png", "data": "PNG"}}]}}]}
            """.Replace("PNG", png);
        var contents = GeminiChatClient.ToChatResponse(ModelJson.Deserialize<GenerateContentResponse>(json)!).Messages.Single().Contents;

        var image = Assert.IsType<CodeInterpreterToolResultContent>(contents[2]);
        Assert.Equal("c1", image.CallId);
        var data = Assert.IsType<DataContent>(Assert.Single(image.Outputs!));
        Assert.Equal("image/png", data.MediaType);
        Assert.Equal(Convert.FromBase64String(png), data.Data.ToArray());

        // An image after text is the model's own, not the code's.
        Assert.IsType<DataContent>(contents[4]);
    }

    [Fact]
    public void Every_part_of_every_recorded_response_maps_to_one_content_and_back_unchanged()
    {
        var files = Samples.Files("responses", ".json").Where(f => Samples.Read("responses", f) is var text && text.TrimStart().StartsWith('{') && text.Contains("\"parts\"")).ToList();
        Assert.True(files.Count >= 20, string.Join(", ", files));
        foreach (var file in files)
        {
            var recorded = Response(file);
            var chat = GeminiChatClient.ToChatResponse(recorded);
            var message = Assert.Single(chat.Messages);
            var parts = recorded.Candidates![0].Content!.Parts!;
            Assert.Equal(parts.Count, message.Contents.Count);
            for (var i = 0; i < parts.Count; i++)
            {
                Assert.Same(parts[i], message.Contents[i].RawRepresentation);
                Assert.Equal(ExpectedKind(parts[i]), message.Contents[i].GetType());
            }

            // Sent back as history: the recorded content, exactly.
            var client = new GeminiChatClient(new GenerativeLanguageClient(new System.Net.Http.HttpClient(), Key), "m");
            var request = client.CreateRequest(chat.Messages);
            JsonAssert.Equal(ModelJson.Serialize(recorded.Candidates[0].Content), ModelJson.Serialize(request.Contents!.Single()));

            // And rebuilt from the contents alone (RawRepresentation dropped), every text, thought, call and code part survives.
            var rebuilt = client.CreateRequest([new ChatMessage(ChatRole.Assistant, message.Contents.Select(Strip).ToList())]).Contents!.Single();
            Assert.Equal("model", rebuilt.Role);
            var expected = parts.Where(p => ExpectedKind(p) != typeof(AIContent)).ToList();
            Assert.Equal(expected.Select(p => p.Kind), rebuilt.Parts!.Select(p => p.Kind));
            Assert.Equal(expected.Select(p => p.ThoughtSignature), rebuilt.Parts!.Select(p => p.ThoughtSignature));
        }
    }

    private static Type ExpectedKind(Part part) => part.Kind switch
    {
        PartKind.Text when part.Thought == true => typeof(TextReasoningContent),
        PartKind.Text => typeof(TextContent),
        PartKind.ExecutableCode => typeof(CodeInterpreterToolCallContent),
        PartKind.CodeExecutionResult => typeof(CodeInterpreterToolResultContent),
        PartKind.FunctionCall => typeof(FunctionCallContent),
        PartKind.FunctionResponse => typeof(FunctionResultContent),
        PartKind.InlineData => typeof(DataContent),
        PartKind.FileData => typeof(UriContent),
        _ => typeof(AIContent),
    };

    /// <summary>The content as a caller could build it: no RawRepresentation, inputs and outputs copied.</summary>
    private static AIContent Strip(AIContent content)
    {
        AIContent copy = content switch
        {
            TextReasoningContent r => new TextReasoningContent(r.Text) { ProtectedData = r.ProtectedData },
            TextContent t => new TextContent(t.Text),
            CodeInterpreterToolCallContent c => new CodeInterpreterToolCallContent(c.CallId) { Inputs = c.Inputs },
            CodeInterpreterToolResultContent r => new CodeInterpreterToolResultContent(r.CallId) { Outputs = r.Outputs },
            FunctionCallContent f => new FunctionCallContent(f.CallId, f.Name, f.Arguments),
            FunctionResultContent f => new FunctionResultContent(f.CallId, f.Result),
            DataContent d => new DataContent(d.Data, d.MediaType),
            _ => new AIContent(),
        };
        copy.AdditionalProperties = content.AdditionalProperties;
        return copy;
    }

    [Fact]
    public void Contents_built_by_hand_become_parts()
    {
        var client = new GeminiChatClient(new GenerativeLanguageClient(new System.Net.Http.HttpClient(), Key), "m");
        var request = client.CreateRequest(
            [
                new ChatMessage(ChatRole.System, "Be brief."),
                new ChatMessage(ChatRole.User, [new TextContent("Plot it"), new DataContent(new byte[] { 1, 2, 3 }, "image/png"), new UriContent(new Uri("https://example.test/f.pdf"), "application/pdf")]),
                new ChatMessage(ChatRole.Assistant,
                [
                    new CodeInterpreterToolCallContent("c9") { Inputs = [new DataContent(Encoding.UTF8.GetBytes("print(1/0)"), "text/x-python")] },
                    new CodeInterpreterToolResultContent("c9") { Outputs = [new ErrorContent("ZeroDivisionError") { ErrorCode = "OUTCOME_FAILED", Details = "Traceback: ZeroDivisionError" }] },
                    new FunctionCallContent("f1", "get_weather", new Dictionary<string, object?> { ["city"] = "Utrecht", ["days"] = 2 }),
                ]),
                new ChatMessage(ChatRole.Tool, [new FunctionResultContent("f1", JsonDocument.Parse("""{"temp": 11.5}""").RootElement)]),
            ]);

        JsonAssert.Equal("""
            {"systemInstruction": {"role": "user", "parts": [{"text": "Be brief."}]},
             "contents": [
              {"role": "user", "parts": [{"text": "Plot it"}, {"inlineData": {"mimeType": "image/png", "data": "AQID"}}, {"fileData": {"fileUri": "https://example.test/f.pdf", "mimeType": "application/pdf"}}]},
              {"role": "model", "parts": [
                {"executableCode": {"id": "c9", "language": "PYTHON", "code": "print(1/0)"}},
                {"codeExecutionResult": {"id": "c9", "outcome": "OUTCOME_FAILED", "output": "Traceback: ZeroDivisionError"}},
                {"functionCall": {"id": "f1", "name": "get_weather", "args": {"city": "Utrecht", "days": 2}}}]},
              {"role": "user", "parts": [{"functionResponse": {"id": "f1", "name": "get_weather", "response": {"temp": 11.5}}}]}]}
            """, ModelJson.Serialize(request));
    }

    [Fact]
    public void Options_become_generation_config_tools_and_tool_config()
    {
        var client = new GeminiChatClient(new GenerativeLanguageClient(new System.Net.Http.HttpClient(), Key), "m");
        var schema = JsonDocument.Parse("""{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}""").RootElement;
        var request = client.CreateRequest([new ChatMessage(ChatRole.User, "hi")], new ChatOptions
        {
            Instructions = "You are a helpful chatbot.",
            Temperature = 0.5f,
            TopP = 0.9f,
            TopK = 40,
            MaxOutputTokens = 256,
            Seed = 7,
            StopSequences = ["END"],
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema),
            Tools = [new HostedCodeInterpreterTool(), AIFunctionFactory.CreateDeclaration("get_weather", "The weather in a city.", schema)],
            ToolMode = ChatToolMode.RequireSpecific("get_weather"),
        });

        JsonAssert.Equal("""
            {"systemInstruction": {"role": "user", "parts": [{"text": "You are a helpful chatbot."}]},
             "contents": [{"role": "user", "parts": [{"text": "hi"}]}],
             "generationConfig": {"temperature": 0.5, "topP": 0.9, "topK": 40, "maxOutputTokens": 256, "seed": 7, "stopSequences": ["END"],
               "responseMimeType": "application/json", "responseJsonSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}},
             "tools": [{"codeExecution": {}}, {"functionDeclarations": [{"name": "get_weather", "description": "The weather in a city.",
               "parametersJsonSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]}],
             "toolConfig": {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}}}
            """, ModelJson.Serialize(request));
    }

    [Fact]
    public async Task A_three_turn_code_execution_chat_replays_the_history_as_recorded()
    {
        var answers = new Queue<string>(
        [
            Samples.Read("responses", "pydantic__pydantic-ai__test_google_model_code_execution_tool.1.json"),
            Samples.Read("responses", "pydantic__pydantic-ai__test_google_model_code_execution_tool.2.json"),
            Samples.Read("responses", "pydantic__pydantic-ai__test_google_model_code_execution_tool.1.json"),
        ]);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answers.Dequeue());
        });
        var chat = new GenerativeLanguageClient(server.CreateClient(), Key).AsIChatClient("gemini-2.5-pro");
        var options = new ChatOptions { Instructions = "You are a helpful chatbot.", Tools = [new HostedCodeInterpreterTool()] };

        List<ChatMessage> history = [new(ChatRole.User, "What day is today in Utrecht?")];
        history.AddMessages(await chat.GetResponseAsync(history, options));
        history.Add(new ChatMessage(ChatRole.User, "What day is tomorrow?"));
        history.AddMessages(await chat.GetResponseAsync(history, options));
        history.Add(new ChatMessage(ChatRole.User, "And the day after?"));
        await chat.GetResponseAsync(history, options);

        var bodies = server.Requests.Select(r => r.Body).ToList();
        var recordedTurn2 = Samples.Read("requests", "pydantic__pydantic-ai__test_google_model_code_execution_tool.2.request.json");
        JsonAssert.Equal(recordedTurn2, bodies[1]);

        // Turn 3 is turn 2's recorded request, turn 2's recorded answer, and the new question.
        using var turn2 = JsonDocument.Parse(recordedTurn2);
        using var answer2 = JsonDocument.Parse(Samples.Read("responses", "pydantic__pydantic-ai__test_google_model_code_execution_tool.2.json"));
        var expectedContents = turn2.RootElement.GetProperty("contents").EnumerateArray().Select(e => e.GetRawText())
            .Append(answer2.RootElement.GetProperty("candidates")[0].GetProperty("content").GetRawText())
            .Append("""{"role": "user", "parts": [{"text": "And the day after?"}]}""");
        using var turn3 = JsonDocument.Parse(bodies[2]);
        JsonAssert.Equal("[" + string.Join(",", expectedContents) + "]", turn3.RootElement.GetProperty("contents").GetRawText());
    }

    [Fact]
    public async Task Streaming_pairs_a_result_with_code_from_an_earlier_update_and_merges_like_the_unary_call()
    {
        var sse = Samples.Read("responses", CodeExecutionStream);
        var accumulator = new GenerateContentAccumulator();
        foreach (var chunk in Events(sse))
        {
            accumulator.Add(ModelJson.Deserialize<GenerateContentResponse>(chunk)!);
        }

        var unaryJson = ModelJson.Serialize(accumulator.Response);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path.Value!.EndsWith(":streamGenerateContent", StringComparison.Ordinal))
            {
                context.Response.ContentType = "text/event-stream";
                foreach (var piece in sse.Split("\r\n\r\n").Where(p => p.Length > 0))
                {
                    await context.Response.WriteAsync(piece + "\r\n\r\n");
                    await context.Response.Body.FlushAsync();
                }
            }
            else
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(unaryJson);
            }
        });
        var chat = new GenerativeLanguageClient(server.CreateClient(), Key).AsIChatClient("gemini-2.5-flash");
        List<ChatMessage> question = [new(ChatRole.User, "Sum the first 50 primes.")];

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync(question))
        {
            updates.Add(update);
        }

        var codeUpdate = updates.FindIndex(u => u.Contents.OfType<CodeInterpreterToolCallContent>().Any());
        var resultUpdate = updates.FindIndex(u => u.Contents.OfType<CodeInterpreterToolResultContent>().Any());
        Assert.True(resultUpdate > codeUpdate && codeUpdate >= 0, $"code in update {codeUpdate}, result in {resultUpdate}");
        var callId = updates[codeUpdate].Contents.OfType<CodeInterpreterToolCallContent>().Single().CallId;
        Assert.Equal(callId, updates[resultUpdate].Contents.OfType<CodeInterpreterToolResultContent>().Single().CallId);
        Assert.Equal("RUy4aObyJcTujrEPqtKYKQ-code-0", callId);

        var merged = updates.ToChatResponse();
        var unary = await chat.GetResponseAsync(question);
        Assert.Equal(unary.Text, merged.Text);
        Assert.Equal(unary.ResponseId, merged.ResponseId);
        Assert.Equal(unary.ModelId, merged.ModelId);
        Assert.Equal(unary.FinishReason, merged.FinishReason);
        Assert.Equal(unary.Usage!.TotalTokenCount, merged.Usage!.TotalTokenCount);
        Assert.Equal(unary.Usage.InputTokenCount, merged.Usage.InputTokenCount);
        Assert.Equal(unary.Usage.OutputTokenCount, merged.Usage.OutputTokenCount);
        Assert.Equal(Shape(unary), Shape(merged));
    }

    private static List<string> Shape(ChatResponse response) => response.Messages.SelectMany(m => m.Contents).Select(c => c switch
    {
        TextContent t => "text:" + t.Text,
        CodeInterpreterToolCallContent call => "code:" + call.CallId,
        CodeInterpreterToolResultContent result => "result:" + result.CallId + ":" + string.Join("", result.Outputs!.OfType<TextContent>().Select(o => o.Text)),
        _ => c.GetType().Name,
    }).ToList();

    [Theory]
    [InlineData("STOP", "stop")]
    [InlineData("MAX_TOKENS", "length")]
    [InlineData("SAFETY", "content_filter")]
    [InlineData("MALFORMED_FUNCTION_CALL", "MALFORMED_FUNCTION_CALL")]
    [InlineData("A_REASON_FROM_THE_FUTURE", "A_REASON_FROM_THE_FUTURE")]
    public void Finish_reasons_keep_geminis_name(string wire, string expected)
    {
        var json = """{"candidates": [{"content": {"role": "model", "parts": [{"text": "x"}]}, "finishReason": "WIRE"}], "usageMetadata": {"promptTokenCount": 3, "candidatesTokenCount": 5, "totalTokenCount": 20, "thoughtsTokenCount": 12, "cachedContentTokenCount": 1, "toolUsePromptTokenCount": 4}}""".Replace("WIRE", wire);
        var response = GeminiChatClient.ToChatResponse(ModelJson.Deserialize<GenerateContentResponse>(json)!);
        Assert.Equal(expected, response.FinishReason!.Value.Value);
        Assert.Equal(wire, response.AdditionalProperties!["finishReason"]);
        Assert.Equal((3, 5, 20, 12, 1), (response.Usage!.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.TotalTokenCount, response.Usage.ReasoningTokenCount, response.Usage.CachedInputTokenCount));
        Assert.Equal(4, response.Usage.AdditionalCounts!["toolUsePromptTokenCount"]);
    }

    [Fact]
    public async Task Errors_and_metadata_come_through_the_chat_client()
    {
        var recorded = Samples.Read("responses", "FirebaseExtended__vertexai-sdk-test-data__googleai__unary-failure-api-key.json");
        await using var server = await LoopbackServer.ServingAsync(recorded, status: 400);
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);
        var chat = client.AsIChatClient("gemini-2.5-flash");

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => chat.GetResponseAsync("hi"));
        Assert.Equal("API_KEY_INVALID", exception.Status.ErrorInfo!.Reason);

        var metadata = chat.GetService<ChatClientMetadata>()!;
        Assert.Equal(("gemini", "gemini-2.5-flash"), (metadata.ProviderName, metadata.DefaultModelId));
        Assert.Same(client, chat.GetService<GenerativeLanguageClient>());
        Assert.Equal("modelId", Assert.Throws<ArgumentException>(() => client.AsIChatClient("")).ParamName);
    }
}
