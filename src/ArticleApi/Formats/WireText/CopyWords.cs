using System.Globalization;
using System.Text;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Formats.WireText;

/// <summary>A word of wire copy with what the language detector needs to know about where it stands.</summary>
/// <param name="Word">Lower case, accents composed, elisions kept ("l'").</param>
/// <param name="Capitalised">Written with a capital first letter.</param>
/// <param name="AllCaps">Two or more letters, all capitals ("DEN", "NAVO").</param>
/// <param name="SentenceStart">The first word of the text, of a line, of a sentence or after a dateline.</param>
/// <param name="Quoted">Inside quotation marks.</param>
/// <param name="InDateline">Part of a dateline ("DEN HAAG (ANP) - ").</param>
internal sealed record CopyWord(string Word, bool Capitalised, bool AllCaps, bool SentenceStart, bool Quoted, bool InDateline);

/// <summary>Splits wire copy into <see cref="CopyWord"/>s.</summary>
internal static class CopyWords
{
    // A dateline ("PARIS, 12 maart (AFP) — ") is shorter than this; Dateline.Parse only needs its start.
    private const int DatelineReach = 200;

    public static IEnumerable<CopyWord> Split(string text)
    {
        var word = new StringBuilder();
        bool capitalised = false, allCaps = true, sentenceStart = true, wordAtStart = true, quoted = false, wordQuoted = false, singleQuoted = false;
        var datelineEnd = DatelineEnd(text, 0);
        var wordStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (char.IsLetter(c) || word.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (word.Length == 0)
                {
                    (wordStart, capitalised, allCaps, wordAtStart, wordQuoted) = (i, char.IsUpper(c), true, sentenceStart, quoted || singleQuoted);
                    sentenceStart = false;
                }
                if (char.IsLower(c)) allCaps = false;
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
            {
                if (c is '\'' or '’' or 'ʼ' && i + 1 < text.Length && char.IsLetter(text[i + 1])) word.Append('\'');
                // Combining accents typed after their letter ("e" + U+0301) are the same word as the precomposed "é".
                yield return new CopyWord(word.ToString().Normalize(NormalizationForm.FormC), capitalised, allCaps && word.Length > 1,
                    wordAtStart, wordQuoted, wordStart < datelineEnd);
                word.Clear();
                if (c is '\'' or '’' or 'ʼ' && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue;
            }
            switch (c)
            {
                case '.' or '!' or '?' or ':' or ';' or '…':
                    sentenceStart = true;
                    break;
                case '\n':
                    sentenceStart = true;
                    // A quotation left open ends with its paragraph: the next one may open it again.
                    if (i + 1 < text.Length && (text[i + 1] is '\n' || text[i + 1] is '\r' && i + 2 < text.Length && text[i + 2] is '\n'))
                        (quoted, singleQuoted) = (false, false);
                    datelineEnd = Math.Max(datelineEnd, DatelineEnd(text, i + 1));
                    break;
                case '„':
                    quoted = true;
                    break;
                // English opens with “ and closes with ”, German closes „ with “, Swedish uses ” both ways, Danish »…«.
                case '"' or '“' or '”' or '«' or '»':
                    quoted = !quoted;
                    break;
                case '‘' when i == 0 || !char.IsLetter(text[i - 1]):
                    singleQuoted = true;
                    break;
                case '’' when singleQuoted:
                    singleQuoted = false;
                    break;
            }
            if (i == datelineEnd - 1) sentenceStart = true;
        }
    }

    /// <summary>Where the dateline the line at <paramref name="start"/> opens with ends, or <paramref name="start"/> when there is none.</summary>
    private static int DatelineEnd(string text, int start) =>
        start < text.Length && Dateline.Parse(text.Substring(start, Math.Min(DatelineReach, text.Length - start))) is { } dateline
            ? start + dateline.Length
            : start;
}
