using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Contracts.Tests.Infrastructure;
using Gemini;
using Gemini.Serialization;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>
/// <c>client.Files.WaitUntilActiveAsync</c> against a loopback server playing <c>files.get</c>: it polls
/// until <c>ACTIVE</c>, fails with the file's error on <c>FAILED</c>, and stops at its timeout or when
/// cancelled, never showing the key.
/// </summary>
public class FileActivationTests
{
    private const string Key = "AIzaSyC7x9Qm2LrT4vWb8NpK3hJd6FgZs1YeUoA";

    private static string FileJson(string state, string extra = "") => $$"""
        {"name": "files/abc-123", "mimeType": "text/csv", "sizeBytes": "1024",
         "uri": "https://generativelanguage.googleapis.com/v1beta/files/abc-123", "state": "{{state}}"{{extra}}}
        """;

    /// <summary>A server whose answer to the n-th <c>files.get</c> (from 1) is <paramref name="answer"/>(n).</summary>
    private static Task<LoopbackServer> FilesServer(Func<int, string> answer)
    {
        var polls = 0;
        return LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer(Interlocked.Increment(ref polls)));
        });
    }

    private static GenerativeLanguageClient Client(LoopbackServer server)
    {
        var client = new GenerativeLanguageClient(server.CreateClient(), Key);
        client.Files.FirstPollDelay = TimeSpan.FromMilliseconds(5);
        return client;
    }

    [Fact]
    public async Task A_file_that_is_processing_is_polled_until_it_is_active()
    {
        await using var server = await FilesServer(poll => FileJson(poll < 3 ? "PROCESSING" : "ACTIVE"));

        var file = await Client(server).Files.WaitUntilActiveAsync("files/abc-123");

        Assert.Equal(FileState.Active, file.State);
        Assert.Equal("https://generativelanguage.googleapis.com/v1beta/files/abc-123", file.Uri);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal(("GET", "/v1beta/files/abc-123"), (request.Method, request.Target)));
        Assert.All(server.Requests, request => Assert.Equal(Key, request.Headers["x-goog-api-key"]));
    }

    [Fact]
    public async Task An_active_file_costs_one_poll_and_a_bare_id_gets_the_files_prefix()
    {
        await using var server = await FilesServer(_ => FileJson("ACTIVE"));

        await Client(server).Files.WaitUntilActiveAsync("abc-123");

        Assert.Equal("/v1beta/files/abc-123", server.Single.Target);
    }

    [Fact]
    public async Task A_failed_file_throws_with_its_error_and_the_file()
    {
        await using var server = await FilesServer(poll => poll < 2
            ? FileJson("PROCESSING")
            : FileJson("FAILED", """, "error": {"code": 3, "message": "The video codec is not supported."}"""));

        var exception = await Assert.ThrowsAsync<FileProcessingException>(() => Client(server).Files.WaitUntilActiveAsync("files/abc-123"));

        Assert.Equal(3, exception.Error!.Code);
        Assert.Equal("The video codec is not supported.", exception.Error.Message);
        Assert.Equal("files/abc-123", exception.File.Name);
        Assert.Equal(FileState.Failed, exception.File.State);
        Assert.Equal("The file files/abc-123 failed processing (code 3: The video codec is not supported.).", exception.Message);
        Assert.DoesNotContain(Key, exception.ToString());
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_file_that_stays_processing_times_out_naming_the_file_and_the_time_waited()
    {
        await using var server = await FilesServer(_ => FileJson("PROCESSING"));

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => Client(server).Files.WaitUntilActiveAsync("abc-123", TimeSpan.FromMilliseconds(300)));

        Assert.Matches(@"^The file files/abc-123 was not ACTIVE after 0\.[0-9]+ s \(timeout 0\.3 s; last state: PROCESSING\)\.$", exception.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
        Assert.DoesNotContain(Key, exception.ToString());
        Assert.True(server.Requests.Count > 1, server.Requests.Count + " polls");
    }

    [Fact]
    public async Task Cancellation_stops_the_wait_with_OperationCanceledException()
    {
        await using var server = await FilesServer(_ => FileJson("PROCESSING"));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(server).Files.WaitUntilActiveAsync("files/abc-123", cancellationToken: cancellation.Token));

        Assert.DoesNotContain(Key, exception.ToString());
        Assert.True(cancellation.IsCancellationRequested);
    }

    [Fact]
    public async Task An_error_answer_is_Googles_error_without_the_key()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 403;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error": {"code": 403, "message": "Permission denied for key """ + context.Request.Headers["x-goog-api-key"] + """.", "status": "PERMISSION_DENIED"}}""");
        });

        var exception = await Assert.ThrowsAsync<GoogleApiException>(() => Client(server).Files.WaitUntilActiveAsync("files/abc-123"));

        Assert.Equal(403, exception.Status.Code);
        Assert.DoesNotContain(Key, exception.ToString());
    }

    [Fact]
    public async Task Arguments_are_checked_before_anything_is_sent()
    {
        await using var server = await FilesServer(_ => FileJson("ACTIVE"));
        var files = Client(server).Files;

        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentNullException>(() => files.WaitUntilActiveAsync(null!))).ParamName);
        Assert.Equal("timeout", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => files.WaitUntilActiveAsync("abc", TimeSpan.Zero))).ParamName);
        Assert.Equal("timeout", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => files.WaitUntilActiveAsync("abc", TimeSpan.FromSeconds(-1)))).ParamName);
        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentException>(() => files.WaitUntilActiveAsync(""))).ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void The_default_timeout_is_five_minutes() => Assert.Equal(TimeSpan.FromMinutes(5), GenerativeLanguageClient.FilesResource.DefaultActivationTimeout);

    [Fact]
    public void FromFile_writes_a_fileData_part_with_the_files_uri_and_type()
    {
        var file = ModelJson.Deserialize<File>(FileJson("ACTIVE"))!;

        var json = ModelJson.Serialize(Part.FromFile(file));

        JsonAssert.Equal("""{"fileData": {"mimeType": "text/csv", "fileUri": "https://generativelanguage.googleapis.com/v1beta/files/abc-123"}}""", json);
    }

    [Fact]
    public void FromFile_rejects_a_null_file_and_a_file_without_a_uri()
    {
        Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => Part.FromFile(null!)).ParamName);
        var exception = Assert.Throws<ArgumentException>(() => Part.FromFile(new File { Name = "files/abc-123" }));
        Assert.Equal("file", exception.ParamName);
        Assert.Contains("files/abc-123", exception.Message);
    }
}
