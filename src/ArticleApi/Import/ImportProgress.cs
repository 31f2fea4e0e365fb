using System.Globalization;

namespace ArticleApi.Import;

/// <summary>
/// Progress as the import goes: on a terminal one line redrawn in place four times a second; otherwise a plain line
/// every <c>--progress-every</c> seconds (or after every batch). The ETA assumes the rest of the input reads as fast
/// as what was read so far, measured in bytes of the input files.
/// </summary>
public sealed class ImportProgress(ImportConsole console, TimeSpan plainEvery, long totalBytes, TimeProvider clock)
{
    private const int MaxBarWidth = 20;
    private const int MinBarWidth = 5;
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(250);
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    private readonly long started = clock.GetTimestamp();
    private long shown = clock.GetTimestamp();
    private int drawn;

    public TimeSpan Elapsed => clock.GetElapsedTime(started);

    /// <param name="batchDone">Whether a batch was just committed (with --progress-every 0, the moment for a line).</param>
    public void Report(ImportTally tally, bool batchDone)
    {
        var now = clock.GetTimestamp();
        var due = console.IsTerminal ? batchDone || clock.GetElapsedTime(shown, now) >= TerminalEvery
            : plainEvery == TimeSpan.Zero ? batchDone
            : clock.GetElapsedTime(shown, now) >= plainEvery;
        if (!due) return;
        shown = now;
        if (console.IsTerminal) Draw(Bar(tally));
        else console.Out.WriteLine(Line(tally));
    }

    /// <summary>Clears the terminal's progress line, for the summary to take its place.</summary>
    public void Finish()
    {
        if (drawn == 0) return;
        console.Out.Write($"\r{new string(' ', drawn)}\r");
        drawn = 0;
    }

    public string Line(ImportTally tally) => string.Create(Numbers,
        $"import: {Percent(tally),3}% read, {tally.Items:N0} items, {Rate(tally):N0} items/s: {tally.Stored:N0} stored, {tally.Present:N0} already present, {tally.Rejected:N0} rejected; ETA {Eta(tally)}");

    /// <summary>The terminal's line: the counts, and a bar as wide as what room is left allows (up to 20).</summary>
    public string Bar(ImportTally tally)
    {
        var counts = string.Create(Numbers,
            $"{Percent(tally),3}%  {tally.Items:N0} items  {Rate(tally):N0}/s  stored {tally.Stored:N0}  present {tally.Present:N0}  rejected {tally.Rejected:N0}  ETA {Eta(tally)}");
        var width = Math.Min(MaxBarWidth, console.Width - 1 - counts.Length - 3);
        if (width < MinBarWidth) return counts;
        var filled = (int)(Fraction(tally) * width);
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {counts}";
    }

    public static string Duration(TimeSpan time) => string.Create(Numbers, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}");

    private void Draw(string bar)
    {
        var line = bar.Length >= console.Width ? bar[..Math.Max(0, console.Width - 1)] : bar;
        console.Out.Write($"\r{line}{new string(' ', Math.Max(0, drawn - line.Length))}");
        drawn = line.Length;
    }

    private double Fraction(ImportTally tally) => totalBytes <= 0 ? 1 : Math.Clamp((double)tally.BytesRead / totalBytes, 0, 1);

    private int Percent(ImportTally tally) => (int)(Fraction(tally) * 100);

    private double Rate(ImportTally tally) => tally.Items / Math.Max(Elapsed.TotalSeconds, 0.001);

    private string Eta(ImportTally tally)
    {
        var fraction = Fraction(tally);
        if (fraction <= 0) return "-:--:--";
        return Duration(Elapsed * ((1 - fraction) / fraction));
    }
}
