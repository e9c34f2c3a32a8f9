using System;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Values;

public class GoogleTimestampTests
{
    [Theory]
    [InlineData("2026-07-17T10:20:30Z")]
    [InlineData("2026-07-17T10:20:30.123456789Z")]
    [InlineData("2026-07-17T10:20:30.100Z")]
    [InlineData("2026-07-17T10:20:30.1+05:30")]
    [InlineData("2026-07-17T10:20:30.000000-08:00")]
    [InlineData("2026-07-17T10:20:30+00:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.999999999Z")]
    [InlineData("2024-02-29T00:00:00Z")]
    public void Text_round_trips_with_its_digits_and_offset(string text)
        => Assert.Equal(text, GoogleTimestamp.Parse(text).ToString());

    [Theory]
    [InlineData("2026-07-17T10:20:30.1234567891Z")] // ten fractional digits
    [InlineData("2026-07-17T10:20:30.Z")]
    [InlineData("2026-07-17T10:20:30")] // no offset
    [InlineData("2026-07-17 10:20:30Z")]
    [InlineData("2026-07-17T10:20:30+0530")]
    [InlineData("2026-07-17T10:20:30+24:00")]
    [InlineData("2026-07-17T10:20:30+05:60")]
    [InlineData("2026-02-29T00:00:00Z")] // not a leap year
    [InlineData("2026-07-17T24:00:00Z")]
    [InlineData("2026-07-17T10:20:60Z")]
    [InlineData("0000-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00+00:01")] // year 0 in UTC
    [InlineData("9999-12-31T23:59:59-00:01")] // year 10000 in UTC
    [InlineData("2026-07-17T10:20:30Zjunk")]
    public void Text_that_is_not_a_timestamp_in_Google_s_range_is_refused(string text)
    {
        Assert.False(GoogleTimestamp.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => GoogleTimestamp.Parse(text));
        Assert.Contains(text, error.Message);
    }

    [Fact]
    public void The_range_constants_are_the_first_and_last_seconds_Google_accepts()
    {
        Assert.Equal(GoogleTimestamp.MinUnixSeconds, GoogleTimestamp.Parse("0001-01-01T00:00:00Z").UnixSeconds);
        Assert.Equal(GoogleTimestamp.MaxUnixSeconds, GoogleTimestamp.Parse("9999-12-31T23:59:59Z").UnixSeconds);
        Assert.Equal(GoogleTimestamp.MaxUnixSeconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds());
    }

    [Fact]
    public void The_same_instant_at_different_offsets_is_equal_but_each_keeps_its_text()
    {
        var paris = GoogleTimestamp.Parse("2026-07-17T12:00:00+02:00");
        var utc = GoogleTimestamp.Parse("2026-07-17T10:00:00Z");

        Assert.Equal(utc, paris);
        Assert.True(utc == paris);
        Assert.Equal(utc.GetHashCode(), paris.GetHashCode());
        Assert.Equal(0, utc.CompareTo(paris));
        Assert.Equal(TimeSpan.FromHours(2), paris.Offset);
        Assert.Equal("2026-07-17T12:00:00+02:00", paris.ToString());
    }

    [Fact]
    public void Timestamps_order_by_instant_then_nanoseconds()
    {
        var earlier = GoogleTimestamp.Parse("2026-07-17T10:00:00.000000001Z");
        var later = GoogleTimestamp.Parse("2026-07-17T10:00:00.000000002Z");
        var nineUtcWrittenAtPlusTwo = GoogleTimestamp.Parse("2026-07-17T11:00:00+02:00");

        Assert.True(earlier.CompareTo(later) < 0);
        Assert.True(later.CompareTo(earlier) > 0);
        Assert.True(nineUtcWrittenAtPlusTwo.CompareTo(earlier) < 0);
        Assert.True(earlier != later);
    }

    [Fact]
    public void A_DateTimeOffset_keeps_its_offset_and_the_fewest_digits_its_ticks_need()
    {
        var plusTwo = new GoogleTimestamp(new DateTimeOffset(2026, 7, 17, 10, 20, 30, 123, TimeSpan.FromHours(2)));
        var utc = new GoogleTimestamp(new DateTimeOffset(2026, 7, 17, 10, 20, 30, TimeSpan.Zero).AddTicks(1));

        Assert.Equal("2026-07-17T10:20:30.123+02:00", plusTwo.ToString());
        Assert.Equal("2026-07-17T10:20:30.000000100Z", utc.ToString());
        Assert.Equal(100, utc.Nanoseconds);
    }

    [Fact]
    public void An_instant_before_1970_has_negative_seconds_and_positive_nanoseconds()
    {
        var value = new GoogleTimestamp(new DateTimeOffset(1969, 12, 31, 23, 59, 59, 500, TimeSpan.Zero));

        Assert.Equal(-1, value.UnixSeconds);
        Assert.Equal(500_000_000, value.Nanoseconds);
        Assert.Equal(value, GoogleTimestamp.Parse("1969-12-31T23:59:59.5Z"));
    }

    [Fact]
    public void ToDateTimeOffset_truncates_to_ticks_and_keeps_the_offset()
    {
        var value = GoogleTimestamp.Parse("2026-07-17T10:20:30.123456789-08:00").ToDateTimeOffset();

        Assert.Equal(TimeSpan.FromHours(-8), value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 17, 10, 20, 30, TimeSpan.FromHours(-8)).AddTicks(1234567), value);
    }
}
