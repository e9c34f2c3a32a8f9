#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// One upload's facts, fixed when it starts (the options are copied, so a change mid-upload does not
    /// apply), and what both protocols share: retrying a failed request and reporting progress.
    /// </summary>
    internal sealed class MediaUpload
    {
        private int _failures;

        public MediaUpload(ApiTransport transport, string method, global::System.Uri uri, global::System.IO.Stream content, string mimeType, long? length, long maxSize, MediaUploadOptions options, global::System.IProgress<long>? progress)
        {
            Transport = transport;
            Method = method;
            Uri = uri;
            Content = content;
            MimeType = mimeType;
            Length = length;
            MaxSize = maxSize;
            ChunkSize = options.ChunkSize;
            MaxAttempts = options.MaxAttempts;
            RetryDelay = options.RetryDelay;
            Progress = progress;
        }

        public ApiTransport Transport { get; }

        public string Method { get; }

        /// <summary>Where the upload starts; the key is sent to this origin only.</summary>
        public global::System.Uri Uri { get; }

        public global::System.IO.Stream Content { get; }

        public string MimeType { get; }

        /// <summary>The content's length when the stream can seek; null for a stream read to its end.</summary>
        public long? Length { get; }

        public long MaxSize { get; }

        public int ChunkSize { get; }

        public int MaxAttempts { get; }

        public global::System.TimeSpan RetryDelay { get; }

        public global::System.IProgress<long>? Progress { get; }

        /// <summary>A dropped connection or an answer worth retrying: 5xx or 429.</summary>
        public static bool IsRetryable(global::System.Net.HttpStatusCode status) => (int)status >= 500 || (int)status == 429;

        /// <summary>A failure that a later attempt may not see: the connection, not the request (nor the upload's own verdict).</summary>
        public static bool IsRetryable(global::System.Exception exception, global::System.Threading.CancellationToken cancellationToken)
            => !cancellationToken.IsCancellationRequested
                && exception is global::System.Net.Http.HttpRequestException or (global::System.IO.IOException and not MediaUploadException);

        /// <summary>Counts a failed request and waits before the next; past <see cref="MaxAttempts"/> in a row, gives up.</summary>
        public async global::System.Threading.Tasks.Task FailedAsync(string what, global::System.Exception? cause, global::System.Threading.CancellationToken cancellationToken)
        {
            _failures++;
            if (_failures >= MaxAttempts)
            {
                throw new MediaUploadException(Method, what + " failed " + _failures.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " times in a row; the upload gives up.", cause);
            }

            var delay = global::System.TimeSpan.FromTicks(RetryDelay.Ticks << global::System.Math.Min(_failures - 1, 6));
            if (delay > global::System.TimeSpan.Zero)
            {
                await global::System.Threading.Tasks.Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>The server holds <paramref name="bytes"/>: failures in a row start again from zero.</summary>
        public void Acknowledged(long bytes, long before)
        {
            if (bytes > before)
            {
                _failures = 0;
                Progress?.Report(bytes);
            }
        }

        /// <summary>An error for a retryable HTTP status, kept as the cause if the attempts run out.</summary>
        public GoogleApiException StatusError(global::System.Net.Http.HttpResponseMessage response)
            => new GoogleApiException(Method, response.StatusCode, new GoogleRpcStatus { Code = (int)response.StatusCode, Message = "the upload request was answered with HTTP " + ((int)response.StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) });

        /// <summary>Reads the answer's JSON body.</summary>
        public async global::System.Threading.Tasks.Task<TResponse> ReadAnswerAsync<TResponse>(global::System.Net.Http.HttpResponseMessage response, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType, global::System.Threading.CancellationToken cancellationToken)
            where TResponse : class
        {
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await global::System.Text.Json.JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new global::System.Text.Json.JsonException(Method + ": the answer is JSON null.");
        }

        public static string Count(long value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
