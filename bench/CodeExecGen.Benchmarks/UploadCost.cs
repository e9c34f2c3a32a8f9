using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Gemini;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CodeExecGen.Benchmarks;

/// <summary>
/// The cost of <c>client.Media.UploadAsync</c> against a plain <c>HttpClient</c> PUT of the same stream
/// (<c>StreamContent</c>) to the same loopback Kestrel server, which reads and discards the bytes: managed bytes
/// allocated in the process during each (server included, for both) and throughput, in interleaved rounds
/// (the median of the per-round ratios).
/// </summary>
internal static class UploadCost
{
    private const string Key = "bench-key-0123456789";

    public static async Task<int> RunAsync(string[] args)
    {
        var megabytes = args.Length > 0 ? int.Parse(args[0]) : 200;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 7;
        var length = megabytes * 1000L * 1000L;
        await using var app = await StartServerAsync();
        var address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        using var http = new HttpClient { BaseAddress = address };
        var client = new GenerativeLanguageClient(http, Key);

        // Warm-up: JIT, connection, pools.
        await UploadAsync(client, length);
        await PutAsync(http, length);

        var ratios = new double[rounds];
        var uploadAllocations = new long[rounds];
        var putAllocations = new long[rounds];
        Console.WriteLine($"round  upload MB/s  PUT MB/s  ratio  upload alloc MB  PUT alloc MB");
        for (var round = 0; round < rounds; round++)
        {
            var (uploadSeconds, uploadBytes) = await MeasureAsync(() => UploadAsync(client, length));
            var (putSeconds, putBytes) = await MeasureAsync(() => PutAsync(http, length));
            ratios[round] = putSeconds / uploadSeconds;
            uploadAllocations[round] = uploadBytes;
            putAllocations[round] = putBytes;
            Console.WriteLine($"{round + 1,5}  {length / uploadSeconds / 1e6,11:F0}  {length / putSeconds / 1e6,8:F0}  {ratios[round],5:F2}  {uploadBytes / 1e6,15:F2}  {putBytes / 1e6,12:F2}");
        }

        var ratio = Median(ratios);
        var uploadAllocated = Median(uploadAllocations.Select(b => (double)b).ToArray());
        var putAllocated = Median(putAllocations.Select(b => (double)b).ToArray());
        Console.WriteLine($"median throughput ratio (upload / PUT): {ratio:F2} (floor 0.80)");
        Console.WriteLine($"median allocated: upload {uploadAllocated / 1e6:F2} MB (ceiling 16 MB), PUT {putAllocated / 1e6:F2} MB");
        return ratio >= 0.8 && uploadAllocated <= 16_000_000 ? 0 : 1;
    }

    private static async Task<(double Seconds, long Allocated)> MeasureAsync(Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await run();
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static async Task UploadAsync(GenerativeLanguageClient client, long length)
    {
        var answer = await client.Media.UploadAsync(new PatternStream(length), "application/octet-stream");
        if (answer.File?.SizeBytes != length)
        {
            throw new InvalidOperationException("The server did not receive every byte.");
        }
    }

    private static async Task PutAsync(HttpClient http, long length)
    {
        using var content = new StreamContent(new PatternStream(length), 64 * 1024);
        using var response = await http.PutAsync("plain", content);
        response.EnsureSuccessStatusCode();
    }

    private static double Median(double[] values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>A server that keeps only counts: the resumable protocol's answers, and a plain PUT that discards its body.</summary>
    private static async Task<WebApplication> StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        var sessions = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        app.Run(async context =>
        {
            var request = context.Request;
            var response = context.Response;
            var command = request.Headers["X-Goog-Upload-Command"].ToString();
            if (command == "start")
            {
                var id = Guid.NewGuid().ToString("N");
                sessions[id] = 0;
                await Discard(request.Body);
                response.Headers["X-Goog-Upload-URL"] = $"{request.Scheme}://{request.Host}/session?upload_id={id}";
                response.Headers["X-Goog-Upload-Status"] = "active";
                return;
            }

            var received = await Discard(request.Body);
            if (request.Path == "/session")
            {
                var id = request.Query["upload_id"].ToString();
                var total = sessions[id] += received;
                var final = command.Contains("finalize", StringComparison.Ordinal);
                response.Headers["X-Goog-Upload-Status"] = final ? "final" : "active";
                response.Headers["X-Goog-Upload-Size-Received"] = total.ToString();
                if (final)
                {
                    sessions.TryRemove(id, out _);
                    response.ContentType = "application/json";
                    await response.WriteAsync("{\"file\":{\"name\":\"files/abc\",\"sizeBytes\":\"" + total + "\",\"state\":\"PROCESSING\"}}");
                }
            }
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<long> Discard(Stream body)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A seekable stream of <c>length</c> bytes of a repeating pattern: the source costs neither memory nor disk.</summary>
    private sealed class PatternStream(long length) : Stream
    {
        // 64 KiB of a prime-strided pattern, copied rather than computed: the source is not what is measured.
        private static readonly byte[] Pattern = Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 31)).ToArray();

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - Position);
            for (var done = 0; done < n;)
            {
                var at = (int)((Position + done) % Pattern.Length);
                var part = Math.Min(n - done, Pattern.Length - at);
                Pattern.AsSpan(at, part).CopyTo(buffer.Slice(done, part));
                done += part;
            }

            Position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => length + offset,
        };

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
