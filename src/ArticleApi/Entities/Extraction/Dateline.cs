using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleApi.Entities.Extraction;

/// <summary>
/// The opening of wire copy that says where and for whom it was filed: "LONDEN (ANP) - ",
/// "WASHINGTON (Reuters) -", "PARIS, 12 maart (AFP) —"; or only where, in capitals: "AMSTERDAM - ".
/// </summary>
/// <param name="Place">The place as written, e.g. "LONDEN".</param>
/// <param name="DisplayPlace">The place as a name, e.g. "Londen", "Den Haag", "'s-Hertogenbosch".</param>
/// <param name="Agency">The agency in the parentheses, e.g. "ANP"; null when the dateline names none.</param>
/// <param name="Length">How many characters of the body the dateline takes, separator and spaces included.</param>
public sealed partial record Dateline(string Place, string DisplayPlace, string? Agency, int Length)
{
    [GeneratedRegex("""
        ^\s*
        (?<place>['’]?\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ ]+['’]?\p{L}[\p{L}\p{M}'’.\-]*){0,3})
        (?:\s*,\s*(?<date>[^()\n,]{1,40}))?
        (?:\s*\((?<agency>[\p{L}][\p{L}\p{M} .&/\-]{0,30})\)\s*[-–—]+[ \t]*
         | [ \t]+[-–—]+[ \t]+)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();

    // Lower-case words inside place names ("Den Haag" has none, "Bergen op Zoom" has one).
    private static readonly HashSet<string> LowerWords = ["op", "aan", "in", "bij", "de", "den", "der", "van", "upon", "on", "of", "la", "le", "les", "del", "di"];

    /// <summary>The dateline this body opens with, if it opens with one.</summary>
    public static Dateline? Parse(string? body)
    {
        if (string.IsNullOrEmpty(body) || Pattern().Match(body) is not { Success: true } match) return null;
        var place = match.Groups["place"].Value.Trim();
        // "Zo zei hij (ANP) -" is not a dateline: each word of a place is capitalised ("Den Haag", "LONDEN"),
        // and "Premier Schoof (VVD) -" is not either: a place not in capitals must be a known one ("Berlin (dpa) -").
        if (!place.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IsPlaceWord)) return null;
        if (place.Any(char.IsLower) && !Gazetteer.Default.IsPlace(place)) return null;
        var agency = match.Groups["agency"];
        // Without an agency, only a place in capitals is a dateline ("AMSTERDAM - "), not "Ajax - Feyenoord".
        if (!agency.Success && place.Any(char.IsLower)) return null;
        return new Dateline(place, Display(place), agency.Success ? agency.Value.Trim() : null, match.Length);
    }

    /// <summary>"DEN HAAG" → "Den Haag", "'S-HERTOGENBOSCH" → "'s-Hertogenbosch", "BERGEN OP ZOOM" → "Bergen op Zoom".</summary>
    public static string Display(string place)
    {
        if (place.Any(char.IsLower)) return place;
        var words = place.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && LowerWords.Contains(words[i])) continue;
            words[i] = string.Join('-', words[i].Split('-').Select(Capitalise));
        }
        return string.Join(' ', words);
    }

    private static bool IsPlaceWord(string word) =>
        LowerWords.Contains(word) || word.TrimStart('\'', '’') is var rest && (rest.StartsWith("s-") || rest.Length > 0 && char.IsUpper(rest[0]));

    private static string Capitalise(string part)
    {
        // "'s" (des) stays lower case: 's-Hertogenbosch, 's-Gravenhage.
        if (part is "'s" or "’s") return part;
        var letter = FirstLetter(part);
        if (letter < 0) return part; // "-", "'": nothing to capitalise
        return part[..letter] + char.ToUpper(part[letter], CultureInfo.InvariantCulture) + part[(letter + 1)..];
    }

    private static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsLetter(text[i])) return i;
        return -1;
    }
}
