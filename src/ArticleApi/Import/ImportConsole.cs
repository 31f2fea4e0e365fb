namespace ArticleApi.Import;

/// <summary>Where `import` reports, and whether that is a terminal (then progress is one line redrawn in place).</summary>
public sealed record ImportConsole(TextWriter Out, TextWriter Error, bool IsTerminal, int Width)
{
    public static ImportConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected, TerminalWidth());

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected || Console.WindowWidth <= 0 ? 100 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 100;
        }
    }
}
