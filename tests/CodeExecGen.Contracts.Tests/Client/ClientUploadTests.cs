using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using CodeExecGen.Http;
using CodeExecGen.Tests;
using Gemini;
using Xunit;
using File = Gemini.File;

namespace CodeExecGen.Contracts.Tests.Client;

/// <summary>The generated upload overloads, sending real bytes to a fake of Google's upload endpoint.</summary>
public class ClientUploadTests
{
    [Fact]
    public async Task Media_UploadAsync_sends_the_bytes_resumable_and_reads_the_created_file()
    {
        await using var server = await FakeUploadServer.StartAsync();
        var client = new GenerativeLanguageClient(server.CreateClient(), server.Key);
        client.UploadOptions.ChunkSize = 256 * 1024;
        client.UploadOptions.MultipartThreshold = 0;
        var source = new byte[700_000];
        new Random(1).NextBytes(source);

        var response = await client.Media.UploadAsync(new MemoryStream(source), "text/csv", new CreateFileRequest { File = new File { DisplayName = "x" } });

        var uploaded = Assert.Single(server.Completed);
        Assert.Equal("resumable", uploaded.Protocol);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(source)), uploaded.Sha256);
        Assert.Equal("x", JsonDocument.Parse(uploaded.Metadata).RootElement.GetProperty("file").GetProperty("displayName").GetString());
        Assert.Equal("/upload/v1beta/files", server.Requests.First().Target);
        Assert.Equal(("files/abc", "text/csv", 700_000L, FileState.Processing), (response.File!.Name, response.File.MimeType, response.File.SizeBytes, response.File.State));
    }

    [Fact]
    public async Task Small_content_goes_in_one_multipart_request_by_default()
    {
        await using var server = await FakeUploadServer.StartAsync();
        var client = new GenerativeLanguageClient(server.CreateClient(), server.Key);

        var response = await client.Media.UploadAsync(new MemoryStream("a,b\n1,2\n"u8.ToArray()), "text/csv", new CreateFileRequest { File = new File { DisplayName = "x" } });

        var request = Assert.Single(server.Requests);
        Assert.Equal(("/upload/v1beta/files", "multipart"), (request.Target, request.Headers["X-Goog-Upload-Protocol"]));
        Assert.Equal("a,b\n1,2\n", System.Text.Encoding.UTF8.GetString(Assert.Single(server.Completed).Bytes));
        Assert.Equal(8L, response.File!.SizeBytes);
    }

    [Fact]
    public async Task UploadToFileSearchStoreAsync_puts_the_store_in_the_upload_path_and_refuses_over_maxSize_before_sending()
    {
        await using var server = await FakeUploadServer.StartAsync();
        var client = new GenerativeLanguageClient(server.CreateClient(), server.Key);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Media.UploadToFileSearchStoreAsync("my-store", new OversizedStream(104857601), "application/pdf"));
        Assert.Equal("content", error.ParamName);
        Assert.Empty(server.Requests);

        await client.Media.UploadToFileSearchStoreAsync("my-store", new MemoryStream(new byte[10]), "application/pdf");
        Assert.Equal("/upload/v1beta/fileSearchStores/my-store:uploadToFileSearchStore", Assert.Single(server.Requests).Target);
    }

    [Fact]
    public async Task Null_content_or_mime_type_is_refused_by_name()
    {
        var client = new GenerativeLanguageClient(new System.Net.Http.HttpClient(), "key");
        Assert.Equal("content", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.Media.UploadAsync(null!, "text/csv"))).ParamName);
        Assert.Equal("mimeType", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.Media.UploadAsync(new MemoryStream(), null!))).ParamName);
    }

    /// <summary>A seekable stream that says it is long, without holding the bytes.</summary>
    private sealed class OversizedStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
