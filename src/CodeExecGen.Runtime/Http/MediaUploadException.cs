#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// An upload that could not complete: the connection kept failing, the server's count of bytes disagrees
    /// with the content's, or a stream that cannot seek no longer holds the bytes the server asks for again.
    /// </summary>
    /// <remarks>The message names the method, never the upload address or the API key: an upload address grants access to its session.</remarks>
    public sealed class MediaUploadException : global::System.IO.IOException
    {
        /// <summary>An upload error of <paramref name="method"/> (<c>media.upload</c>).</summary>
        public MediaUploadException(string method, string message, global::System.Exception? innerException = null)
            : base(method + ": " + message, innerException)
        {
            Method = method;
        }

        /// <summary>The REST method whose upload failed: <c>media.upload</c>.</summary>
        public string Method { get; }
    }
}
