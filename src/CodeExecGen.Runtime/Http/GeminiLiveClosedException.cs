#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// A Live session ended other than by the client's own close: the server closed it with a status other
    /// than a normal closure (1008 for a policy violation such as a bad key or a used-up quota, 1011 for an
    /// internal error), or the connection was lost. The message never holds the API key.
    /// </summary>
    public sealed class GeminiLiveClosedException : global::System.Exception
    {
        /// <summary>An exception for a close with <paramref name="closeStatus"/> and <paramref name="reason"/> (already redacted).</summary>
        public GeminiLiveClosedException(global::System.Net.WebSockets.WebSocketCloseStatus? closeStatus, string? reason, global::System.Exception? innerException = null)
            : base(MessageOf(closeStatus, reason), innerException)
        {
            CloseStatus = closeStatus;
            Reason = reason;
        }

        /// <summary>The server's close status; null when the connection was lost without a close frame.</summary>
        public global::System.Net.WebSockets.WebSocketCloseStatus? CloseStatus { get; }

        /// <summary>The server's close reason (the key, if it held it, redacted); null when it gave none.</summary>
        public string? Reason { get; }

        private static string MessageOf(global::System.Net.WebSockets.WebSocketCloseStatus? status, string? reason)
            => status is { } code
                ? "The Live session was closed by the server with status " + ((int)code).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " (" + code + ")" + (string.IsNullOrEmpty(reason) ? "." : ": " + reason)
                : "The Live session's connection was lost before the server closed it" + (string.IsNullOrEmpty(reason) ? "." : ": " + reason);
    }
}
