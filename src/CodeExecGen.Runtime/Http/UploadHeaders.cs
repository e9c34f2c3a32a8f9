#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>The headers of Google's upload protocol (<c>X-Goog-Upload-*</c>), as the Gemini docs and SDKs send them.</summary>
    internal static class UploadHeaders
    {
        public const string Protocol = "X-Goog-Upload-Protocol";
        public const string Command = "X-Goog-Upload-Command";
        public const string ContentLength = "X-Goog-Upload-Header-Content-Length";
        public const string ContentType = "X-Goog-Upload-Header-Content-Type";
        public const string SessionUrl = "X-Goog-Upload-URL";
        public const string ChunkGranularity = "X-Goog-Upload-Chunk-Granularity";
        public const string Offset = "X-Goog-Upload-Offset";
        public const string Status = "X-Goog-Upload-Status";
        public const string SizeReceived = "X-Goog-Upload-Size-Received";

        public const string Resumable = "resumable";
        public const string Multipart = "multipart";
        public const string Start = "start";
        public const string Upload = "upload";
        public const string UploadAndFinalize = "upload, finalize";
        public const string Query = "query";
        public const string Active = "active";
        public const string Final = "final";

        /// <summary>The header's single value, or null when the answer does not carry it.</summary>
        public static string? Get(global::System.Net.Http.HttpResponseMessage response, string name)
            => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

        /// <summary>The header as a non-negative integer, or null when it is absent or not one.</summary>
        public static long? GetInt64(global::System.Net.Http.HttpResponseMessage response, string name)
            => Get(response, name) is { } text
                && long.TryParse(text, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value : null;
    }
}
