using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Client;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Functions;

/// <summary>The generated AIFunctions with Microsoft.Extensions.AI's FunctionInvokingChatClient, over the generated chat client and a real server.</summary>
public class AIFunctionTests
{
    [Fact]
    public void The_AIFunctions_carry_the_same_names_descriptions_and_schemas()
    {
        var functions = WeatherTools.AsAIFunctions();
        var declarations = WeatherTools.FunctionTool.FunctionDeclarations!;
        Assert.Equal(declarations.Select(d => d.Name), functions.Select(f => f.Name));
        Assert.Equal(declarations.Select(d => d.Description), functions.Select(f => f.Description));
        for (var i = 0; i < functions.Count; i++)
        {
            JsonAssert.Equal(declarations[i].ParametersJsonSchema!.Value.GetRawText(), functions[i].JsonSchema.GetRawText());
        }
    }

    [Fact]
    public async Task FunctionInvokingChatClient_calls_the_generated_function_and_sends_its_answer_back()
    {
        var answers = new Queue<string>(
        [
            """{"responseId": "r1", "candidates": [{"content": {"role": "model", "parts": [{"functionCall": {"id": "f1", "name": "Add", "args": {"a": 2, "b": "40"}}}]}, "finishReason": "STOP"}]}""",
            """{"responseId": "r2", "candidates": [{"content": {"role": "model", "parts": [{"text": "2 + 40 = 42"}]}, "finishReason": "STOP"}]}""",
        ]);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answers.Dequeue());
        });
        var gemini = new GenerativeLanguageClient(server.CreateClient(), ClientRequestTests.Key).AsIChatClient("gemini-2.5-flash");
        using var chat = new ChatClientBuilder(gemini).UseFunctionInvocation().Build();

        var response = await chat.GetResponseAsync("What is 2 + 40?", new ChatOptions { Tools = [.. WeatherTools.AsAIFunctions(), new HostedCodeInterpreterTool()] });

        Assert.Equal("2 + 40 = 42", response.Text);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        using var first = JsonDocument.Parse(requests[0].Body);
        Assert.Equal(["get_weather", "Add", "Echo", "Explode", "WaitAsync"], first.RootElement.GetProperty("tools").EnumerateArray()
            .SelectMany(t => t.TryGetProperty("functionDeclarations", out var d) ? d.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(d => d.GetProperty("name").GetString()));
        using var second = JsonDocument.Parse(requests[1].Body);
        var lastTurn = second.RootElement.GetProperty("contents").EnumerateArray().Last();
        JsonAssert.Equal("""{"role": "user", "parts": [{"functionResponse": {"id": "f1", "name": "Add", "response": {"result": 42}}}]}""", lastTurn.GetRawText());
    }
}
