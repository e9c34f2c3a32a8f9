#nullable enable

namespace CodeExecGen.Http
{
    public sealed partial class ApiTransport
    {
        /// <summary>How this client's uploads are sent: chunk size, multipart threshold, retries.</summary>
        public MediaUploadOptions UploadOptions { get; } = new MediaUploadOptions();

        /// <summary>
        /// Sends <paramref name="content"/> with its <paramref name="metadata"/> (<c>{}</c> when null) and returns the
        /// answer. Content of a known length up to <see cref="MediaUploadOptions.MultipartThreshold"/> goes in one
        /// <c>multipart/related</c> request; anything else goes resumable, in chunks of
        /// <see cref="MediaUploadOptions.ChunkSize"/> read one at a time, resumed from the server's count after a
        /// dropped connection or a 5xx/429 answer.
        /// </summary>
        /// <remarks>
        /// Both protocols go to <paramref name="uploadPath"/>, relative to the root URL (or the client's
        /// <c>BaseAddress</c>): the generated client passes the document's <c>mediaUpload.protocols.simple.path</c>
        /// (its <c>resumable.path</c> only when there is no simple one), because Google's docs and SDKs send both
        /// protocols there and name the protocol in <c>X-Goog-Upload-Protocol</c>.
        /// </remarks>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="content"/> or <paramref name="mimeType"/> is null.</exception>
        /// <exception cref="global::System.ArgumentException">
        /// <paramref name="mimeType"/> is not a MIME type <paramref name="limits"/> accepts, or the content is larger
        /// than its <see cref="MediaUploadLimits.MaxSize"/> (checked before anything is sent when the length is known).
        /// </exception>
        /// <exception cref="GoogleApiException">The API answered with an error.</exception>
        /// <exception cref="MediaUploadException">The upload kept failing, or the server's byte count disagrees with the content's.</exception>
        public global::System.Threading.Tasks.Task<TResponse> UploadAsync<TMetadata, TResponse>(
            string method,
            string uploadPath,
            global::System.IO.Stream content,
            string mimeType,
            TMetadata? metadata,
            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TMetadata> metadataType,
            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType,
            MediaUploadLimits limits,
            global::System.IProgress<long>? progress,
            global::System.Threading.CancellationToken cancellationToken)
            where TMetadata : class
            where TResponse : class
        {
            if (content is null)
            {
                throw new global::System.ArgumentNullException(nameof(content));
            }

            if (mimeType is null)
            {
                throw new global::System.ArgumentNullException(nameof(mimeType));
            }

            if (!global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(mimeType, out _) || !limits.Accepts(mimeType))
            {
                throw new global::System.ArgumentException(method + " accepts " + string.Join(", ", limits.Accept) + "; '" + mimeType + "' is not one of them.", nameof(mimeType));
            }

            long? length = content.CanSeek ? global::System.Math.Max(0, content.Length - content.Position) : null;
            if (length > limits.MaxSize)
            {
                throw new global::System.ArgumentException(method + " takes at most " + limits.MaxSize.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                    + " bytes; the content holds " + length.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(content));
            }

            var metadataJson = metadata is null ? new byte[] { (byte)'{', (byte)'}' } : global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(metadata, metadataType);
            var upload = new MediaUpload(this, method, new global::System.Uri(_rootUrl + uploadPath.TrimStart('/'), global::System.UriKind.Absolute), content, mimeType, length, limits.MaxSize, UploadOptions, progress);
            return length <= UploadOptions.MultipartThreshold
                ? MultipartUpload.SendAsync(upload, metadataJson, responseType, cancellationToken)
                : ResumableUpload.SendAsync(upload, metadataJson, responseType, cancellationToken);
        }

        /// <summary>
        /// A request of an upload. The key goes only to the upload's own origin: a session address the server
        /// names elsewhere does not get it.
        /// </summary>
        internal global::System.Net.Http.HttpRequestMessage CreateUploadRequest(global::System.Uri uri, global::System.Uri origin, global::System.Net.Http.HttpContent? content)
        {
            var request = new global::System.Net.Http.HttpRequestMessage(global::System.Net.Http.HttpMethod.Post, uri) { Content = content };
            if (global::System.Uri.Compare(uri, origin, global::System.UriComponents.SchemeAndServer, global::System.UriFormat.UriEscaped, global::System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                request.Headers.TryAddWithoutValidation(ApiKeyHeader, _apiKey);
            }

            return request;
        }

        /// <summary>Sends an upload request; the answer's headers are read, its body not yet.</summary>
        internal global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendUploadAsync(global::System.Net.Http.HttpRequestMessage request, global::System.Threading.CancellationToken cancellationToken)
            => _http.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }
}
