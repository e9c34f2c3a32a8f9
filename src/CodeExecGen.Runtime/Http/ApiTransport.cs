#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// The HTTP exchange every generated client method shares: the key in its header, JSON bodies through
    /// the generated type infos, error answers as <see cref="GoogleApiException"/>, streams read as they arrive.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed partial class ApiTransport
    {
        /// <summary>The header that carries the key: never the URL, where proxies and logs would keep it.</summary>
        public const string ApiKeyHeader = "x-goog-api-key";

        private const string Redacted = "[redacted]";

        // An error body larger than this is not Google's; only its start is read.
        private const int MaxErrorBodyChars = 1 << 20;

        private readonly global::System.Net.Http.HttpClient _http;
        private readonly string _apiKey;
        private readonly string _rootUrl;
        private readonly string _serviceUrl;

        /// <summary>
        /// A transport to the service at <paramref name="rootUrl"/> (or the client's <c>BaseAddress</c>, when
        /// it has one) followed by <paramref name="servicePath"/>, sending <paramref name="apiKey"/> in <see cref="ApiKeyHeader"/>.
        /// </summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="httpClient"/> or <paramref name="apiKey"/> is null.</exception>
        /// <exception cref="global::System.ArgumentException"><paramref name="apiKey"/> is empty or holds a character an HTTP header cannot carry.</exception>
        public ApiTransport(global::System.Net.Http.HttpClient httpClient, string apiKey, string rootUrl, string servicePath)
        {
            _http = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));
            if (apiKey is null)
            {
                throw new global::System.ArgumentNullException(nameof(apiKey));
            }

            foreach (var c in apiKey)
            {
                if (c <= ' ' || c > '~')
                {
                    throw new global::System.ArgumentException("The API key holds a character an HTTP header cannot carry (white space, a control or non-ASCII character).", nameof(apiKey));
                }
            }

            if (apiKey.Length == 0)
            {
                throw new global::System.ArgumentException("The API key is empty.", nameof(apiKey));
            }

            _apiKey = apiKey;
            var root = httpClient.BaseAddress?.AbsoluteUri ?? rootUrl;
            _rootUrl = root.EndsWith("/", global::System.StringComparison.Ordinal) ? root : root + "/";
            _serviceUrl = _rootUrl + servicePath;
        }

        /// <summary>A request body: the value as the API's JSON, with its length.</summary>
        public static global::System.Net.Http.HttpContent JsonContent<T>(T value, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        {
            var content = new global::System.Net.Http.ByteArrayContent(global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
            content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return content;
        }

        /// <summary>
        /// Checks a path parameter before anything is sent: a bare id gets the collection's prefix
        /// (<c>gemini-2.5-flash</c> → <c>models/gemini-2.5-flash</c>), then the value must match the
        /// document's pattern.
        /// </summary>
        public static string CheckPathValue(string? value, string parameterName, global::System.Text.RegularExpressions.Regex? pattern, string? barePrefix)
        {
            if (value is null)
            {
                throw new global::System.ArgumentNullException(parameterName);
            }

            if (barePrefix is not null && value.Length > 0 && value.IndexOf('/') < 0)
            {
                value = barePrefix + value;
            }

            if (value.Length == 0 || (pattern is not null && !pattern.IsMatch(value)))
            {
                var shown = value.Length > 80 ? value.Substring(0, 80) + "..." : value;
                throw new global::System.ArgumentException("'" + shown + "' is not a valid " + parameterName + ": it must match " + (pattern?.ToString() ?? "a non-empty value") + ".", parameterName);
            }

            return value;
        }

        /// <summary>A <c>{+name}</c> expansion: every segment escaped, the slashes between them kept.</summary>
        public static string ExpandReserved(string value)
        {
            var segments = value.Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                segments[i] = global::System.Uri.EscapeDataString(segments[i]);
            }

            return string.Join("/", segments);
        }

        /// <summary>A <c>{name}</c> expansion: the whole value escaped.</summary>
        public static string ExpandSimple(string value) => global::System.Uri.EscapeDataString(value);

        /// <summary>Sends a request whose answer is a JSON value.</summary>
        public async global::System.Threading.Tasks.Task<TResponse> SendAsync<TResponse>(
            string method,
            global::System.Net.Http.HttpMethod verb,
            string path,
            global::System.Net.Http.HttpContent? content,
            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType,
            global::System.Threading.CancellationToken cancellationToken)
            where TResponse : class
        {
            using var request = CreateRequest(verb, path, content);
            using var response = await _http.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await ThrowIfErrorAsync(method, response, cancellationToken).ConfigureAwait(false);
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await global::System.Text.Json.JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new global::System.Text.Json.JsonException(method + ": the answer is JSON null.");
        }

        /// <summary>Sends a request that has no answer body.</summary>
        public async global::System.Threading.Tasks.Task SendAsync(
            string method,
            global::System.Net.Http.HttpMethod verb,
            string path,
            global::System.Net.Http.HttpContent? content,
            global::System.Threading.CancellationToken cancellationToken)
        {
            using var request = CreateRequest(verb, path, content);
            using var response = await _http.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await ThrowIfErrorAsync(method, response, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Sends a <c>stream…</c> request (<c>alt=sse</c> is in <paramref name="path"/>) and yields each
        /// value as it arrives. An <c>error</c> member among a value's unknown ones (which
        /// <paramref name="extensionData"/> gives) throws <see cref="GoogleApiException"/>; a connection
        /// that ends early throws <see cref="GoogleStreamInterruptedException"/>.
        /// </summary>
        public async global::System.Collections.Generic.IAsyncEnumerable<TResponse> StreamAsync<TResponse>(
            string method,
            global::System.Net.Http.HttpMethod verb,
            string path,
            global::System.Net.Http.HttpContent? content,
            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType,
            global::System.Func<TResponse, global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>?> extensionData,
            [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
            where TResponse : class
        {
            using var request = CreateRequest(verb, path, content);
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await _http.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await ThrowIfErrorAsync(method, response, cancellationToken).ConfigureAwait(false);
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var values = global::CodeExecGen.Serialization.JsonStreams.ReadAsync(stream, responseType, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                var chunks = 0;
                while (true)
                {
                    try
                    {
                        if (!await values.MoveNextAsync().ConfigureAwait(false))
                        {
                            yield break;
                        }
                    }
                    catch (global::System.IO.IOException exception) when (!cancellationToken.IsCancellationRequested)
                    {
                        throw new GoogleStreamInterruptedException(method, chunks, exception);
                    }
                    catch (global::System.Text.Json.JsonException exception)
                    {
                        // The reader quotes a line it cannot read (a proxy's text in the stream), which may echo the key.
                        var message = RedactExcerpt(exception.Message);
                        if (string.Equals(message, exception.Message, global::System.StringComparison.Ordinal))
                        {
                            throw;
                        }

                        throw new global::System.Text.Json.JsonException(message, exception.Path, exception.LineNumber, exception.BytePositionInLine);
                    }

                    var value = values.Current;
                    if (extensionData(value) is { } unknown
                        && unknown.TryGetValue("error", out var error)
                        && global::CodeExecGen.GoogleRpcStatus.TryParse("{\"error\":" + Redact(error.GetRawText()) + "}", out var status))
                    {
                        throw new GoogleApiException(method, null, status);
                    }

                    chunks++;
                    yield return value;
                }
            }
            finally
            {
                await values.DisposeAsync().ConfigureAwait(false);
            }
        }

        private global::System.Net.Http.HttpRequestMessage CreateRequest(global::System.Net.Http.HttpMethod verb, string path, global::System.Net.Http.HttpContent? content)
        {
            var request = new global::System.Net.Http.HttpRequestMessage(verb, new global::System.Uri(_serviceUrl + path, global::System.UriKind.Absolute)) { Content = content };
            request.Headers.TryAddWithoutValidation(ApiKeyHeader, _apiKey);
            return request;
        }

        /// <summary>Throws <see cref="GoogleApiException"/> for an error answer; <paramref name="secret"/> (an upload address), like the key, is cut from its text.</summary>
        internal async global::System.Threading.Tasks.Task ThrowIfErrorAsync(string method, global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken, string? secret = null)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var body = Redact(await ReadStartAsync(response.Content, cancellationToken).ConfigureAwait(false), secret);
            if (!global::CodeExecGen.GoogleRpcStatus.TryParse(body, out var status))
            {
                // Not Google's JSON (a proxy's page): the HTTP status is all there is.
                status = new global::CodeExecGen.GoogleRpcStatus { Code = (int)response.StatusCode, Message = response.ReasonPhrase is { } reason ? Redact(reason, secret) : null };
            }

            throw new GoogleApiException(method, response.StatusCode, status);
        }

        private static async global::System.Threading.Tasks.Task<string> ReadStartAsync(global::System.Net.Http.HttpContent content, global::System.Threading.CancellationToken cancellationToken)
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var reader = new global::System.IO.StreamReader(stream, global::System.Text.Encoding.UTF8);
            var buffer = new char[4096];
            var text = new global::System.Text.StringBuilder();
            int read;
            while (text.Length < MaxErrorBodyChars && (read = await reader.ReadAsync(global::System.MemoryExtensions.AsMemory(buffer), cancellationToken).ConfigureAwait(false)) > 0)
            {
                text.Append(buffer, 0, read);
            }

            return text.ToString();
        }

        // Google's own error text can echo the key ("Invalid API key: ..."); it never leaves here.
        private string Redact(string text) => text.Replace(_apiKey, Redacted);

        private string Redact(string text, string? secret)
            => secret is { Length: > 0 } ? Redact(text).Replace(secret, Redacted) : Redact(text);

        // An excerpt can also be cut inside the key ("Invalid API key: AIzaSy..."): that start of the key goes too.
        private string RedactExcerpt(string text)
        {
            text = Redact(text);
            for (var length = _apiKey.Length - 1; length >= 4; length--)
            {
                text = text.Replace(_apiKey.Substring(0, length) + "...", Redacted + "...");
            }

            return text;
        }
    }

    /// <summary>A query string, built one parameter at a time; values are escaped.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public struct ApiQuery
    {
        private global::System.Text.StringBuilder? _text;

        /// <summary>Adds <c>name=value</c>, the value escaped; a null value adds nothing.</summary>
        public void Add(string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            _text ??= new global::System.Text.StringBuilder();
            _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(global::System.Uri.EscapeDataString(value));
        }

        /// <summary>Adds <c>true</c> or <c>false</c>; null adds nothing.</summary>
        public void Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

        /// <summary>Adds the integer in invariant digits; null adds nothing.</summary>
        public void Add(string name, long? value) => Add(name, value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>Adds the integer in invariant digits; null adds nothing.</summary>
        public void Add(string name, ulong? value) => Add(name, value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>Adds the number in its shortest round-trippable invariant form; null adds nothing.</summary>
        public void Add(string name, double? value) => Add(name, value?.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>The query with its leading <c>?</c>, or empty when nothing was added.</summary>
        public override string ToString() => _text?.ToString() ?? string.Empty;
    }
}
