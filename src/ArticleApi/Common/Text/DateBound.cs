namespace ArticleApi.Common.Text;

/// <summary>A query's date limit: an RFC 3339 date-time with offset, or a whole (UTC) day.</summary>
public readonly record struct DateBound(DateTimeOffset Start, bool IsWholeDay)
{
    public const string Format = "an RFC 3339 date-time with offset (2025-03-20T10:15:00Z) or a date (2025-03-20)";

    /// <summary>The first instant after the bound: the next midnight for a day, the instant itself otherwise.</summary>
    public DateTimeOffset ExclusiveEnd => IsWholeDay ? Start.AddDays(1) : Start;

    /// <summary>Parses a bound; the validator has said it parses, so a failure here is a bug.</summary>
    public static DateBound Parse(string text) =>
        TryParse(text, out var bound) ? bound : throw new FormatException($"'{text}' is not {Format}.");

    public static bool TryParse(string? text, out DateBound bound)
    {
        bound = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (Rfc3339.TryParseDate(text, out var date))
        {
            if (date == DateOnly.MaxValue) return false; // its end, the next midnight, is not representable
            bound = new DateBound(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), IsWholeDay: true);
            return true;
        }
        // An unencoded '+' in a query string arrives as a space: "…T10:15:00 01:00" meant "+01:00".
        if (text.Length > 6 && text[^6] == ' ') text = string.Concat(text.AsSpan(0, text.Length - 6), "+", text.AsSpan(text.Length - 5));
        if (!Rfc3339.TryParseDateTime(text, out var instant)) return false;
        bound = new DateBound(instant, IsWholeDay: false);
        return true;
    }
}
