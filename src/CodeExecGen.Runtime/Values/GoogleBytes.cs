#nullable enable

namespace CodeExecGen
{
    /// <summary>
    /// A <c>byte</c> value (base64 on the wire): an image, a thought signature. Read from JSON it keeps
    /// the base64 text and decodes only when asked, once; written back it copies that text unchanged.
    /// Immutable, and safe to share between threads.
    /// </summary>
    /// <remarks>
    /// <see cref="Memory"/> gives the bytes without a copy, <see cref="ToArray"/> a copy of them, and
    /// <see cref="WriteTo"/> writes them to a stream in small decoded pieces, so a large image need never
    /// be held decoded.
    /// </remarks>
    public sealed class GoogleBytes : global::System.IEquatable<GoogleBytes>
    {
        // Canonical standard base64 (what Utf8JsonWriter would write for the bytes) between quotes,
        // so writing it back is one raw copy; null when the value was made from bytes.
        private readonly byte[]? _quotedBase64;
        private readonly int _length;
        private byte[]? _bytes;

        /// <summary>Wraps bytes without copying them: the array must not change afterwards.</summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="bytes"/> is null.</exception>
        public GoogleBytes(byte[] bytes)
        {
            _bytes = bytes ?? throw new global::System.ArgumentNullException(nameof(bytes));
        }

        private GoogleBytes(byte[] quotedBase64, int length)
        {
            _quotedBase64 = quotedBase64;
            _length = length;
        }

        /// <summary>No bytes.</summary>
        public static GoogleBytes Empty { get; } = new GoogleBytes(global::System.Array.Empty<byte>());

        /// <summary>Wraps bytes without copying them: the array must not change afterwards.</summary>
        public static implicit operator GoogleBytes(byte[] bytes) => new GoogleBytes(bytes);

        /// <summary>The number of bytes, known without decoding.</summary>
        public int Length => _quotedBase64 is null ? _bytes!.Length : _length;

        /// <summary>The bytes, decoded on first use (once) and not copied.</summary>
        public global::System.ReadOnlyMemory<byte> Memory => _bytes ?? Decode();

        /// <summary>The bytes as a span; see <see cref="Memory"/>.</summary>
        public global::System.ReadOnlySpan<byte> Span => Memory.Span;

        /// <summary>A new array holding the bytes.</summary>
        public byte[] ToArray() => Memory.ToArray();

        /// <summary>The bytes as standard base64 with padding, as the API writes them.</summary>
        public string ToBase64()
            => _quotedBase64 is { } quoted
                ? global::System.Text.Encoding.ASCII.GetString(quoted, 1, quoted.Length - 2)
                : global::System.Convert.ToBase64String(_bytes!);

        /// <summary>
        /// Writes the bytes to a stream. Undecoded base64 is decoded in pieces of a few kilobytes, so
        /// nothing the size of the value is allocated.
        /// </summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="destination"/> is null.</exception>
        public void WriteTo(global::System.IO.Stream destination)
        {
            if (destination is null)
            {
                throw new global::System.ArgumentNullException(nameof(destination));
            }

            if (_bytes is { } decoded)
            {
                destination.Write(decoded, 0, decoded.Length);
                return;
            }

            var quoted = _quotedBase64!;

            var buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(PieceBytes);
            try
            {
                for (var start = 1; start < quoted.Length - 1; start += PieceChars)
                {
                    var written = DecodePiece(quoted, start, buffer);
                    destination.Write(buffer, 0, written);
                }
            }
            finally
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>Writes the bytes to a stream; see <see cref="WriteTo"/>.</summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="destination"/> is null.</exception>
        public async global::System.Threading.Tasks.Task WriteToAsync(global::System.IO.Stream destination, global::System.Threading.CancellationToken cancellationToken = default)
        {
            if (destination is null)
            {
                throw new global::System.ArgumentNullException(nameof(destination));
            }

            if (_bytes is { } decoded)
            {
                await destination.WriteAsync(decoded, cancellationToken).ConfigureAwait(false);
                return;
            }

            var quoted = _quotedBase64!;

            var buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(PieceBytes);
            try
            {
                for (var start = 1; start < quoted.Length - 1; start += PieceChars)
                {
                    var written = DecodePiece(quoted, start, buffer);
                    await destination.WriteAsync(global::System.MemoryExtensions.AsMemory(buffer, 0, written), cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>True when both hold the same bytes.</summary>
        public bool Equals(GoogleBytes? other)
        {
            if (other is null || other.Length != Length)
            {
                return false;
            }

            // Canonical base64 is unique to its bytes, so two texts compare without decoding.
            return _quotedBase64 is { } mine && other._quotedBase64 is { } theirs
                ? global::System.MemoryExtensions.SequenceEqual<byte>(mine, theirs)
                : global::System.MemoryExtensions.SequenceEqual(Span, other.Span);
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is GoogleBytes other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var hash = new global::System.HashCode();
            hash.AddBytes(Span);
            return hash.ToHashCode();
        }

        /// <summary>The length, never the content (it may be a large image or an opaque signature).</summary>
        public override string ToString() => Length.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " bytes";

        /// <summary>
        /// Keeps UTF-8 base64 as read from JSON when it is canonical (standard alphabet, padded, unused
        /// bits zero: exactly what writing its bytes would give), else null and the caller decodes.
        /// Checking is one vectorized scan, against decoding and allocating the bytes.
        /// </summary>
        internal static GoogleBytes? FromCanonicalBase64(global::System.ReadOnlySpan<byte> base64)
        {
            if (base64.Length % 4 != 0)
            {
                return null;
            }

            var end = global::System.MemoryExtensions.IndexOfAnyExcept(base64, Alphabet);
            var padding = 0;
            if (end >= 0)
            {
                padding = base64.Length - end;
                if (padding > 2 || base64[end] != '=' || base64[base64.Length - 1] != '=')
                {
                    return null;
                }

                // The last character before the padding carries bits no byte uses; canonical text has them zero.
                var last = SextetOf(base64[end - 1]);
                if ((padding == 1 && (last & 0x3) != 0) || (padding == 2 && (last & 0xF) != 0))
                {
                    return null;
                }
            }

            var quoted = new byte[base64.Length + 2];
            quoted[0] = (byte)'"';
            base64.CopyTo(global::System.MemoryExtensions.AsSpan(quoted, 1));
            quoted[quoted.Length - 1] = (byte)'"';
            return new GoogleBytes(quoted, (base64.Length / 4 * 3) - padding);
        }

        /// <summary>Writes the value as a JSON string: the kept text as it is, or the bytes encoded.</summary>
        internal void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
        {
            if (_quotedBase64 is { } quoted)
            {
                writer.WriteRawValue(quoted, skipInputValidation: true);
            }
            else
            {
                writer.WriteBase64StringValue(_bytes!);
            }
        }

        private const int PieceChars = 4096;
        private const int PieceBytes = PieceChars / 4 * 3;

        private static readonly global::System.Buffers.SearchValues<byte> Alphabet
            = global::System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"u8);

        private static int SextetOf(byte c) => c switch
        {
            >= (byte)'A' and <= (byte)'Z' => c - 'A',
            >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
            >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
            (byte)'+' => 62,
            _ => 63,
        };

        private byte[] Decode()
        {
            var quoted = _quotedBase64!;
            var bytes = new byte[Length];
            global::System.Buffers.Text.Base64.DecodeFromUtf8(global::System.MemoryExtensions.AsSpan(quoted, 1, quoted.Length - 2), bytes, out _, out _);
            return global::System.Threading.Interlocked.CompareExchange(ref _bytes, bytes, null) ?? bytes;
        }

        /// <summary>Decodes up to <see cref="PieceChars"/> characters of the kept text from a start index.</summary>
        private static int DecodePiece(byte[] quoted, int start, byte[] buffer)
        {
            var count = global::System.Math.Min(PieceChars, quoted.Length - 1 - start);
            global::System.Buffers.Text.Base64.DecodeFromUtf8(global::System.MemoryExtensions.AsSpan(quoted, start, count), buffer, out _, out var written);
            return written;
        }
    }
}
