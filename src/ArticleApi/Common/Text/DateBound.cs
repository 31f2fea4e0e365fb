namespace ArticleApi.Common.Text;

/// <summary>A query's date limit: an RFC 3339 date-time with offset, or a whole day in some time zone.</summary>
public readonly record struct DateBound(DateTimeOffset Start, DateTimeOffset ExclusiveEnd)
{
    public const string Format = "an RFC 3339 date-time with offset (2025-03-20T10:15:00Z) or a date (2025-03-20)";

    /// <summary>Parses a bound; the validator has said it parses, so a failure here is a bug.</summary>
    public static DateBound Parse(string text, TimeZoneInfo zone) =>
        TryParse(text, zone, out var bound) ? bound : throw new FormatException($"'{text}' is not {Format}.");

    /// <summary>A date means the whole of that day in <paramref name="zone"/>; a date-time means that instant.</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateBound bound)
    {
        bound = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (Rfc3339.TryParseDate(text, out var date))
        {
            // Far enough from year 1 and 9999 that every zone's midnight, and the next one, is representable.
            if (date.Year is < 2 or > 9998) return false;
            bound = new DateBound(TimeZones.StartOfDay(date, zone), TimeZones.StartOfDay(date.AddDays(1), zone));
            return true;
        }
        // An unencoded '+' in a query string arrives as a space: "…T10:15:00 01:00" meant "+01:00".
        if (text.Length > 6 && text[^6] == ' ') text = string.Concat(text.AsSpan(0, text.Length - 6), "+", text.AsSpan(text.Length - 5));
        if (!Rfc3339.TryParseDateTime(text, out var instant)) return false;
        bound = new DateBound(instant, instant);
        return true;
    }
}
