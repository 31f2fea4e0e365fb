using System.Globalization;
using System.Text;

namespace ArticleApi.Common.Text;

/// <summary>
/// Case- and accent-insensitive keys: "Oekraïne", "OEKRAINE" and "oekraine" fold to "oekraine".
/// Needs ICU (string normalization is a no-op under invariant globalization), so the project keeps it on.
/// </summary>
public static class TextFolding
{
    // Letters that carry no combining mark to strip, but that readers type without their stroke or ligature.
    private static readonly Dictionary<char, string> Replacements = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d",
        ['ð'] = "d", ['þ'] = "th", ['ı'] = "i", ['ŀ'] = "l", ['ħ'] = "h",
        ['\u2018'] = "'", ['\u2019'] = "'", ['\u02BC'] = "'", ['`'] = "'", ['´'] = "'",
        ['\u2010'] = "-", ['\u2011'] = "-", ['\u2012'] = "-", ['\u2013'] = "-", ['\u2014'] = "-",
    };

    public static string Fold(string text)
    {
        if (IsPlainAscii(text)) return text.ToLowerInvariant();
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { pendingSpace = folded.Length > 0; continue; }
            if (pendingSpace) { folded.Append(' '); pendingSpace = false; }
            var lower = char.ToLowerInvariant(c);
            if (Replacements.TryGetValue(lower, out var replacement)) folded.Append(replacement);
            else folded.Append(lower);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    // Most names are plain ASCII with single spaces: lower-casing is all folding does to them.
    private static bool IsPlainAscii(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return text.Length == 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > 127 || c is '`' || char.IsControl(c) || c == ' ' && text[i - 1] == ' ') return false;
        }
        return true;
    }
}
