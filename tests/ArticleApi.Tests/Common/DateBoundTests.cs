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
        Assert.True(DateBound.TryParse(text, out var bound));
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
    public void Rejects_anything_else(string text) => Assert.False(DateBound.TryParse(text, out _));
}
