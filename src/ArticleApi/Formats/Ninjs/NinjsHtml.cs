using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// An HTML body (as dpa and others send it) as the plain text the service stores: paragraphs and other blocks
/// separated by blank lines, line breaks kept, other markup and scripts dropped, entities decoded. Not a browser:
/// enough for the block-and-inline markup of news bodies.
/// </summary>
public static partial class NinjsHtml
{
    [GeneratedRegex(@"<!--.*?-->|<(?<skip>script|style|template)\b.*?</\k<skip>\s*>|<(?<close>/?)(?<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "hr",
    };

    private const char ParagraphBreak = '\u2029';

    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length);
        var at = 0;
        foreach (Match tag in Markup().Matches(html))
        {
            AppendText(text, html[at..tag.Index]);
            at = tag.Index + tag.Length;
            var name = tag.Groups["tag"].Value;
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) text.Append('\n');
            else if (Blocks.Contains(name)) text.Append(ParagraphBreak);
        }
        AppendText(text, html[at..]);

        var paragraphs = text.ToString().Split(ParagraphBreak)
            .Select(p => string.Join('\n', p.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    // Line breaks in HTML source are layout, not text: only <br> and blocks break lines.
    private static void AppendText(StringBuilder text, string html) =>
        text.Append(WebUtility.HtmlDecode(WhiteSpace().Replace(html, " ")));
}
