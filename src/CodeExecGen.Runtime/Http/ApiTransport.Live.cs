#nullable enable

namespace CodeExecGen.Http
{
    public sealed partial class ApiTransport
    {
        /// <summary>
        /// Opens a WebSocket to <paramref name="path"/> under the root URL (<c>https</c> becomes <c>wss</c>,
        /// <c>http</c> becomes <c>ws</c>), with the key in <see cref="ApiKeyHeader"/>: never in the URL.
        /// </summary>
        /// <param name="path">The path under the root URL, <c>ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent</c>.</param>
        /// <param name="maxMessageBytes">The largest message <see cref="LiveSocket.ReceiveAsync"/> accepts.</param>
        /// <param name="cancellationToken">Cancels the handshake.</param>
        /// <exception cref="global::System.Net.WebSockets.WebSocketException">The server refused the handshake or could not be reached.</exception>
        public async global::System.Threading.Tasks.Task<LiveSocket> ConnectLiveAsync(string path, int maxMessageBytes, global::System.Threading.CancellationToken cancellationToken)
        {
            if (path is null)
            {
                throw new global::System.ArgumentNullException(nameof(path));
            }

            var root = new global::System.Uri(_rootUrl);
            var scheme = root.Scheme == global::System.Uri.UriSchemeHttp || root.Scheme == "ws" ? "ws" : "wss";
            var uri = new global::System.UriBuilder(root) { Scheme = scheme, Port = root.IsDefaultPort ? -1 : root.Port, Path = root.AbsolutePath + path }.Uri;
            var socket = new global::System.Net.WebSockets.ClientWebSocket();
            socket.Options.SetRequestHeader(ApiKeyHeader, _apiKey);
            try
            {
                await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            return new LiveSocket(socket, maxMessageBytes, _apiKey);
        }
    }
}
