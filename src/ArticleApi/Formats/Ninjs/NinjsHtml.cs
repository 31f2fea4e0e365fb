using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// An HTML body (as dpa and others send it) as the plain text the service stores: paragraphs and other blocks
/// separated by blank lines, line breaks kept, other markup and scripts dropped, entities decoded. Not a browser:
/// enough for the block-and-inline markup of news bodies. Linear in the text: every scan moves forward only.
/// </summary>
public static partial class NinjsHtml
{
    // Openings only: what a comment, script, style or template runs to is found by one forward search (Skipped), as
    // a lazy ".*?" to its closing tag rescans the rest of the text for every opening never closed (quadratic).
    [GeneratedRegex(@"<!--|<(?<close>/?)(?<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "hr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "title" };

    private const char ParagraphBreak = '\u2029';

    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length);
        var at = 0;
        var tag = Markup().Match(html);
        while (tag.Success)
        {
            AppendText(text, html[at..tag.Index]);
            at = tag.Index + tag.Length;
            var name = tag.Groups["tag"].Value;
            if (tag.Value == "<!--") at = SkipTo(html, at, "-->");
            else if (tag.Groups["close"].Length == 0 && Skipped.Contains(name)) at = SkipTo(html, at, $"</{name}");
            else if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) text.Append('\n');
            else if (Blocks.Contains(name)) text.Append(ParagraphBreak);
            tag = Markup().Match(html, at);
        }
        AppendText(text, html[at..]);

        var paragraphs = text.ToString().Split(ParagraphBreak)
            .Select(p => string.Join('\n', p.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Where the text goes on after <paramref name="end"/> (and the rest of its tag); the end of the text when it never comes.</summary>
    private static int SkipTo(string html, int from, string end)
    {
        var found = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        if (found < 0) return html.Length;
        var after = found + end.Length;
        if (end.StartsWith("</", StringComparison.Ordinal))
        {
            var close = html.IndexOf('>', after);
            after = close < 0 ? html.Length : close + 1;
        }
        return after;
    }

    // Line breaks in HTML source are layout, not text: only <br> and blocks break lines.
    private static void AppendText(StringBuilder text, string html) =>
        text.Append(WebUtility.HtmlDecode(WhiteSpace().Replace(html, " ")));
}
