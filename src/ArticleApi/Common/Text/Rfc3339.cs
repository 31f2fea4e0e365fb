using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleApi.Common.Text;

/// <summary>Strict RFC 3339 parsing: a date-time must say which offset it is in.</summary>
public static partial class Rfc3339
{
    public const string DateTimeExample = "2025-03-20T10:15:00Z";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeShape();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateShape();

    public static bool TryParseDateTime(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || !DateTimeShape().IsMatch(text)) return false;
        // .NET keeps 7 fractional digits; PostgreSQL keeps 6, so finer digits carry no information.
        var normalized = TrimFraction(text.ToUpperInvariant());
        // RFC 3339 allows a leap second (:60); .NET cannot represent it, so it becomes the last microsecond before.
        var leapSecond = normalized[17..19] == "60";
        if (leapSecond) normalized = string.Concat(normalized.AsSpan(0, 17), "59.999999", normalized.AsSpan(normalized.IndexOfAny(['Z', '+', '-'], 19)));
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static bool TryParseDate(string? text, out DateOnly value)
    {
        value = default;
        return text is not null && DateShape().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>PostgreSQL stores microseconds; truncating first makes what we answer equal what we stored.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }

    private static string TrimFraction(string text)
    {
        var dot = text.IndexOf('.');
        if (dot < 0) return text;
        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - dot - 1 <= 7 ? text : text[..(dot + 8)] + text[end..];
    }
}
