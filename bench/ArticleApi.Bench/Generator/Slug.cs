using System.Text;

namespace ArticleApi.Bench.Generator;

/// <summary>URL slugs from headlines: lower-case ASCII words joined by hyphens, accents dropped ("Oekraïne" → "oekraine").</summary>
internal static class Slug
{
    // Slugs stop at the first word boundary past this length.
    private const int MaxLength = 60;

    public static void Append(StringBuilder target, string text)
    {
        var start = target.Length;
        var pendingHyphen = false;
        foreach (var original in text)
        {
            var c = ToAscii(char.ToLowerInvariant(original));
            if (c == '\0')
            {
                pendingHyphen = target.Length > start;
                continue;
            }
            if (pendingHyphen)
            {
                if (target.Length - start >= MaxLength) break;
                target.Append('-');
            }
            pendingHyphen = false;
            target.Append(c);
        }
        if (target.Length == start) target.Append("article");
    }

    // '\0' marks a separator.
    private static char ToAscii(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c,
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ą' => 'a',
        'ç' or 'ć' or 'č' => 'c',
        'ď' => 'd',
        'è' or 'é' or 'ê' or 'ë' or 'ę' or 'ě' => 'e',
        'ğ' => 'g',
        'ì' or 'í' or 'î' or 'ï' or 'ı' => 'i',
        'ł' => 'l',
        'ñ' or 'ń' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
        'ř' => 'r',
        'ś' or 'š' or 'ş' => 's',
        'ù' or 'ú' or 'û' or 'ü' or 'ů' => 'u',
        'ý' or 'ÿ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        _ => '\0',
    };
}
