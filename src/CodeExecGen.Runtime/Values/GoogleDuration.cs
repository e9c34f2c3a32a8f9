#nullable enable

namespace CodeExecGen
{
    /// <summary>
    /// A <c>google-duration</c> value: seconds with up to nine fractional digits and an "s" suffix,
    /// such as <c>1.5s</c>. Keeps nanoseconds and the digits it was written with, so it round-trips exactly.
    /// </summary>
    public readonly struct GoogleDuration : global::System.IEquatable<GoogleDuration>, global::System.IComparable<GoogleDuration>
    {
        private readonly long _seconds;
        private readonly int _nanoseconds;
        private readonly byte _fractionDigits;

        private GoogleDuration(long seconds, int nanoseconds, byte fractionDigits)
        {
            _seconds = seconds;
            _nanoseconds = nanoseconds;
            _fractionDigits = fractionDigits;
        }

        /// <summary>The longest duration Google accepts either way, in whole seconds: about 10,000 years.</summary>
        public const long MaxSeconds = 315576000000;

        /// <summary>Creates a duration from a <see cref="global::System.TimeSpan"/>.</summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The value is longer than <see cref="MaxSeconds"/> either way, which Google rejects.</exception>
        public GoogleDuration(global::System.TimeSpan value)
        {
            if (value.Ticks / global::System.TimeSpan.TicksPerSecond is > MaxSeconds or < -MaxSeconds)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Google accepts durations of at most " + MaxSeconds.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " seconds either way.");
            }

            _seconds = value.Ticks / global::System.TimeSpan.TicksPerSecond;
            _nanoseconds = (int)(value.Ticks % global::System.TimeSpan.TicksPerSecond) * 100;
            var magnitude = global::System.Math.Abs(_nanoseconds);
            _fractionDigits = (byte)(magnitude == 0 ? 0 : magnitude % 1000000 == 0 ? 3 : magnitude % 1000 == 0 ? 6 : 9);
        }

        /// <summary>Whole seconds; negative for a negative duration.</summary>
        public long Seconds => _seconds;

        /// <summary>Nanoseconds beyond <see cref="Seconds"/>, with the same sign.</summary>
        public int Nanoseconds => _nanoseconds;

        /// <summary>The value as a <see cref="global::System.TimeSpan"/>, truncated to its 100 ns precision.</summary>
        public global::System.TimeSpan ToTimeSpan() => global::System.TimeSpan.FromTicks((_seconds * global::System.TimeSpan.TicksPerSecond) + (_nanoseconds / 100));

        /// <summary>Parses a duration such as <c>1.5s</c> or <c>-0.000000001s</c>.</summary>
        /// <exception cref="global::System.FormatException">The text is not a duration.</exception>
        public static GoogleDuration Parse(string text)
            => TryParse(text, out var value) ? value : throw new global::System.FormatException("'" + text + "' is not a duration such as '1.5s'.");

        /// <summary>Parses a duration; false when the text is not one.</summary>
        public static bool TryParse(global::System.ReadOnlySpan<char> text, out GoogleDuration value)
        {
            value = default;
            if (text.Length < 2 || text[text.Length - 1] != 's')
            {
                return false;
            }

            var position = 0;
            var negative = text[0] == '-';
            if (negative)
            {
                position++;
            }

            long seconds = 0;
            var secondDigits = 0;
            while (position < text.Length - 1 && text[position] >= '0' && text[position] <= '9')
            {
                if (++secondDigits > 12)
                {
                    return false; // More digits than MaxSeconds has; also keeps the sum from overflowing.
                }

                seconds = (seconds * 10) + (text[position] - '0');
                position++;
            }

            var nanoseconds = 0;
            var fractionDigits = 0;
            if (position < text.Length - 1 && text[position] == '.')
            {
                position++;
                while (position < text.Length - 1 && text[position] >= '0' && text[position] <= '9')
                {
                    if (++fractionDigits > 9)
                    {
                        return false;
                    }

                    nanoseconds = (nanoseconds * 10) + (text[position] - '0');
                    position++;
                }

                if (fractionDigits == 0)
                {
                    return false;
                }

                for (var i = fractionDigits; i < 9; i++)
                {
                    nanoseconds *= 10;
                }
            }

            if (secondDigits == 0 || position != text.Length - 1 || seconds > MaxSeconds)
            {
                return false;
            }

            value = new GoogleDuration(negative ? -seconds : seconds, negative ? -nanoseconds : nanoseconds, (byte)fractionDigits);
            return true;
        }

        /// <summary>The duration in Google's form, with the digits it was read with.</summary>
        public override string ToString()
        {
            var negative = _seconds < 0 || _nanoseconds < 0;
            var text = (negative ? "-" : string.Empty) + global::System.Math.Abs(_seconds).ToString(global::System.Globalization.CultureInfo.InvariantCulture);
            if (_fractionDigits > 0)
            {
                text += "." + global::System.Math.Abs(_nanoseconds).ToString("D9", global::System.Globalization.CultureInfo.InvariantCulture).Substring(0, _fractionDigits);
            }

            return text + "s";
        }

        /// <summary>Equal lengths of time, whatever digits they were written with.</summary>
        public bool Equals(GoogleDuration other) => _seconds == other._seconds && _nanoseconds == other._nanoseconds;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is GoogleDuration other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (_seconds.GetHashCode() * 397) ^ _nanoseconds;

        /// <inheritdoc/>
        public int CompareTo(GoogleDuration other)
            => _seconds != other._seconds ? _seconds.CompareTo(other._seconds) : _nanoseconds.CompareTo(other._nanoseconds);

        /// <summary>Equal lengths of time.</summary>
        public static bool operator ==(GoogleDuration left, GoogleDuration right) => left.Equals(right);

        /// <summary>Different lengths of time.</summary>
        public static bool operator !=(GoogleDuration left, GoogleDuration right) => !left.Equals(right);
    }
}
