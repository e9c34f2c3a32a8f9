#nullable enable

namespace CodeExecGen.Http
{
    /// <summary>
    /// What a method's upload takes, from the Discovery document's <c>mediaUpload</c>: the largest size in
    /// bytes (<c>maxSize</c>) and the MIME types accepted (<c>accept</c>, with wildcards such as <c>*/*</c> or <c>image/*</c>).
    /// </summary>
    public sealed class MediaUploadLimits
    {
        private readonly string[] _accept;

        /// <summary>Limits of <paramref name="maxSize"/> bytes and the <paramref name="accept"/> patterns.</summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="maxSize"/> is negative.</exception>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="accept"/> is null.</exception>
        public MediaUploadLimits(long maxSize, params string[] accept)
        {
            MaxSize = maxSize >= 0 ? maxSize : throw new global::System.ArgumentOutOfRangeException(nameof(maxSize), maxSize, "The largest size cannot be negative.");
            _accept = (string[])(accept ?? throw new global::System.ArgumentNullException(nameof(accept))).Clone();
        }

        /// <summary>The largest content accepted, in bytes.</summary>
        public long MaxSize { get; }

        /// <summary>The accepted MIME type patterns.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Accept => _accept;

        /// <summary>
        /// True when <paramref name="mimeType"/> (its parameters, such as <c>charset</c>, ignored) matches an
        /// accepted pattern; case is ignored, as MIME types are case-insensitive.
        /// </summary>
        public bool Accepts(string mimeType)
        {
            var type = Essence(mimeType ?? throw new global::System.ArgumentNullException(nameof(mimeType)));
            var slash = type.IndexOf('/');
            if (slash <= 0 || slash == type.Length - 1)
            {
                return false;
            }

            foreach (var pattern in _accept)
            {
                var accepted = Essence(pattern);
                if (accepted == "*/*" || string.Equals(accepted, type, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (accepted.EndsWith("/*", global::System.StringComparison.Ordinal)
                    && string.Compare(accepted, 0, type, 0, slash + 1, global::System.StringComparison.OrdinalIgnoreCase) == 0
                    && accepted.Length == slash + 2)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Essence(string mimeType)
        {
            var semicolon = mimeType.IndexOf(';');
            return (semicolon < 0 ? mimeType : mimeType.Substring(0, semicolon)).Trim();
        }
    }
}
