#nullable enable

namespace CodeExecGen
{
    /// <summary>
    /// A <c>google-datetime</c> value: an RFC 3339 timestamp as Google APIs send it. Unlike
    /// <see cref="global::System.DateTimeOffset"/> it keeps all nine fractional digits and the offset it
    /// was written with, so a value read from JSON is written back exactly.
    /// </summary>
    public readonly struct GoogleTimestamp : global::System.IEquatable<GoogleTimestamp>, global::System.IComparable<GoogleTimestamp>
    {
        private const long UnixEpochTicks = 621355968000000000L;
        private readonly long _unixSeconds;
        private readonly int _nanoseconds;
        private readonly short _offsetMinutes;
        private readonly byte _fractionDigits;
        private readonly bool _writeZ;

        private GoogleTimestamp(long unixSeconds, int nanoseconds, short offsetMinutes, byte fractionDigits, bool writeZ)
        {
            _unixSeconds = unixSeconds;
            _nanoseconds = nanoseconds;
            _offsetMinutes = offsetMinutes;
            _fractionDigits = fractionDigits;
            _writeZ = writeZ;
        }

        /// <summary>Creates a timestamp from a <see cref="global::System.DateTimeOffset"/>, keeping its offset.</summary>
        public GoogleTimestamp(global::System.DateTimeOffset value)
        {
            var utcTicks = value.UtcTicks - UnixEpochTicks;
            _unixSeconds = FloorDiv(utcTicks, global::System.TimeSpan.TicksPerSecond);
            _nanoseconds = (int)(utcTicks - (_unixSeconds * global::System.TimeSpan.TicksPerSecond)) * 100;
            _offsetMinutes = (short)value.Offset.TotalMinutes;
            _fractionDigits = (byte)(_nanoseconds == 0 ? 0 : _nanoseconds % 1000000 == 0 ? 3 : _nanoseconds % 1000 == 0 ? 6 : 9);
            _writeZ = _offsetMinutes == 0;
        }

        /// <summary>0001-01-01T00:00:00Z, the earliest instant Google accepts, in seconds since the Unix epoch.</summary>
        public const long MinUnixSeconds = -62135596800;

        /// <summary>9999-12-31T23:59:59Z, the latest whole second Google accepts, in seconds since the Unix epoch.</summary>
        public const long MaxUnixSeconds = 253402300799;

        /// <summary>Seconds since 1970-01-01T00:00:00Z.</summary>
        public long UnixSeconds => _unixSeconds;

        /// <summary>Nanoseconds within the second, 0 to 999,999,999.</summary>
        public int Nanoseconds => _nanoseconds;

        /// <summary>The offset from UTC the value was written with.</summary>
        public global::System.TimeSpan Offset => global::System.TimeSpan.FromMinutes(_offsetMinutes);

        /// <summary>The value as a <see cref="global::System.DateTimeOffset"/>, truncated to its 100 ns precision.</summary>
        public global::System.DateTimeOffset ToDateTimeOffset()
            => new global::System.DateTimeOffset((_unixSeconds * global::System.TimeSpan.TicksPerSecond) + (_nanoseconds / 100) + UnixEpochTicks, global::System.TimeSpan.Zero).ToOffset(Offset);

        /// <summary>Parses an RFC 3339 timestamp, such as <c>2026-07-17T10:20:30.123456789Z</c>.</summary>
        /// <exception cref="global::System.FormatException">The text is not an RFC 3339 timestamp.</exception>
        public static GoogleTimestamp Parse(string text)
            => TryParse(text, out var value) ? value : throw new global::System.FormatException("'" + text + "' is not an RFC 3339 timestamp.");

        /// <summary>Parses an RFC 3339 timestamp; false when the text is not one.</summary>
        public static bool TryParse(global::System.ReadOnlySpan<char> text, out GoogleTimestamp value)
        {
            value = default;
            if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
                || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
                || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second)
                || year < 1 || month < 1 || month > 12 || day < 1 || day > global::System.DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            var position = 19;
            var nanoseconds = 0;
            var digits = 0;
            if (text[position] == '.')
            {
                position++;
                while (position < text.Length && text[position] >= '0' && text[position] <= '9')
                {
                    if (++digits > 9)
                    {
                        return false;
                    }

                    nanoseconds = (nanoseconds * 10) + (text[position] - '0');
                    position++;
                }

                if (digits == 0)
                {
                    return false;
                }

                for (var i = digits; i < 9; i++)
                {
                    nanoseconds *= 10;
                }
            }

            int offsetMinutes;
            var writeZ = false;
            var rest = text.Slice(position);
            if (rest.Length == 1 && rest[0] == 'Z')
            {
                offsetMinutes = 0;
                writeZ = true;
            }
            else if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':'
                && Digits(rest, 1, 2, out var offsetHours) && Digits(rest, 4, 2, out var offsetMinutePart)
                && offsetHours <= 23 && offsetMinutePart <= 59)
            {
                offsetMinutes = ((offsetHours * 60) + offsetMinutePart) * (rest[0] == '-' ? -1 : 1);
            }
            else
            {
                return false;
            }

            var localTicks = new global::System.DateTime(year, month, day, hour, minute, second, global::System.DateTimeKind.Unspecified).Ticks;
            var unixSeconds = ((localTicks - UnixEpochTicks) / global::System.TimeSpan.TicksPerSecond) - (offsetMinutes * 60L);
            if (unixSeconds < MinUnixSeconds || unixSeconds > MaxUnixSeconds)
            {
                return false; // Google's range is the UTC instant's, years 1 to 9999, whatever the written offset.
            }

            value = new GoogleTimestamp(unixSeconds, nanoseconds, (short)offsetMinutes, (byte)digits, writeZ);
            return true;
        }

        /// <summary>The RFC 3339 text, with the digits and offset the value was read with.</summary>
        public override string ToString()
        {
            var local = new global::System.DateTime(((_unixSeconds + (_offsetMinutes * 60L)) * global::System.TimeSpan.TicksPerSecond) + UnixEpochTicks, global::System.DateTimeKind.Unspecified);
            var text = local.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", global::System.Globalization.CultureInfo.InvariantCulture);
            if (_fractionDigits > 0)
            {
                text += "." + _nanoseconds.ToString("D9", global::System.Globalization.CultureInfo.InvariantCulture).Substring(0, _fractionDigits);
            }

            if (_writeZ)
            {
                return text + "Z";
            }

            var offset = global::System.Math.Abs((int)_offsetMinutes);
            return text + (_offsetMinutes < 0 ? "-" : "+")
                + (offset / 60).ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture) + ":"
                + (offset % 60).ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Two timestamps are equal when they name the same instant, whatever their offsets.</summary>
        public bool Equals(GoogleTimestamp other) => _unixSeconds == other._unixSeconds && _nanoseconds == other._nanoseconds;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is GoogleTimestamp other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (_unixSeconds.GetHashCode() * 397) ^ _nanoseconds;

        /// <inheritdoc/>
        public int CompareTo(GoogleTimestamp other)
            => _unixSeconds != other._unixSeconds ? _unixSeconds.CompareTo(other._unixSeconds) : _nanoseconds.CompareTo(other._nanoseconds);

        /// <summary>Equal instants.</summary>
        public static bool operator ==(GoogleTimestamp left, GoogleTimestamp right) => left.Equals(right);

        /// <summary>Different instants.</summary>
        public static bool operator !=(GoogleTimestamp left, GoogleTimestamp right) => !left.Equals(right);

        private static bool Digits(global::System.ReadOnlySpan<char> text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return true;
        }

        private static long FloorDiv(long value, long divisor)
        {
            var quotient = value / divisor;
            return (value % divisor != 0 && ((value < 0) != (divisor < 0))) ? quotient - 1 : quotient;
        }
    }
}
