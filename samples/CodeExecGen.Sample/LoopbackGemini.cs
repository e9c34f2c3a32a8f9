using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

/// <summary>
/// The offline stand-in for the Files API and generateContent, on 127.0.0.1, so the sample's default run
/// exercises the same upload, wait, ask, save and delete calls as --live. It answers as Google does (the
/// upload protocols, a file that is PROCESSING once, then ACTIVE) with a canned analysis whose numbers come
/// from data/sales.csv; the chart in it is a small stand-in PNG.
/// </summary>
internal sealed class LoopbackGemini : IAsyncDisposable
{
    public const string Key = "offline-sample-key";

    private const string FileName = "files/sales-csv";

    private readonly HttpListener _listener = new();
    private readonly string _answer;
    private readonly Task _serving;
    private long _uploaded;
    private int _gets;

    private LoopbackGemini(string answerPath)
    {
        _answer = File.ReadAllText(answerPath);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.AbsoluteUri);
        _listener.Start();
        _serving = ServeAsync();
    }

    public Uri Address { get; }

    public static LoopbackGemini Start(string answerPath) => new(answerPath);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending wait for a request.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            using var response = context.Response;
            var (status, body) = Answer(context.Request, response);
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            var bytes = Encoding.UTF8.GetBytes(body);
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    private (int Status, string Body) Answer(HttpListenerRequest request, HttpListenerResponse response)
    {
        if (request.Headers["x-goog-api-key"] != Key)
        {
            return (401, """{"error": {"code": 401, "message": "API key not valid.", "status": "UNAUTHENTICATED"}}""");
        }

        var path = request.Url!.AbsolutePath;
        switch (request.HttpMethod, path)
        {
            case ("POST", "/upload/v1beta/files"):
                // A small file comes in one multipart request; a large one would start a resumable session.
                if (request.Headers["X-Goog-Upload-Protocol"] == "resumable")
                {
                    _uploaded = long.Parse(request.Headers["X-Goog-Upload-Header-Content-Length"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                    response.AddHeader("X-Goog-Upload-URL", Address.AbsoluteUri + "upload-session");
                    response.AddHeader("X-Goog-Upload-Status", "active");
                    return (200, "{}");
                }

                _uploaded = MediaLength(request);
                return (200, $$"""{"file": {{FileJson("PROCESSING")}}}""");
            case ("POST", "/upload-session"):
                Drain(request);
                response.AddHeader("X-Goog-Upload-Status", "final");
                return (200, $$"""{"file": {{FileJson("PROCESSING")}}}""");
            case ("GET", "/v1beta/" + FileName):
                return (200, FileJson(++_gets == 1 ? "PROCESSING" : "ACTIVE"));
            case ("DELETE", "/v1beta/" + FileName):
                return (200, "{}");
            case ("POST", _) when path.EndsWith(":generateContent", StringComparison.Ordinal):
                var question = new StreamReader(request.InputStream).ReadToEnd();
                return question.Contains(Address.AbsoluteUri + "v1beta/" + FileName, StringComparison.Ordinal)
                    ? (200, _answer)
                    : (400, """{"error": {"code": 400, "message": "The request names no uploaded file.", "status": "INVALID_ARGUMENT"}}""");
            default:
                return (404, """{"error": {"code": 404, "message": "Not found.", "status": "NOT_FOUND"}}""");
        }
    }

    private string FileJson(string state)
        => $$"""{"name": "{{FileName}}", "displayName": "sales.csv", "mimeType": "text/csv", "sizeBytes": "{{_uploaded}}", "uri": "{{Address.AbsoluteUri}}v1beta/{{FileName}}", "state": "{{state}}"}""";

    private static long Drain(HttpListenerRequest request)
    {
        using var body = new MemoryStream();
        request.InputStream.CopyTo(body);
        return body.Length;
    }

    // multipart/related: the metadata part, then the media part; the media's length is what was uploaded.
    private static long MediaLength(HttpListenerRequest request)
    {
        using var body = new MemoryStream();
        request.InputStream.CopyTo(body);
        var text = Encoding.Latin1.GetString(body.ToArray());
        var boundary = "--" + request.ContentType!.Split("boundary=")[1].Trim('"');
        var media = text.Split(boundary)[2];
        var start = media.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        return media.Length - start - 2; // the CRLF before the closing boundary
    }
}
