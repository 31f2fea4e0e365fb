using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ArticleApi.Articles;

/// <summary>
/// PostgreSQL marks matches in a snippet with two control characters that no stored text can contain
/// (validation refuses them); the client gets HTML-escaped text with &lt;mark&gt; around the matches.
/// </summary>
public static class Highlight
{
    public const char Start = '\u0002';
    public const char Stop = '\u0003';

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string ToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var text = new StringBuilder();
        foreach (var c in marked)
        {
            if (c is not (Start or Stop))
            {
                text.Append(c);
                continue;
            }
            html.Append(Encoder.Encode(text.ToString())).Append(c == Start ? "<mark>" : "</mark>");
            text.Clear();
        }
        return html.Append(Encoder.Encode(text.ToString())).ToString();
    }
}
