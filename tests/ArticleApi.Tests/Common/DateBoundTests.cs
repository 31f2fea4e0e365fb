using ArticleApi.Common.Text;

namespace ArticleApi.Tests.Common;

public sealed class DateBoundTests
{
    [Theory]
    [InlineData("2025-03-01", "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z")]
    [InlineData("2025-03-01T10:00:00Z", "2025-03-01T10:00:00Z", "2025-03-01T10:00:00Z")]
    [InlineData("2025-03-01T10:00:00+01:00", "2025-03-01T09:00:00Z", "2025-03-01T09:00:00Z")]
    [InlineData("2025-03-01T10:00:00 01:00", "2025-03-01T09:00:00Z", "2025-03-01T09:00:00Z")]
    [InlineData("2025-03-01t10:00:00.5z", "2025-03-01T10:00:00.5Z", "2025-03-01T10:00:00.5Z")]
    [InlineData("2024-02-29", "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z")]
    public void Parses_dates_and_date_times_with_offsets(string text, string start, string exclusiveEnd)
    {
        Assert.True(DateBound.TryParse(text, TimeZoneInfo.Utc, out var bound));
        Assert.Equal(DateTimeOffset.Parse(start), bound.Start);
        Assert.Equal(DateTimeOffset.Parse(exclusiveEnd), bound.ExclusiveEnd);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-03-01T10:00:00")]
    [InlineData("2025-3-1")]
    [InlineData("2025-02-29")]
    [InlineData("01/03/2025")]
    [InlineData("2025-03-01T10:00Z")]
    [InlineData("2025-03-01T24:00:00Z")]
    [InlineData("2025-03-01T10:00:00+1:00")]
    [InlineData("tomorrow")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Rejects_anything_else(string text) => Assert.False(DateBound.TryParse(text, TimeZoneInfo.Utc, out _));

    [Theory]
    [InlineData("2025-03-20", "2025-03-19T23:00:00Z", "2025-03-20T23:00:00Z")] // CET, UTC+1
    [InlineData("2025-07-01", "2025-06-30T22:00:00Z", "2025-07-01T22:00:00Z")] // CEST, UTC+2
    [InlineData("2025-03-30", "2025-03-29T23:00:00Z", "2025-03-30T22:00:00Z")] // a 23-hour day: clocks go forward
    [InlineData("2025-10-26", "2025-10-25T22:00:00Z", "2025-10-26T23:00:00Z")] // a 25-hour day: clocks go back
    public void A_date_is_that_local_day_in_the_time_zone(string text, string start, string exclusiveEnd)
    {
        Assert.True(DateBound.TryParse(text, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"), out var bound));
        Assert.Equal(DateTimeOffset.Parse(start), bound.Start);
        Assert.Equal(DateTimeOffset.Parse(exclusiveEnd), bound.ExclusiveEnd);
    }

    [Fact]
    public void A_day_that_starts_in_a_DST_gap_starts_when_the_clock_resumes()
    {
        // Santiago de Chile moved its clocks from 00:00 to 01:00 on 2024-09-08.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        Assert.True(DateBound.TryParse("2024-09-08", zone, out var bound));

        Assert.Equal(DateTimeOffset.Parse("2024-09-08T04:00:00Z"), bound.Start);
    }
}
