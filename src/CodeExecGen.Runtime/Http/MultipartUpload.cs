#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// Google's multipart upload: one <c>multipart/related</c> request (<c>X-Goog-Upload-Protocol: multipart</c>)
    /// whose first part is the metadata JSON and whose second is the content. Only small content of a known
    /// length comes here, so it is read into one pooled buffer and a failed request is sent again whole.
    /// </summary>
    internal static class MultipartUpload
    {
        public static async global::System.Threading.Tasks.Task<TResponse> SendAsync<TResponse>(
            MediaUpload upload,
            byte[] metadataJson,
            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType,
            global::System.Threading.CancellationToken cancellationToken)
            where TResponse : class
        {
            var length = (int)upload.Length!.Value;
            var buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(global::System.Math.Max(length, 1));
            try
            {
                var read = 0;
                while (read < length)
                {
                    var n = await upload.Content.ReadAsync(global::System.MemoryExtensions.AsMemory(buffer, read, length - read), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        throw new MediaUploadException(upload.Method, "the stream ended after " + MediaUpload.Count(read) + " of its " + MediaUpload.Count(length) + " bytes.");
                    }

                    read += n;
                }

                var boundary = "ceg-" + global::System.Guid.NewGuid().ToString("N");
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    global::System.Exception cause;
                    try
                    {
                        using var request = upload.Transport.CreateUploadRequest(upload.Uri, upload.Uri, Body(boundary, metadataJson, buffer, length, upload.MimeType));
                        request.Headers.TryAddWithoutValidation(UploadHeaders.Protocol, UploadHeaders.Multipart);
                        using var response = await upload.Transport.SendUploadAsync(request, cancellationToken).ConfigureAwait(false);
                        if (MediaUpload.IsRetryable(response.StatusCode))
                        {
                            cause = upload.StatusError(response);
                        }
                        else
                        {
                            await upload.Transport.ThrowIfErrorAsync(upload.Method, response, cancellationToken).ConfigureAwait(false);
                            var answer = await upload.ReadAnswerAsync(response, responseType, cancellationToken).ConfigureAwait(false);
                            upload.Acknowledged(length, -1);
                            return answer;
                        }
                    }
                    catch (global::System.Exception exception) when (MediaUpload.IsRetryable(exception, cancellationToken))
                    {
                        cause = exception;
                    }

                    await upload.FailedAsync("the multipart request", cause, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static global::System.Net.Http.HttpContent Body(string boundary, byte[] metadataJson, byte[] buffer, int length, string mimeType)
        {
            var metadata = new global::System.Net.Http.ByteArrayContent(metadataJson);
            metadata.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
            var media = new global::System.Net.Http.ByteArrayContent(buffer, 0, length);
            media.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mimeType);
            return new global::System.Net.Http.MultipartContent("related", boundary) { metadata, media };
        }
    }
}
