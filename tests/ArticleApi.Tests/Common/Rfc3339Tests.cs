using System.Text.Json;
using ArticleApi.Common.Json;
using ArticleApi.Common.Text;

namespace ArticleApi.Tests.Common;

public sealed class Rfc3339Tests
{
    [Theory]
    [InlineData("2025-03-20T10:15:00Z", "2025-03-20T10:15:00Z")]
    [InlineData("2025-03-20T11:15:00+01:00", "2025-03-20T10:15:00Z")]
    [InlineData("2025-03-20T10:15:00.120000Z", "2025-03-20T10:15:00.12Z")]
    [InlineData("2025-03-20T10:15:00.123456789Z", "2025-03-20T10:15:00.123456Z")]
    public void Formats_what_it_parses_in_UTC_at_stored_precision(string text, string formatted)
    {
        Assert.True(Rfc3339.TryParseDateTime(text, out var value));
        var json = JsonSerializer.Serialize(Rfc3339.ToStoredPrecision(value), new JsonSerializerOptions { Converters = { new Rfc3339DateTimeOffsetConverter() } });
        Assert.Equal($"\"{formatted}\"", json);
    }
}
