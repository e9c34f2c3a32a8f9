#pragma warning disable MEAI001 // IHostedFileClient is experimental in Microsoft.Extensions.AI.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using CodeExecGen.Tests;
using Gemini;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>The Files API as a Microsoft.Extensions.AI <c>IHostedFileClient</c>, against a loopback server.</summary>
public class HostedFileClientTests
{
    private static string FileJson(string id) => $$"""
        {"name": "files/{{id}}", "displayName": "Sales {{id}}", "mimeType": "text/csv", "sizeBytes": "1024",
         "createTime": "2026-07-16T10:00:00Z", "uri": "https://generativelanguage.googleapis.com/v1beta/files/{{id}}", "state": "ACTIVE"}
        """;

    private const string NotFound = """{"error": {"code": 404, "message": "File not found.", "status": "NOT_FOUND"}}""";

    private static Task<LoopbackServer> Answering(Func<HttpContext, (int Status, string Body)> answer)
        => LoopbackServer.StartAsync(async context =>
        {
            var (status, body) = answer(context);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        });

    private static IHostedFileClient Files(LoopbackServer server) => new GenerativeLanguageClient(server.CreateClient(), ClientRequestTests.Key).AsIHostedFileClient();

    [Fact]
    public async Task GetFileInfoAsync_maps_the_file_and_a_bare_id_gets_the_prefix()
    {
        await using var server = await Answering(_ => (200, FileJson("abc-123")));

        var file = await Files(server).GetFileInfoAsync("abc-123");

        Assert.Equal("/v1beta/files/abc-123", server.Single.Target);
        Assert.NotNull(file);
        Assert.Equal("files/abc-123", file.FileId);
        Assert.Equal("text/csv", file.MediaType);
        Assert.Equal("Sales abc-123", file.Name);
        Assert.Equal(1024, file.SizeInBytes);
        Assert.Equal(new DateTimeOffset(2026, 7, 16, 10, 0, 0, TimeSpan.Zero), file.CreatedAt);
        Assert.IsType<Gemini.File>(file.RawRepresentation);
    }

    [Fact]
    public async Task A_missing_file_is_null_and_deleting_it_is_false()
    {
        await using var server = await Answering(_ => (404, NotFound));

        Assert.Null(await Files(server).GetFileInfoAsync("files/gone"));
        Assert.False(await Files(server).DeleteAsync("files/gone"));
        Assert.All(server.Requests, request => Assert.Equal("/v1beta/files/gone", request.Target));
    }

    [Fact]
    public async Task DeleteAsync_sends_files_delete()
    {
        await using var server = await Answering(_ => (200, "{}"));

        Assert.True(await Files(server).DeleteAsync("files/abc-123"));

        Assert.Equal(("DELETE", "/v1beta/files/abc-123"), (server.Single.Method, server.Single.Target));
    }

    [Fact]
    public async Task ListFilesAsync_follows_pages_and_stops_at_the_limit()
    {
        await using var server = await Answering(context => context.Request.Query["pageToken"].ToString() switch
        {
            "" => (200, """{"files": [""" + FileJson("a") + "," + FileJson("b") + """], "nextPageToken": "p2"}"""),
            "p2" => (200, """{"files": [""" + FileJson("c") + "," + FileJson("d") + """], "nextPageToken": "p3"}"""),
            _ => (200, """{"files": [""" + FileJson("e") + "]}"),
        });

        var all = await Files(server).ListFilesAsync().ToListAsync();
        var requestsForAll = server.Requests.Count;
        var three = await Files(server).ListFilesAsync(new HostedFileClientOptions { Limit = 3 }).ToListAsync();

        Assert.Equal(["files/a", "files/b", "files/c", "files/d", "files/e"], all.Select(f => f.FileId));
        Assert.Equal(3, requestsForAll);
        Assert.Equal("?pageSize=100", server.Requests.First().Query);
        Assert.Equal(["files/a", "files/b", "files/c"], three.Select(f => f.FileId));
        Assert.Equal("?pageSize=3", server.Requests.ElementAt(requestsForAll).Query);
    }

    [Fact]
    public async Task Download_is_not_supported_and_sends_nothing()
    {
        await using var server = await Answering(_ => (200, "{}"));
        var files = Files(server);

        await Assert.ThrowsAsync<NotSupportedException>(() => files.DownloadAsync("files/abc-123"));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Upload_goes_through_the_media_upload_with_the_file_name_as_display_name()
    {
        await using var server = await FakeUploadServer.StartAsync();
        var files = new GenerativeLanguageClient(server.CreateClient(), server.Key).AsIHostedFileClient();

        var uploaded = await files.UploadAsync(new MemoryStream([1, 2, 3]), "text/csv", "sales.csv");

        var received = Assert.Single(server.Completed);
        Assert.Equal([1, 2, 3], received.Bytes);
        Assert.Equal("text/csv", received.MimeType);
        Assert.Equal("sales.csv", System.Text.Json.JsonDocument.Parse(received.Metadata).RootElement.GetProperty("file").GetProperty("displayName").GetString());
        Assert.Equal("files/abc", uploaded.FileId);
    }

    [Fact]
    public async Task A_listed_file_put_in_a_chat_message_is_a_fileData_part()
    {
        await using var server = await Answering(context => context.Request.Path.Value!.EndsWith(":generateContent", StringComparison.Ordinal)
            ? (200, """{"candidates": [{"content": {"role": "model", "parts": [{"text": "Two rows."}]}}]}""")
            : (200, FileJson("abc-123")));
        var client = new GenerativeLanguageClient(server.CreateClient(), ClientRequestTests.Key);
        var file = (await client.AsIHostedFileClient().GetFileInfoAsync("files/abc-123"))!;

        await client.AsIChatClient("gemini-2.5-flash").GetResponseAsync([new ChatMessage(ChatRole.User, [new TextContent("Count the rows."), file])]);

        JsonAssert.Equal("""
            {"contents": [{"role": "user", "parts": [{"text": "Count the rows."},
              {"fileData": {"mimeType": "text/csv", "fileUri": "https://generativelanguage.googleapis.com/v1beta/files/abc-123"}}]}]}
            """, server.Requests.Last().Body);
    }

    [Fact]
    public void Its_metadata_and_the_client_are_services()
    {
        var client = new GenerativeLanguageClient(new System.Net.Http.HttpClient(), "key");
        var files = client.AsIHostedFileClient();

        Assert.Equal("gemini", files.GetService<HostedFileClientMetadata>()!.ProviderName);
        Assert.Same(client, files.GetService<GenerativeLanguageClient>());
    }
}
