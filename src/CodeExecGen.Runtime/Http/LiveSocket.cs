#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// A Live API WebSocket, message by message: whole JSON messages out, whole messages in (fragments
    /// reassembled, text or binary frames alike: Google sends its JSON in binary frames), with a size cap,
    /// closes turned into <see cref="GeminiLiveClosedException"/>, and a bounded close handshake.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class LiveSocket : global::System.IAsyncDisposable
    {
        /// <summary>The largest message accepted by default: 16 MiB, far above any turn's JSON, far below a runaway.</summary>
        public const int DefaultMaxMessageBytes = 16 * 1024 * 1024;

        /// <summary>How long a close waits for the server's close frame before the socket is aborted.</summary>
        public static readonly global::System.TimeSpan CloseTimeout = global::System.TimeSpan.FromSeconds(5);

        private const string Redacted = "[redacted]";

        private readonly global::System.Net.WebSockets.ClientWebSocket _socket;
        private readonly int _maxMessageBytes;
        private readonly string _secret;
        private readonly global::System.Threading.SemaphoreSlim _sending = new(1, 1);
        private int _reading;
        private int _closed;

        internal LiveSocket(global::System.Net.WebSockets.ClientWebSocket socket, int maxMessageBytes, string secret)
        {
            if (maxMessageBytes <= 0)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(maxMessageBytes), maxMessageBytes, "The message cap must be positive.");
            }

            _socket = socket;
            _maxMessageBytes = maxMessageBytes;
            _secret = secret;
        }

        /// <summary>Sends one JSON message as a text frame; sends from several callers go one at a time.</summary>
        /// <exception cref="GeminiLiveClosedException">The connection is closed or was lost.</exception>
        public async global::System.Threading.Tasks.Task SendAsync(global::System.ReadOnlyMemory<byte> utf8Json, global::System.Threading.CancellationToken cancellationToken)
        {
            await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(utf8Json, global::System.Net.WebSockets.WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.Exception exception) when (exception is global::System.Net.WebSockets.WebSocketException or global::System.IO.IOException)
            {
                throw Closed(exception);
            }
            finally
            {
                _sending.Release();
            }
        }

        /// <summary>
        /// The next whole message; null when the server closed the session normally (1000) or after the
        /// client closed it.
        /// </summary>
        /// <exception cref="global::System.InvalidOperationException">Another receive is in progress (one reader at a time).</exception>
        /// <exception cref="global::System.IO.InvalidDataException">The message is larger than the cap; the socket is aborted.</exception>
        /// <exception cref="GeminiLiveClosedException">The server closed with another status, or the connection was lost.</exception>
        public async global::System.Threading.Tasks.ValueTask<byte[]?> ReceiveAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            if (global::System.Threading.Interlocked.Exchange(ref _reading, 1) == 1)
            {
                throw new global::System.InvalidOperationException("The Live session is already being read; read it from one place at a time.");
            }

            try
            {
                return await ReadMessageAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                global::System.Threading.Volatile.Write(ref _reading, 0);
            }
        }

        private async global::System.Threading.Tasks.ValueTask<byte[]?> ReadMessageAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            if (global::System.Threading.Volatile.Read(ref _closed) == 1)
            {
                return null;
            }

            var message = new global::System.IO.MemoryStream();
            var buffer = new byte[16 * 1024];
            while (true)
            {
                global::System.Net.WebSockets.ValueWebSocketReceiveResult result;
                try
                {
                    result = await _socket.ReceiveAsync(new global::System.Memory<byte>(buffer), cancellationToken).ConfigureAwait(false);
                }
                catch (global::System.Exception exception) when (exception is global::System.Net.WebSockets.WebSocketException or global::System.IO.IOException)
                {
                    if (global::System.Threading.Volatile.Read(ref _closed) == 1)
                    {
                        return null;
                    }

                    throw Closed(exception);
                }

                if (result.MessageType == global::System.Net.WebSockets.WebSocketMessageType.Close)
                {
                    var status = _socket.CloseStatus;
                    var reason = Redact(_socket.CloseStatusDescription);
                    if (global::System.Threading.Interlocked.Exchange(ref _closed, 1) == 0)
                    {
                        // Answer the server's close so the handshake completes; a failure here changes nothing.
                        await CloseOutputQuietlyAsync().ConfigureAwait(false);
                    }

                    if (status is null or global::System.Net.WebSockets.WebSocketCloseStatus.NormalClosure)
                    {
                        return null;
                    }

                    throw new GeminiLiveClosedException(status, reason);
                }

                if (message.Length + result.Count > _maxMessageBytes)
                {
                    _socket.Abort();
                    global::System.Threading.Volatile.Write(ref _closed, 1);
                    throw new global::System.IO.InvalidDataException(
                        "A Live API message is larger than " + _maxMessageBytes.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " bytes; the session was aborted.");
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return message.ToArray();
                }
            }
        }

        /// <summary>
        /// Closes the session with a normal close handshake, waiting at most <see cref="CloseTimeout"/> for the
        /// server's answer before aborting. Closing twice does nothing.
        /// </summary>
        public async global::System.Threading.Tasks.Task CloseAsync(global::System.Threading.CancellationToken cancellationToken = default)
        {
            if (global::System.Threading.Interlocked.Exchange(ref _closed, 1) == 1)
            {
                return;
            }

            using var deadline = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(CloseTimeout);
            try
            {
                if (_socket.State is global::System.Net.WebSockets.WebSocketState.Open or global::System.Net.WebSockets.WebSocketState.CloseReceived)
                {
                    await _socket.CloseAsync(global::System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "client closed", deadline.Token).ConfigureAwait(false);
                }
            }
            catch (global::System.Exception exception) when (exception is global::System.OperationCanceledException or global::System.Net.WebSockets.WebSocketException or global::System.IO.IOException)
            {
                // No answer in time, or the connection is already gone: nothing left to close politely.
                _socket.Abort();
            }
        }

        /// <summary>Closes (<see cref="CloseAsync"/>) and releases the socket.</summary>
        public async global::System.Threading.Tasks.ValueTask DisposeAsync()
        {
            await CloseAsync().ConfigureAwait(false);
            _socket.Dispose();
            _sending.Dispose();
        }

        private async global::System.Threading.Tasks.Task CloseOutputQuietlyAsync()
        {
            using var deadline = new global::System.Threading.CancellationTokenSource(CloseTimeout);
            try
            {
                await _socket.CloseOutputAsync(global::System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, null, deadline.Token).ConfigureAwait(false);
            }
            catch (global::System.Exception exception) when (exception is global::System.OperationCanceledException or global::System.Net.WebSockets.WebSocketException or global::System.IO.IOException)
            {
                _socket.Abort();
            }
        }

        private GeminiLiveClosedException Closed(global::System.Exception exception)
        {
            global::System.Threading.Volatile.Write(ref _closed, 1);
            return new GeminiLiveClosedException(_socket.CloseStatus, Redact(_socket.CloseStatusDescription ?? exception.Message), exception);
        }

        private string? Redact(string? text)
            => text is null || _secret.Length == 0 ? text : text.Replace(_secret, Redacted, global::System.StringComparison.Ordinal);
    }
}
