namespace ArticleApi.Common.Text;

public static class TimeZones
{
    /// <summary>The IANA (or Windows) time zone with this id, or null when the host does not know it.</summary>
    public static TimeZoneInfo? Find(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        // "America" is a folder of zone files: the host refuses it in its own way (SecurityException,
        // IOException…); whatever the reason, it is not a zone.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The first instant of <paramref name="date"/> in <paramref name="zone"/>, even where the day starts in a DST gap.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        // Where midnight happens twice, the day starts at the first: the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
