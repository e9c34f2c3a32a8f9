using System;
using System.Text;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Microsoft.Extensions.AI;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>
/// Files reach the model through the <c>IChatClient</c>: <c>HostedFileContent</c> and <c>UriContent</c> as
/// <c>fileData</c> parts, <c>DataContent</c> as <c>inlineData</c>, and a <c>HostedCodeInterpreterTool</c>'s
/// inputs appended to the last user turn. Asserted on the JSON the server receives.
/// </summary>
public class ChatFileInputTests
{
    private const string Answer = """{"candidates": [{"content": {"role": "model", "parts": [{"text": "Done."}]}, "finishReason": "STOP"}]}""";

    private static async Task<string> SentBody(ChatMessage[] messages, ChatOptions? options = null)
    {
        await using var server = await LoopbackServer.ServingAsync(Answer);
        var chat = new GenerativeLanguageClient(server.CreateClient(), ClientRequestTests.Key).AsIChatClient("gemini-2.5-flash");
        await chat.GetResponseAsync(messages, options);
        return server.Single.Body;
    }

    [Fact]
    public async Task Code_interpreter_inputs_are_appended_to_the_last_user_turn()
    {
        var csv = Encoding.UTF8.GetBytes("x,y\n1,2\n");
        var options = new ChatOptions
        {
            Tools =
            [
                new HostedCodeInterpreterTool
                {
                    Inputs = [new HostedFileContent("files/sales-2024") { MediaType = "text/csv" }, new DataContent(csv, "text/csv")],
                },
            ],
        };

        var body = await SentBody(
            [
                new ChatMessage(ChatRole.User, "Hello."),
                new ChatMessage(ChatRole.Assistant, "Hi."),
                new ChatMessage(ChatRole.User, "Plot y against x."),
            ],
            options);

        JsonAssert.Equal($$$"""
            {"contents": [
              {"role": "user", "parts": [{"text": "Hello."}]},
              {"role": "model", "parts": [{"text": "Hi."}]},
              {"role": "user", "parts": [
                {"text": "Plot y against x."},
                {"fileData": {"mimeType": "text/csv", "fileUri": "https://generativelanguage.googleapis.com/v1beta/files/sales-2024"}},
                {"inlineData": {"mimeType": "text/csv", "data": "{{{Convert.ToBase64String(csv)}}}"}}]}],
             "generationConfig": {},
             "tools": [{"codeExecution": {}}]}
            """, body);
    }

    [Fact]
    public async Task Inputs_with_no_user_turn_become_one()
    {
        var options = new ChatOptions { Tools = [new HostedCodeInterpreterTool { Inputs = [new HostedFileContent("abc-123")] }] };

        var body = await SentBody([new ChatMessage(ChatRole.System, "Be brief.")], options);

        JsonAssert.Equal("""
            {"contents": [{"role": "user", "parts": [{"fileData": {"fileUri": "https://generativelanguage.googleapis.com/v1beta/files/abc-123"}}]}],
             "systemInstruction": {"role": "user", "parts": [{"text": "Be brief."}]},
             "generationConfig": {},
             "tools": [{"codeExecution": {}}]}
            """, body);
    }

    [Fact]
    public async Task The_callers_message_is_not_changed_by_the_inputs()
    {
        var turn = new Content { Role = "user", Parts = [Part.FromText("Summarise the file.")] };
        var message = new ChatMessage(ChatRole.User, "Summarise the file.") { RawRepresentation = turn };
        var options = new ChatOptions { Tools = [new HostedCodeInterpreterTool { Inputs = [new HostedFileContent("files/a")] }] };

        await SentBody([message], options);
        await SentBody([message], options);

        Assert.Single(turn.Parts);
    }

    [Fact]
    public async Task Hosted_files_and_uris_in_messages_are_fileData_parts_and_data_is_inlineData()
    {
        var body = await SentBody(
        [
            new ChatMessage(ChatRole.User,
            [
                new TextContent("Compare these."),
                new HostedFileContent("https://generativelanguage.googleapis.com/v1beta/files/full-uri") { MediaType = "application/pdf" },
                new HostedFileContent("files/by-name") { MediaType = "video/mp4" },
                new HostedFileContent("bare-id"),
                new UriContent(new Uri("gs://bucket/report.pdf"), "application/pdf"),
                new DataContent(new byte[] { 1, 2, 3 }, "image/png"),
            ]),
        ]);

        JsonAssert.Equal("""
            {"contents": [{"role": "user", "parts": [
              {"text": "Compare these."},
              {"fileData": {"mimeType": "application/pdf", "fileUri": "https://generativelanguage.googleapis.com/v1beta/files/full-uri"}},
              {"fileData": {"mimeType": "video/mp4", "fileUri": "https://generativelanguage.googleapis.com/v1beta/files/by-name"}},
              {"fileData": {"fileUri": "https://generativelanguage.googleapis.com/v1beta/files/bare-id"}},
              {"fileData": {"mimeType": "application/pdf", "fileUri": "gs://bucket/report.pdf"}},
              {"inlineData": {"mimeType": "image/png", "data": "AQID"}}]}]}
            """, body);
    }

    [Fact]
    public async Task An_input_with_no_Gemini_form_is_refused_before_anything_is_sent()
    {
        await using var server = await LoopbackServer.ServingAsync(Answer);
        var chat = new GenerativeLanguageClient(server.CreateClient(), ClientRequestTests.Key).AsIChatClient("gemini-2.5-flash");
        var options = new ChatOptions { Tools = [new HostedCodeInterpreterTool { Inputs = [new UsageContent(new UsageDetails())] }] };

        var exception = await Assert.ThrowsAsync<NotSupportedException>(() => chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Go.")], options));

        Assert.Contains(nameof(UsageContent), exception.Message);
        Assert.Empty(server.Requests);
    }
}
