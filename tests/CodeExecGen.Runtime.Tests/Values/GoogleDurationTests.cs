using System;
using Xunit;

namespace CodeExecGen.Runtime.Tests.Values;

public class GoogleDurationTests
{
    [Theory]
    [InlineData("0s")]
    [InlineData("1.5s")]
    [InlineData("1.500s")]
    [InlineData("-1.5s")]
    [InlineData("-0.000000001s")]
    [InlineData("0.000001s")]
    [InlineData("315576000000s")]
    [InlineData("-315576000000.999999999s")]
    public void Text_round_trips_with_its_digits(string text)
        => Assert.Equal(text, GoogleDuration.Parse(text).ToString());

    [Theory]
    [InlineData("315576000001s")]
    [InlineData("-315576000001s")]
    [InlineData("1000000000000s")] // thirteen digits
    [InlineData("1.1234567891s")] // ten fractional digits
    [InlineData("1.s")]
    [InlineData(".5s")]
    [InlineData("-s")]
    [InlineData("s")]
    [InlineData("1.5")]
    [InlineData("1.5 s")]
    [InlineData("+1s")]
    [InlineData("--1s")]
    [InlineData("1ms")]
    public void Text_that_is_not_a_duration_in_Google_s_range_is_refused(string text)
    {
        Assert.False(GoogleDuration.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => GoogleDuration.Parse(text));
        Assert.Contains(text, error.Message);
    }

    [Fact]
    public void A_negative_duration_has_seconds_and_nanoseconds_of_the_same_sign()
    {
        var value = GoogleDuration.Parse("-1.5s");

        Assert.Equal(-1, value.Seconds);
        Assert.Equal(-500_000_000, value.Nanoseconds);
        Assert.Equal(TimeSpan.FromMilliseconds(-1500), value.ToTimeSpan());
    }

    [Fact]
    public void Equality_and_order_are_by_length_of_time_not_digits()
    {
        var written = GoogleDuration.Parse("1.5s");
        var padded = GoogleDuration.Parse("1.500000000s");

        Assert.Equal(written, padded);
        Assert.True(written == padded);
        Assert.Equal(written.GetHashCode(), padded.GetHashCode());
        Assert.NotEqual(written.ToString(), padded.ToString());
        Assert.True(GoogleDuration.Parse("-0.5s").CompareTo(GoogleDuration.Parse("0s")) < 0);
        Assert.True(GoogleDuration.Parse("1.000000002s").CompareTo(GoogleDuration.Parse("1.000000001s")) > 0);
        Assert.True(written != GoogleDuration.Parse("1.4s"));
    }

    [Theory]
    [InlineData(15_000_000L, "1.500s")]
    [InlineData(-15_000_000L, "-1.500s")]
    [InlineData(10_010L, "0.001001s")]
    [InlineData(1L, "0.000000100s")]
    [InlineData(30 * TimeSpan.TicksPerSecond, "30s")]
    public void A_TimeSpan_is_written_with_the_fewest_digits_of_three_six_or_nine(long ticks, string expected)
        => Assert.Equal(expected, new GoogleDuration(TimeSpan.FromTicks(ticks)).ToString());

    [Fact]
    public void A_TimeSpan_longer_than_Google_accepts_is_refused_either_way()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GoogleDuration(TimeSpan.FromSeconds(GoogleDuration.MaxSeconds + 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GoogleDuration(TimeSpan.FromSeconds(-GoogleDuration.MaxSeconds - 1)));
        Assert.Equal(GoogleDuration.MaxSeconds, new GoogleDuration(TimeSpan.FromSeconds(GoogleDuration.MaxSeconds)).Seconds);
    }

    [Fact]
    public void ToTimeSpan_truncates_to_ticks()
        => Assert.Equal(1, GoogleDuration.Parse("0.000000199s").ToTimeSpan().Ticks);
}
