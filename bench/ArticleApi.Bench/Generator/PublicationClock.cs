namespace ArticleApi.Bench.Generator;

/// <summary>
/// Publication times over the five years up to 2025-10-31T23:59:59Z: busier on weekdays and during the
/// Amsterdam working day, with slowly growing volume. Local time follows the EU summer-time rule, computed
/// here rather than read from the machine's time-zone database so every machine agrees.
/// </summary>
internal sealed class PublicationClock
{
    public static readonly DateTimeOffset Last = new(2025, 10, 31, 23, 59, 59, TimeSpan.Zero);
    public static readonly DateTimeOffset First = new(2020, 11, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly int DayCount = (int)((Last - First).Ticks / TimeSpan.TicksPerDay) + 1;

    private const double GrowthOverPeriod = 0.35;

    // Share of a day's copy per local (Amsterdam) hour, 00:00 first.
    private static readonly int[] HourWeights =
        [8, 5, 4, 4, 5, 9, 20, 38, 55, 64, 68, 70, 66, 64, 66, 66, 63, 58, 50, 42, 36, 30, 22, 14];

    private readonly WeightedIndex _days;
    private readonly WeightedIndex _hours = WeightedIndex.FromInts(HourWeights);

    public PublicationClock(RandomSource random)
    {
        var weights = new long[DayCount];
        for (var day = 0; day < DayCount; day++)
        {
            var date = First.UtcDateTime.AddDays(day);
            var growth = 1 + GrowthOverPeriod * day / (DayCount - 1);
            var newsNoise = 0.8 + 0.4 * random.NextDouble();
            weights[day] = (long)(10_000 * growth * DayFactor(date) * newsNoise);
        }
        _days = new WeightedIndex(weights);
    }

    public DateTimeOffset Next(RandomSource random, int utcShiftHours)
    {
        while (true)
        {
            var localTicks = First.UtcTicks
                + _days.Sample(random) * TimeSpan.TicksPerDay
                + _hours.Sample(random) * TimeSpan.TicksPerHour
                + random.Next(3600) * TimeSpan.TicksPerSecond;
            var utcTicks = localTicks - AmsterdamOffsetTicks(localTicks) + utcShiftHours * TimeSpan.TicksPerHour;
            if (utcTicks >= First.UtcTicks && utcTicks <= Last.UtcTicks) return new DateTimeOffset(utcTicks, TimeSpan.Zero);
        }
    }

    public static int DayIndex(DateTimeOffset utc) => (int)((utc.UtcTicks - First.UtcTicks) / TimeSpan.TicksPerDay);

    private static double DayFactor(DateTime date)
    {
        if (date is { Month: 12, Day: 25 or 26 } or { Month: 1, Day: 1 }) return 0.45;
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => 0.62,
            DayOfWeek.Sunday => 0.55,
            _ => 1.0,
        };
    }

    // CEST runs from the last Sunday of March 02:00 to the last Sunday of October 03:00 local time.
    private static long AmsterdamOffsetTicks(long localTicks)
    {
        var local = new DateTime(localTicks, DateTimeKind.Unspecified);
        var summerStart = LastSunday(local.Year, 3).AddHours(2);
        var summerEnd = LastSunday(local.Year, 10).AddHours(3);
        var hours = local >= summerStart && local < summerEnd ? 2 : 1;
        return hours * TimeSpan.TicksPerHour;
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
