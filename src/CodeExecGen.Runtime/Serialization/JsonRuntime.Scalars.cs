#nullable enable

namespace CodeExecGen.Serialization
{
    // Scalars: strings (refusing unpaired surrogates and bytes that are not UTF-8), numbers, bytes, times
    public static partial class JsonRuntime
    {
        /// <summary>A string (see <see cref="ReadText"/>), or null for JSON null; any other token is a JsonException.</summary>
        public static string? ReadString(ref global::System.Text.Json.Utf8JsonReader reader) => reader.TokenType switch
        {
            global::System.Text.Json.JsonTokenType.String => ReadText(ref reader),
            global::System.Text.Json.JsonTokenType.Null => null,
            _ => throw Unexpected(ref reader, "a string"),
        };

        // "\ud800" is well-formed JSON, but no Unicode text: Google's parser and I-JSON (RFC 7493)
        // refuse it, and Utf8JsonWriter cannot write it back, so a value holding one would read and
        // then fail on the next write. Only an escape can make one, so text without escapes is never
        // scanned for them. Bytes that are not UTF-8 are refused too: Utf8JsonReader does not check
        // them, GetString throws on them (typed strings), and a raw value kept as read would be written
        // back by Utf8JsonWriter with U+FFFD in their place, a silent change.

        /// <summary>The string or property name at the reader, refusing an unpaired surrogate or bytes that are not UTF-8.</summary>
        public static string ReadText(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            CheckEscapes(ref reader);
            try
            {
                return reader.GetString()!;
            }
            catch (global::System.InvalidOperationException)
            {
                throw NotUtf8(); // GetString's own error would reach the caller without the value's path
            }
        }

        /// <summary>The value at the reader as raw JSON (JsonElement.ParseValue), refusing an unpaired surrogate or bytes that are not UTF-8 anywhere in it.</summary>
        internal static global::System.Text.Json.JsonElement ParseRaw(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            var scan = reader;
            var element = global::System.Text.Json.JsonElement.ParseValue(ref reader);
            while (true)
            {
                if (scan.TokenType is global::System.Text.Json.JsonTokenType.String or global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    CheckEscapes(ref scan);
                    if (!global::System.Text.Unicode.Utf8.IsValid(scan.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(scan.ValueSequence) : scan.ValueSpan))
                    {
                        throw NotUtf8();
                    }
                }

                if (scan.BytesConsumed >= reader.BytesConsumed || !scan.Read())
                {
                    return element;
                }
            }
        }

        private static void CheckEscapes(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped && HasLoneSurrogate(reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan))
            {
                throw LoneSurrogate();
            }
        }

        /// <summary>True when escaped JSON text has a \uD800-\uDBFF not followed by a \uDC00-\uDFFF, or the second without the first.</summary>
        private static bool HasLoneSurrogate(global::System.ReadOnlySpan<byte> escaped)
        {
            var expectLow = false;
            for (var i = 0; i < escaped.Length; i++)
            {
                var isUnicodeEscape = escaped[i] == (byte)'\\' && escaped[++i] == (byte)'u';
                var unit = 0;
                if (isUnicodeEscape)
                {
                    global::System.Buffers.Text.Utf8Parser.TryParse(escaped.Slice(i + 1, 4), out unit, out var hexDigits, 'X');
                    i += 4;
                }

                var low = unit is >= 0xDC00 and <= 0xDFFF;
                if (expectLow != low)
                {
                    return true;
                }

                expectLow = unit is >= 0xD800 and <= 0xDBFF;
            }

            return expectLow;
        }

        /// <summary><c>true</c> or <c>false</c>, or null for JSON null.</summary>
        public static bool? ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader) => reader.TokenType switch
        {
            global::System.Text.Json.JsonTokenType.True => true,
            global::System.Text.Json.JsonTokenType.False => false,
            global::System.Text.Json.JsonTokenType.Null => null,
            _ => throw Unexpected(ref reader, "true or false"),
        };

        /// <summary>A 32-bit integer from a number or a numeric string, any whole form (<c>1</c>, <c>"1"</c>, <c>1.0</c>, <c>1e3</c>); null for JSON null.</summary>
        public static int? ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader) => ReadInteger<int>(ref reader, "a 32-bit integer");

        /// <summary>An unsigned 32-bit integer, in the forms <see cref="ReadInt32"/> reads; null for JSON null.</summary>
        public static uint? ReadUInt32(ref global::System.Text.Json.Utf8JsonReader reader) => ReadInteger<uint>(ref reader, "an unsigned 32-bit integer");

        /// <summary>A 64-bit integer: proto3 JSON writes it as a string, and numbers are read too (see <see cref="ReadInt32"/>); null for JSON null.</summary>
        public static long? ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader) => ReadInteger<long>(ref reader, "a 64-bit integer (a string or a number)");

        /// <summary>An unsigned 64-bit integer, as <see cref="ReadInt64"/> reads; null for JSON null.</summary>
        public static ulong? ReadUInt64(ref global::System.Text.Json.Utf8JsonReader reader) => ReadInteger<ulong>(ref reader, "an unsigned 64-bit integer (a string or a number)");

        /// <summary>
        /// An integer from a number or a numeric string (proto3 JSON accepts both for every integer
        /// type), including a whole number written as a decimal (1.0, 1e3). Parsed from the UTF-8 bytes.
        /// </summary>
        private static T? ReadInteger<T>(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
            where T : struct, global::System.Numerics.IBinaryInteger<T>, global::System.Numerics.IMinMaxValue<T>
        {
            var token = reader.TokenType;
            if (token == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (token is global::System.Text.Json.JsonTokenType.Number or global::System.Text.Json.JsonTokenType.String)
            {
                const global::System.Globalization.NumberStyles Style = global::System.Globalization.NumberStyles.AllowLeadingSign;
                var culture = global::System.Globalization.CultureInfo.InvariantCulture;
                // A number split across buffers while streaming has no ValueSpan, and GetString refuses numbers.
                if (token == global::System.Text.Json.JsonTokenType.String && (reader.HasValueSequence || reader.ValueIsEscaped)
                    ? T.TryParse(reader.GetString(), Style, culture, out var value)
                    : T.TryParse(reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan, Style, culture, out value))
                {
                    return value;
                }

                // A whole number written as a decimal or with an exponent (1.0, 1e5, "1e5"), as Google's parser accepts.
                const global::System.Globalization.NumberStyles DecimalStyle = global::System.Globalization.NumberStyles.AllowLeadingSign | global::System.Globalization.NumberStyles.AllowDecimalPoint | global::System.Globalization.NumberStyles.AllowExponent;
                if ((token == global::System.Text.Json.JsonTokenType.Number ? reader.TryGetDecimal(out var number) : decimal.TryParse(reader.GetString(), DecimalStyle, culture, out number))
                    && number == global::System.Math.Truncate(number)
                    && number >= decimal.CreateTruncating(T.MinValue) && number <= decimal.CreateTruncating(T.MaxValue))
                {
                    return T.CreateTruncating(number);
                }
            }

            throw Unexpected(ref reader, expected);
        }

        /// <summary>A <c>float</c> from a number, a numeric string, or the strings "NaN", "Infinity" and "-Infinity"; null for JSON null.</summary>
        public static float? ReadSingle(ref global::System.Text.Json.Utf8JsonReader reader) => ReadFloat<float>(ref reader);

        /// <summary>A <c>double</c> from a number, a numeric string, or the strings "NaN", "Infinity" and "-Infinity"; null for JSON null.</summary>
        public static double? ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader) => ReadFloat<double>(ref reader);

        private static T? ReadFloat<T>(ref global::System.Text.Json.Utf8JsonReader reader)
            where T : struct, global::System.Numerics.IFloatingPointIeee754<T>
        {
            var culture = global::System.Globalization.CultureInfo.InvariantCulture;
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.Null:
                    return null;
                case global::System.Text.Json.JsonTokenType.Number when (reader.HasValueSequence ? ParseSegmented<T>(ref reader) : T.TryParse(reader.ValueSpan, global::System.Globalization.NumberStyles.Float, culture, out var number) ? number : null) is { } finite && T.IsFinite(finite):
                    return finite;
                case global::System.Text.Json.JsonTokenType.String:
                    var text = reader.GetString();
                    if (text == "NaN") return T.NaN;
                    if (text == "Infinity") return T.PositiveInfinity;
                    if (text == "-Infinity") return T.NegativeInfinity;
                    if (T.TryParse(text, global::System.Globalization.NumberStyles.Float, culture, out var parsed) && T.IsFinite(parsed)) return parsed;
                    break;
            }

            throw Unexpected(ref reader, "a number");
        }

        /// <summary>A number split across buffers while streaming: copied out, then parsed.</summary>
        private static T? ParseSegmented<T>(ref global::System.Text.Json.Utf8JsonReader reader)
            where T : struct, global::System.Numerics.IFloatingPointIeee754<T>
        {
            var sequence = reader.ValueSequence;
            if (sequence.Length > 128)
            {
                return null;
            }

            global::System.Span<byte> buffer = stackalloc byte[128];
            global::System.Buffers.BuffersExtensions.CopyTo(sequence, buffer);
            return T.TryParse(buffer.Slice(0, (int)sequence.Length), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        /// <summary>Any JSON value, kept raw (see <see cref="ParseRaw"/>).</summary>
        public static global::System.Text.Json.JsonElement ReadAny(ref global::System.Text.Json.Utf8JsonReader reader)
            => ParseRaw(ref reader);

        /// <summary>
        /// Standard or URL-safe base64, with or without padding. Canonical base64 (what the API
        /// sends) is kept undecoded; anything else is decoded now. False only for lenient documents
        /// with a value that is not base64 (the caller keeps it raw); strict documents throw.
        /// </summary>
        public static bool TryReadBytes(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions? options, out global::CodeExecGen.GoogleBytes? value)
        {
            value = null;
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return true;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)
            {
                throw Unexpected(ref reader, "a base64 string");
            }

            if (!reader.ValueIsEscaped && !reader.HasValueSequence && global::CodeExecGen.GoogleBytes.FromCanonicalBase64(reader.ValueSpan) is { } kept)
            {
                value = kept;
                return true;
            }

            var text = reader.GetString()!;
            var normalized = new global::System.Text.StringBuilder(text.Length + 3);
            foreach (var c in text)
            {
                normalized.Append(c == '-' ? '+' : c == '_' ? '/' : c);
            }

            while (normalized.Length % 4 != 0)
            {
                normalized.Append('=');
            }

            var buffer = new byte[(normalized.Length / 4) * 3];
            if (global::System.Convert.TryFromBase64String(normalized.ToString(), buffer, out var written))
            {
                value = new global::CodeExecGen.GoogleBytes(written == buffer.Length ? buffer : global::System.MemoryExtensions.AsSpan(buffer, 0, written).ToArray());
                return true;
            }

            return IsLenient(options) ? false : throw new global::System.Text.Json.JsonException("The value is not base64 (standard or URL-safe).");
        }

        /// <summary>An RFC 3339 timestamp; false only for a lenient document with a value that is not one.</summary>
        public static bool TryReadTimestamp(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions? options, out global::CodeExecGen.GoogleTimestamp? value)
        {
            value = null;
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return true;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)
            {
                throw Unexpected(ref reader, "an RFC 3339 timestamp string");
            }

            if (global::CodeExecGen.GoogleTimestamp.TryParse(reader.GetString(), out var parsed))
            {
                value = parsed;
                return true;
            }

            return IsLenient(options) ? false : throw new global::System.Text.Json.JsonException("The value is not an RFC 3339 timestamp such as 2026-07-17T10:20:30.123456789Z.");
        }

        /// <summary>A duration such as "1.5s"; false only for a lenient document with a value that is not one.</summary>
        public static bool TryReadDuration(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions? options, out global::CodeExecGen.GoogleDuration? value)
        {
            value = null;
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return true;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)
            {
                throw Unexpected(ref reader, "a duration string such as \"1.5s\"");
            }

            if (global::CodeExecGen.GoogleDuration.TryParse(reader.GetString(), out var parsed))
            {
                value = parsed;
                return true;
            }

            return IsLenient(options) ? false : throw new global::System.Text.Json.JsonException("The value is not a duration such as \"1.5s\".");
        }
    }
}
