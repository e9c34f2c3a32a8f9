using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeExecGen.Http;
using CodeExecGen.Runtime.Tests.Infrastructure;
using CodeExecGen.Tests;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Http;

/// <summary>The upload engine against a fake of Google's upload endpoint on a real Kestrel server.</summary>
public class MediaUploadTests
{
    private const string Method = "media.upload";
    private const string UploadPath = "/upload/v1beta/files";
    private const int Granule = 256 * 1024;

    private static readonly MediaUploadLimits AnyType = new(2147483648L, "*/*");

    [Fact]
    public async Task A_resumable_upload_starts_a_session_then_sends_chunks_the_server_assembles_into_the_source()
    {
        await using var server = await FakeUploadServer.StartAsync();
        var source = Bytes(3 * Granule + 1000);
        var progress = new RecordingProgress();

        var answer = await Upload(server, new MemoryStream(source), progress: progress, metadata: new UploadMetadata { File = new UploadedFileInfo { DisplayName = "x" } });

        var uploaded = Assert.Single(server.Completed);
        Assert.Equal("resumable", uploaded.Protocol);
        Assert.Equal(Sha256(source), uploaded.Sha256);
        Assert.Equal("{\"file\":{\"displayName\":\"x\"}}", uploaded.Metadata);
        Assert.Equal("text/csv", uploaded.MimeType);
        Assert.Equal("files/abc", answer.File!.Name);
        Assert.Equal(source.Length.ToString(), answer.File.SizeBytes);

        var requests = server.Requests.ToArray();
        var start = requests[0];
        Assert.Equal(UploadPath, start.Target);
        Assert.Equal("resumable", start.Headers["X-Goog-Upload-Protocol"]);
        Assert.Equal("start", start.Command);
        Assert.Equal(source.Length.ToString(), start.Headers["X-Goog-Upload-Header-Content-Length"]);
        Assert.Equal("text/csv", start.Headers["X-Goog-Upload-Header-Content-Type"]);
        Assert.StartsWith("application/json", start.Headers["Content-Type"]);
        Assert.Equal(server.Key, start.Headers["x-goog-api-key"]);
        Assert.DoesNotContain(server.Key, string.Concat(requests.Select(r => r.Target)));
        Assert.Equal(new[] { "upload", "upload", "upload", "upload, finalize" }, requests.Skip(1).Select(r => r.Command));
        Assert.Equal(new[] { "0", "262144", "524288", "786432" }, requests.Skip(1).Select(r => r.Headers["X-Goog-Upload-Offset"]));
        Assert.All(requests.Skip(1), r => Assert.StartsWith(FakeUploadServer.SessionPrefix, r.Target));
        AssertProgress(progress, source.Length);
    }

    [Fact]
    public async Task Small_content_of_a_known_length_goes_in_one_multipart_related_request()
    {
        await using var server = await FakeUploadServer.StartAsync();
        var source = Bytes(100_000);

        var answer = await Upload(server, new MemoryStream(source), threshold: 5 * 1024 * 1024, metadata: new UploadMetadata { File = new UploadedFileInfo { DisplayName = "small" } });

        var request = Assert.Single(server.Requests);
        Assert.Equal(UploadPath, request.Target);
        Assert.Equal("multipart", request.Headers["X-Goog-Upload-Protocol"]);
        Assert.StartsWith("multipart/related; boundary=", request.Headers["Content-Type"]);
        Assert.Equal(server.Key, request.Headers["x-goog-api-key"]);
        var uploaded = Assert.Single(server.Completed);
        Assert.Equal("multipart", uploaded.Protocol);
        Assert.Equal("{\"file\":{\"displayName\":\"small\"}}", uploaded.Metadata);
        Assert.Equal("text/csv", uploaded.MimeType);
        Assert.Equal(Sha256(source), uploaded.Sha256);
        Assert.Equal("100000", answer.File!.SizeBytes);
    }

    [Fact]
    public async Task Without_metadata_the_start_sends_an_empty_object()
    {
        await using var server = await FakeUploadServer.StartAsync();

        await Upload(server, new MemoryStream(Bytes(Granule)));

        Assert.Equal("{}", Assert.Single(server.Completed).Metadata);
    }

    [Fact]
    public async Task A_connection_dropped_mid_chunk_resumes_from_the_offset_the_server_holds()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FaultFor = i => i == 1 ? ChunkFault.Drop : ChunkFault.None);
        var source = Bytes(4 * Granule);
        var progress = new RecordingProgress();

        await Upload(server, new MemoryStream(source), chunkSize: 2 * Granule, progress: progress);

        Assert.Equal(Sha256(source), Assert.Single(server.Completed).Sha256);
        var commands = server.Requests.Skip(1).Select(r => r.Command + "@" + r.Headers.GetValueOrDefault("X-Goog-Upload-Offset")).ToArray();
        // The dropped chunk at 512 KiB left one granule with the server: the upload goes on from 768 KiB.
        Assert.Equal(new[] { "upload@0", "upload, finalize@524288", "query@", "upload, finalize@786432" }, commands);
        AssertProgress(progress, source.Length);
    }

    [Fact]
    public async Task A_503_on_a_chunk_is_resumed_after_asking_the_server()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FaultFor = i => i == 1 ? ChunkFault.Unavailable : ChunkFault.None);
        var source = Bytes(3 * Granule);

        await Upload(server, new MemoryStream(source));

        Assert.Equal(Sha256(source), Assert.Single(server.Completed).Sha256);
        Assert.Equal(new[] { "upload", "upload", "query", "upload", "upload, finalize" }, server.Requests.Skip(1).Select(r => r.Command));
    }

    [Fact]
    public async Task A_chunk_acknowledged_in_part_goes_on_from_the_acknowledged_byte()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FaultFor = i => i == 0 ? ChunkFault.AcknowledgeHalf : ChunkFault.None);
        var source = Bytes(4 * Granule + 10);
        var progress = new RecordingProgress();

        await Upload(server, new MemoryStream(source), chunkSize: 2 * Granule, progress: progress);

        Assert.Equal(Sha256(source), Assert.Single(server.Completed).Sha256);
        Assert.Equal(new[] { "0", "262144", "786432" }, server.Requests.Skip(1).Select(r => r.Headers["X-Goog-Upload-Offset"]));
        AssertProgress(progress, source.Length);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_resumed_from_the_one_chunk_it_keeps()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FaultFor = i => i == 2 ? ChunkFault.Drop : ChunkFault.None);
        var source = Bytes(5 * Granule + 7);
        var progress = new RecordingProgress();

        await Upload(server, new ForwardOnlyStream(source), chunkSize: 2 * Granule, progress: progress);

        Assert.Equal(Sha256(source), Assert.Single(server.Completed).Sha256);
        Assert.False(server.Requests.First().Headers.ContainsKey("X-Goog-Upload-Header-Content-Length"));
        Assert.Contains(server.Requests, r => r.Command == "query");
        AssertProgress(progress, source.Length);
    }

    [Fact]
    public async Task A_seekable_stream_seeks_back_when_the_server_lost_what_it_had()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FaultFor = i => i == 2 ? ChunkFault.Forget : ChunkFault.None);
        var source = Bytes(4 * Granule);

        await Upload(server, new MemoryStream(source));

        Assert.Equal(Sha256(source), Assert.Single(server.Completed).Sha256);
        Assert.Equal(2, server.Requests.Count(r => r.Headers.GetValueOrDefault("X-Goog-Upload-Offset") == "0"));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_fails_when_the_server_asks_for_bytes_it_no_longer_holds()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FaultFor = i => i == 2 ? ChunkFault.Forget : ChunkFault.None);

        var error = await Assert.ThrowsAsync<MediaUploadException>(() => Upload(server, new ForwardOnlyStream(Bytes(4 * Granule))));

        Assert.Equal(Method, error.Method);
        Assert.Contains("cannot seek", error.Message);
        Assert.Empty(server.Completed);
        AssertNoSecrets(error, server);
    }

    [Fact]
    public async Task A_final_size_other_than_what_was_sent_is_an_error()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FinalSizeReported = 5);

        var error = await Assert.ThrowsAsync<MediaUploadException>(() => Upload(server, new MemoryStream(Bytes(2 * Granule))));

        Assert.Contains("5 bytes", error.Message);
        AssertNoSecrets(error, server);
    }

    [Fact]
    public async Task A_stream_that_ends_before_its_declared_length_is_an_error_and_nothing_is_finalized()
    {
        await using var server = await FakeUploadServer.StartAsync();

        var error = await Assert.ThrowsAsync<MediaUploadException>(() => Upload(server, new OverstatedLengthStream(Bytes(2 * Granule + 5), extra: 100)));

        Assert.Contains("fewer bytes than the", error.Message);
        Assert.DoesNotContain(server.Requests, r => r.Command == "upload, finalize");
        AssertNoSecrets(error, server);
    }

    [Fact]
    public async Task Cancelling_mid_upload_stops_it_and_sends_nothing_more()
    {
        using var cancellation = new CancellationTokenSource();
        await using var server = await FakeUploadServer.StartAsync(s =>
        {
            s.FaultFor = i => i == 1 ? ChunkFault.Slow : ChunkFault.None;
            s.OnChunk = i =>
            {
                if (i == 1)
                {
                    cancellation.Cancel();
                }
            };
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Upload(server, new MemoryStream(Bytes(4 * Granule)), cancellationToken: cancellation.Token));
        var sent = server.Requests.Count;
        await Task.Delay(700);

        Assert.Equal(3, sent);
        Assert.Equal(sent, server.Requests.Count);
        Assert.Empty(server.Completed);
    }

    [Fact]
    public async Task Content_larger_than_maxSize_is_refused_before_anything_is_sent()
    {
        await using var server = await FakeUploadServer.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Upload(server, new MemoryStream(Bytes(1001)), limits: new MediaUploadLimits(1000, "*/*")));

        Assert.Equal("content", error.ParamName);
        Assert.Empty(server.Requests);
        AssertNoSecrets(error, server);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_stops_once_it_passes_maxSize()
    {
        await using var server = await FakeUploadServer.StartAsync();

        var error = await Assert.ThrowsAsync<MediaUploadException>(() => Upload(server, new ForwardOnlyStream(Bytes(3 * Granule)), limits: new MediaUploadLimits(2 * Granule + 1, "*/*")));

        Assert.Contains("larger than the 524289 bytes", error.Message);
        Assert.Empty(server.Completed);
        AssertNoSecrets(error, server);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/pdf")]
    [InlineData("not a type")]
    public async Task A_mime_type_the_method_does_not_accept_is_refused_before_anything_is_sent(string mimeType)
    {
        await using var server = await FakeUploadServer.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Upload(server, new MemoryStream(Bytes(10)), mimeType: mimeType, limits: new MediaUploadLimits(1000, "image/*", "audio/mpeg")));

        Assert.Equal("mimeType", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("image/png", true)]
    [InlineData("IMAGE/PNG", true)]
    [InlineData("audio/mpeg; rate=44100", true)]
    [InlineData("audio/wav", false)]
    [InlineData("imagex/png", false)]
    [InlineData("image/", false)]
    [InlineData("image", false)]
    public void Accepted_types_match_exactly_or_by_wildcard_ignoring_case_and_parameters(string mimeType, bool accepted)
        => Assert.Equal(accepted, new MediaUploadLimits(1000, "image/*", "audio/mpeg").Accepts(mimeType));

    [Fact]
    public async Task Null_content_or_mime_type_is_refused_by_name()
    {
        await using var server = await FakeUploadServer.StartAsync();

        Assert.Equal("content", (await Assert.ThrowsAsync<ArgumentNullException>(() => Upload(server, null!))).ParamName);
        Assert.Equal("mimeType", (await Assert.ThrowsAsync<ArgumentNullException>(() => Upload(server, new MemoryStream(), mimeType: null!))).ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_chunk_that_keeps_failing_gives_up_after_the_attempts_without_naming_the_session()
    {
        await using var server = await FakeUploadServer.StartAsync(s => s.FaultFor = i => i >= 1 ? ChunkFault.Drop : ChunkFault.None);

        var error = await Assert.ThrowsAsync<MediaUploadException>(() => Upload(server, new MemoryStream(Bytes(8 * Granule)), chunkSize: 4 * Granule));

        Assert.Contains("failed 5 times in a row", error.Message);
        Assert.NotNull(error.InnerException);
        AssertNoSecrets(error, server);
    }

    [Fact]
    public async Task An_error_answer_names_the_method_and_holds_neither_key_nor_session()
    {
        await using var server = await FakeUploadServer.StartAsync();
        var transport = new ApiTransport(server.CreateClient(), "AIzaSyWRONG-key-0123456789", "https://generativelanguage.googleapis.com/", "");

        var error = await Assert.ThrowsAsync<GoogleApiException>(() => transport.UploadAsync(Method, UploadPath, new MemoryStream(Bytes(10)), "text/csv", null, UploadJsonContext.Default.UploadMetadata, UploadJsonContext.Default.UploadAnswer, AnyType, null, CancellationToken.None));

        Assert.Equal(Method, error.Method);
        Assert.StartsWith("media.upload failed with HTTP 401", error.Message);
        AssertNoSecrets(error, server);
    }

    [Fact]
    public void Options_refuse_values_an_upload_cannot_use()
    {
        var options = new MediaUploadOptions();
        Assert.Throws<ArgumentOutOfRangeException>(() => options.ChunkSize = 1000);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.ChunkSize = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxAttempts = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MultipartThreshold = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.RetryDelay = TimeSpan.FromSeconds(-1));
        Assert.Equal(8 * 1024 * 1024, options.ChunkSize);
    }

    private static Task<UploadAnswer> Upload(
        FakeUploadServer server,
        Stream content,
        string mimeType = "text/csv",
        UploadMetadata? metadata = null,
        MediaUploadLimits? limits = null,
        int chunkSize = Granule,
        long threshold = 0,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var transport = new ApiTransport(server.CreateClient(), server.Key, "https://generativelanguage.googleapis.com/", "");
        transport.UploadOptions.ChunkSize = chunkSize;
        transport.UploadOptions.MultipartThreshold = threshold;
        transport.UploadOptions.RetryDelay = TimeSpan.Zero;
        return transport.UploadAsync(Method, UploadPath, content, mimeType, metadata, UploadJsonContext.Default.UploadMetadata, UploadJsonContext.Default.UploadAnswer, limits ?? AnyType, progress, cancellationToken);
    }

    private static void AssertProgress(RecordingProgress progress, long length)
    {
        var reports = progress.Reports.ToArray();
        Assert.NotEmpty(reports);
        Assert.Equal(reports.OrderBy(r => r), reports);
        Assert.Equal(reports.Length, reports.Distinct().Count());
        Assert.Equal(length, reports[^1]);
    }

    /// <summary>Neither the key nor a session address (nor its upload id) in any message of the exception or its causes.</summary>
    internal static void AssertNoSecrets(Exception error, FakeUploadServer server)
    {
        var text = error.ToString();
        for (var e = error; e is not null; e = e.InnerException)
        {
            text += "\n" + e.Message;
        }

        Assert.DoesNotContain(server.Key, text);
        Assert.DoesNotContain("AIzaSy", text);
        foreach (var url in server.SessionUrls)
        {
            Assert.DoesNotContain(url, text);
            Assert.DoesNotContain(new Uri(url).AbsolutePath, text);
        }
    }

    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
