#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// How a client sends media: the chunk size of a resumable upload, the size under which one multipart
    /// request is sent instead, and how often a dropped chunk is resumed. Read when an upload starts.
    /// </summary>
    public sealed class MediaUploadOptions
    {
        /// <summary>The unit a resumable upload's chunks come in unless the server names another: 256 KiB.</summary>
        public const int DefaultGranularity = 256 * 1024;

        private int _chunkSize = 8 * 1024 * 1024;
        private long _multipartThreshold = 5 * 1024 * 1024;
        private int _maxAttempts = 5;
        private global::System.TimeSpan _retryDelay = global::System.TimeSpan.FromSeconds(1);

        /// <summary>
        /// The bytes sent per request of a resumable upload, and the size of the one buffer an upload holds:
        /// a positive multiple of <see cref="DefaultGranularity"/>; 8 MiB by default. A server that names a
        /// larger granularity rounds it up to that.
        /// </summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">Not a positive multiple of 256 KiB.</exception>
        public int ChunkSize
        {
            get => _chunkSize;
            set => _chunkSize = value > 0 && value % DefaultGranularity == 0 ? value
                : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The chunk size must be a positive multiple of 256 KiB.");
        }

        /// <summary>
        /// Content of a known length up to this many bytes goes in one <c>multipart/related</c> request;
        /// larger content, or content of unknown length, goes resumable. 5 MiB by default; 0 sends all resumable.
        /// </summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">Negative.</exception>
        public long MultipartThreshold
        {
            get => _multipartThreshold;
            set => _multipartThreshold = value >= 0 ? value
                : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The multipart threshold cannot be negative.");
        }

        /// <summary>
        /// How many times in a row a request may fail (a dropped connection, HTTP 5xx or 429) before the
        /// upload gives up; progress resets the count. 5 by default.
        /// </summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">Less than 1.</exception>
        public int MaxAttempts
        {
            get => _maxAttempts;
            set => _maxAttempts = value >= 1 ? value
                : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "At least one attempt is needed.");
        }

        /// <summary>The wait after the first failure, doubled after each further one: 1 second by default.</summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">Negative.</exception>
        public global::System.TimeSpan RetryDelay
        {
            get => _retryDelay;
            set => _retryDelay = value >= global::System.TimeSpan.Zero ? value
                : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The retry delay cannot be negative.");
        }
    }
}
