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

    // What each Latin letter (and each of the quotes and dashes of general punctuation) folds to: for text
    // of these and single spaces, folding a character at a time gives what normalizing the whole does,
    // without ICU's cost. Null: not such a character.
    private const char LastLatin = '\u024F', FirstPunctuation = '\u2010', LastPunctuation = '\u206F';
    private static readonly string?[] LatinFolds = [.. Enumerable.Range(0, LastPunctuation + 1).Select(i => (char)i)
        .Select(c => (c <= LastLatin || c >= FirstPunctuation) && FoldsAlone(c) ? FoldByNormalizing(c.ToString()) : null)];

    public static string Fold(string text)
    {
        if (IsPlainAscii(text)) return text.ToLowerInvariant();
        return FoldLatin(text) ?? FoldByNormalizing(text);
    }

    private static string? FoldLatin(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return null;
        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && text[i - 1] != ' ') folded.Append(' ');
            else if (c <= LastPunctuation && LatinFolds[c] is { } fold) folded.Append(fold);
            else return null;
        }
        return folded.ToString();
    }

    // A letter whose decomposition holds no space ("¨" decomposes to a space and a diaeresis) and no control.
    private static bool FoldsAlone(char c) =>
        c != ' ' && !char.IsControl(c) && !char.IsWhiteSpace(c) && !c.ToString().Normalize(NormalizationForm.FormKD).Any(char.IsWhiteSpace);

    internal static string FoldByNormalizing(string text)
    {
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

    /// <summary>
    /// Plain ASCII with single spaces, which folding only lower-cases: most names. Such text can be looked
    /// up as it is among folded keys with <see cref="StringComparer.OrdinalIgnoreCase"/>.
    /// </summary>
    public static bool IsPlainAscii(string text)
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
