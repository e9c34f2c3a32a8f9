#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// Google's resumable upload (<c>X-Goog-Upload-Protocol: resumable</c>): a <c>start</c> request with the
    /// metadata opens a session whose address the answer's <c>X-Goog-Upload-URL</c> gives; the content follows
    /// in chunks (<c>upload</c> at an offset, the last <c>upload, finalize</c>). After a dropped connection or a
    /// 5xx/429 answer the session is asked (<c>query</c>) how many bytes it holds and the upload goes on from there.
    /// </summary>
    /// <remarks>
    /// One pooled buffer of one chunk holds the bytes the server has not acknowledged: a seekable stream seeks
    /// back for older ones, a stream that cannot seek fails with <see cref="MediaUploadException"/>.
    /// The session address is a secret (it carries the upload id): no message holds it.
    /// </remarks>
    internal sealed class ResumableUpload
    {
        private readonly MediaUpload _upload;
        private readonly global::System.Uri _session;
        private readonly string _secret;
        private readonly int _chunkSize;
        private readonly long _origin;
        private byte[] _buffer = global::System.Array.Empty<byte>();

        // The buffer holds the content's bytes [_bufferStart, _bufferStart + _bufferCount).
        private long _bufferStart;
        private int _bufferCount;
        private bool _ended;

        // What the server holds, by its own count.
        private long _committed;

        private ResumableUpload(MediaUpload upload, global::System.Uri session, int granularity)
        {
            _upload = upload;
            _session = session;
            _secret = session.OriginalString;
            _chunkSize = global::System.Math.Max(granularity, upload.ChunkSize / granularity * granularity);
            _origin = upload.Content.CanSeek ? upload.Content.Position : 0;
        }

        public static async global::System.Threading.Tasks.Task<TResponse> SendAsync<TResponse>(
            MediaUpload upload,
            byte[] metadataJson,
            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType,
            global::System.Threading.CancellationToken cancellationToken)
            where TResponse : class
        {
            var session = await StartAsync(upload, metadataJson, cancellationToken).ConfigureAwait(false);
            session._buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(session._chunkSize);
            try
            {
                return await session.SendChunksAsync(responseType, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(session._buffer);
            }
        }

        private static async global::System.Threading.Tasks.Task<ResumableUpload> StartAsync(MediaUpload upload, byte[] metadataJson, global::System.Threading.CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                global::System.Exception cause;
                try
                {
                    var metadata = new global::System.Net.Http.ByteArrayContent(metadataJson);
                    metadata.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    using var request = upload.Transport.CreateUploadRequest(upload.Uri, upload.Uri, metadata);
                    request.Headers.TryAddWithoutValidation(UploadHeaders.Protocol, UploadHeaders.Resumable);
                    request.Headers.TryAddWithoutValidation(UploadHeaders.Command, UploadHeaders.Start);
                    if (upload.Length is { } length)
                    {
                        request.Headers.TryAddWithoutValidation(UploadHeaders.ContentLength, MediaUpload.Count(length));
                    }

                    request.Headers.TryAddWithoutValidation(UploadHeaders.ContentType, upload.MimeType);
                    using var response = await upload.Transport.SendUploadAsync(request, cancellationToken).ConfigureAwait(false);
                    if (MediaUpload.IsRetryable(response.StatusCode))
                    {
                        cause = upload.StatusError(response);
                    }
                    else
                    {
                        await upload.Transport.ThrowIfErrorAsync(upload.Method, response, cancellationToken).ConfigureAwait(false);
                        if (UploadHeaders.Get(response, UploadHeaders.SessionUrl) is not { } address
                            || !global::System.Uri.TryCreate(upload.Uri, address, out var session)
                            || session.Scheme is not ("https" or "http"))
                        {
                            throw new MediaUploadException(upload.Method, "the server's answer to the upload's start has no valid " + UploadHeaders.SessionUrl + " header.");
                        }

                        var granularity = UploadHeaders.GetInt64(response, UploadHeaders.ChunkGranularity) is { } named and > 0 and <= int.MaxValue / 2
                            ? (int)named : MediaUploadOptions.DefaultGranularity;
                        return new ResumableUpload(upload, session, granularity);
                    }
                }
                catch (global::System.Exception exception) when (MediaUpload.IsRetryable(exception, cancellationToken))
                {
                    cause = exception;
                }

                await upload.FailedAsync("starting the upload", cause, cancellationToken).ConfigureAwait(false);
            }
        }

        private async global::System.Threading.Tasks.Task<TResponse> SendChunksAsync<TResponse>(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType, global::System.Threading.CancellationToken cancellationToken)
            where TResponse : class
        {
            var ask = false;
            var finalSent = false;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                global::System.Exception cause;
                try
                {
                    if (ask)
                    {
                        using var query = Request(UploadHeaders.Query, null);
                        using var status = await _upload.Transport.SendUploadAsync(query, cancellationToken).ConfigureAwait(false);
                        if (MediaUpload.IsRetryable(status.StatusCode))
                        {
                            cause = _upload.StatusError(status);
                            await _upload.FailedAsync("asking the server for the upload's state", cause, cancellationToken).ConfigureAwait(false);
                            continue;
                        }

                        await _upload.Transport.ThrowIfErrorAsync(_upload.Method, status, cancellationToken, _secret).ConfigureAwait(false);
                        ask = false;
                        var held = UploadHeaders.GetInt64(status, UploadHeaders.SizeReceived)
                            ?? throw Error("the server's answer to a query has no " + UploadHeaders.SizeReceived + " header.");
                        if (IsFinal(status))
                        {
                            // The finalizing chunk arrived but its answer did not.
                            if (!finalSent)
                            {
                                throw Error("the server closed the upload before its last chunk.");
                            }

                            CheckFinalSize(held);
                            var answer = await _upload.ReadAnswerAsync(status, responseType, cancellationToken).ConfigureAwait(false);
                            _upload.Acknowledged(held, _committed);
                            return answer;
                        }

                        Commit(held);
                    }

                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    var end = _bufferStart + _bufferCount;
                    var last = _ended || end == _upload.Length;
                    finalSent |= last;
                    using var request = Request(last ? UploadHeaders.UploadAndFinalize : UploadHeaders.Upload, new global::System.Net.Http.ByteArrayContent(_buffer, 0, _bufferCount));
                    request.Headers.TryAddWithoutValidation(UploadHeaders.Offset, MediaUpload.Count(_bufferStart));
                    using var response = await _upload.Transport.SendUploadAsync(request, cancellationToken).ConfigureAwait(false);
                    if (MediaUpload.IsRetryable(response.StatusCode))
                    {
                        cause = _upload.StatusError(response);
                    }
                    else
                    {
                        await _upload.Transport.ThrowIfErrorAsync(_upload.Method, response, cancellationToken, _secret).ConfigureAwait(false);
                        var received = UploadHeaders.GetInt64(response, UploadHeaders.SizeReceived);
                        if (IsFinal(response))
                        {
                            if (!last)
                            {
                                throw Error("the server closed the upload before its last chunk.");
                            }

                            CheckFinalSize(received ?? end);
                            var answer = await _upload.ReadAnswerAsync(response, responseType, cancellationToken).ConfigureAwait(false);
                            _upload.Acknowledged(end, _committed);
                            return answer;
                        }

                        if (last)
                        {
                            // The server kept the session open: it holds fewer bytes than the last chunk ended at.
                            finalSent = false;
                        }

                        Commit(received ?? end);
                        continue;
                    }
                }
                catch (global::System.Exception exception) when (MediaUpload.IsRetryable(exception, cancellationToken))
                {
                    cause = exception;
                }

                ask = true;
                await _upload.FailedAsync("sending a chunk", cause, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// Brings the buffer to the server's count and fills it to a chunk, or to the end of the content.
        /// Only a full chunk is sent before the last, so every offset but the end stays a multiple of the granularity.
        /// </summary>
        private async global::System.Threading.Tasks.Task FillAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            var content = _upload.Content;
            if (_committed < _bufferStart || _committed > _bufferStart + _bufferCount)
            {
                if (!content.CanSeek)
                {
                    throw Error("the server asks for the content again from byte " + MediaUpload.Count(_committed)
                        + ", which a stream that cannot seek no longer holds (the buffer starts at byte " + MediaUpload.Count(_bufferStart) + ").");
                }

                content.Seek(_origin + _committed, global::System.IO.SeekOrigin.Begin);
                _bufferStart = _committed;
                _bufferCount = 0;
                _ended = false;
            }
            else if (_committed > _bufferStart)
            {
                var acknowledged = (int)(_committed - _bufferStart);
                global::System.Buffer.BlockCopy(_buffer, acknowledged, _buffer, 0, _bufferCount - acknowledged);
                _bufferCount -= acknowledged;
                _bufferStart = _committed;
            }

            while (!_ended && _bufferCount < _chunkSize && _bufferStart + _bufferCount != _upload.Length)
            {
                var read = await content.ReadAsync(global::System.MemoryExtensions.AsMemory(_buffer, _bufferCount, _chunkSize - _bufferCount), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    _ended = true;
                }

                _bufferCount += read;
            }

            var end = _bufferStart + _bufferCount;
            if (end > _upload.MaxSize)
            {
                throw Error("the content is larger than the " + MediaUpload.Count(_upload.MaxSize) + " bytes the method takes.");
            }

            if (_upload.Length is { } length && (end > length || (_ended && end < length)))
            {
                throw Error("the stream holds " + (end > length ? "more" : "fewer") + " bytes than the " + MediaUpload.Count(length) + " it declared.");
            }
        }

        private void Commit(long held)
        {
            if (held < 0 || held > _bufferStart + _bufferCount)
            {
                throw Error("the server says it holds " + MediaUpload.Count(held) + " bytes, more than were sent (" + MediaUpload.Count(_bufferStart + _bufferCount) + ").");
            }

            var before = _committed;
            _committed = held;
            _upload.Acknowledged(held, before);
        }

        private void CheckFinalSize(long received)
        {
            var sent = _bufferStart + _bufferCount;
            if (received != sent)
            {
                throw Error("the server finished the upload with " + MediaUpload.Count(received) + " bytes; " + MediaUpload.Count(sent) + " were sent.");
            }
        }

        private global::System.Net.Http.HttpRequestMessage Request(string command, global::System.Net.Http.HttpContent? content)
        {
            var request = _upload.Transport.CreateUploadRequest(_session, _upload.Uri, content);
            request.Headers.TryAddWithoutValidation(UploadHeaders.Command, command);
            return request;
        }

        private static bool IsFinal(global::System.Net.Http.HttpResponseMessage response)
            => string.Equals(UploadHeaders.Get(response, UploadHeaders.Status), UploadHeaders.Final, global::System.StringComparison.OrdinalIgnoreCase);

        private MediaUploadException Error(string message) => new(_upload.Method, message);
    }
}
