namespace ArticleApi.Entities.Extraction;

/// <summary>A word of the text, with what the extractor needs to know about where it stands.</summary>
/// <param name="Text">The word, possessive ending removed ("Trump's" → "Trump").</param>
/// <param name="SentenceStart">First word of a sentence, a paragraph, or a quote that opens one.</param>
/// <param name="Possessive">It had a possessive ending ('s, or ' after s).</param>
/// <param name="Before">The punctuation between the previous word and this one ("", ", ", " \"").</param>
public sealed record Token(string Text, bool SentenceStart, bool Possessive, string Before)
{
    public bool Capitalised
    {
        get
        {
            foreach (var c in Text)
                if (char.IsLetter(c)) return char.IsUpper(c);
            return false;
        }
    }

    /// <summary>"NAVO", "VS", "U.S.": two or more letters, all capitals.</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            return letters >= 2;
        }
    }
}

/// <summary>Splits copy into words, noting sentence starts; punctuation is kept only as context.</summary>
public static class Tokenizer
{
    private static readonly HashSet<string> CompanySuffixes = ["co", "corp", "inc", "ltd", "bros"];

    // Abbreviations whose full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations =
        ["dr", "mr", "mrs", "ms", "prof", "ir", "drs", "ing", "st", "jr", "sr", "vs", "nr", "mw", "dhr", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "inc", "co", "corp", "ltd", "bv", "nv"];

    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var sentenceStart = true;
        var before = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordStart(text, i))
            {
                var end = WordEnd(text, i);
                var word = text[i..end];
                var possessive = false;
                if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
                {
                    possessive = true;
                    end += 2;
                }
                else if (end < text.Length && text[end] is '\'' or '’' && word.EndsWith('s') && (end + 1 == text.Length || !char.IsLetter(text[end + 1])))
                {
                    possessive = true;
                    end += 1;
                }
                // "Taiwan Semiconductor Manufacturing Co.": a company's suffix keeps its full stop.
                if (end < text.Length && text[end] == '.' && CompanySuffixes.Contains(word.ToLowerInvariant()) && !possessive)
                {
                    word += ".";
                    end++;
                }
                tokens.Add(new Token(word, sentenceStart, possessive, before.ToString()));
                before.Clear();
                sentenceStart = false;
                i = end;
                // "U.S." and initials keep their own full stops; other abbreviations don't end a sentence.
                if (i < text.Length && text[i] == '.' && (Abbreviations.Contains(word.ToLowerInvariant()) || word.Length == 1 && char.IsUpper(word[0])))
                {
                    before.Append('.');
                    i++;
                }
                continue;
            }
            // "Bill & Melinda Gates Foundation": an ampersand between words joins names, so it is a word of its own.
            if (c == '&' && i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]))
            {
                tokens.Add(new Token("&", false, false, before.ToString()));
                before.Clear();
                i++;
                continue;
            }
            if (c is '.' or '!' or '?' or ':' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '“' or '”' or '\'' or '‘' or '’'))
            {
                // A colon starts a sentence only before a quote or a new line ("Voorstel:" headings, "zei hij: \"...").
                if (c != ':' || NextNonSpace(text, i + 1) is '"' or '“' or '\'' or '‘' or '\n') sentenceStart = true;
            }
            else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') sentenceStart = true;
            // "(ANP) - Ook…": the dash after an agency's parenthesis starts the copy.
            else if (c is '-' or '–' or '—' && before.ToString().TrimEnd().EndsWith(')')) sentenceStart = true;
            else if (c == '\n' && tokens.Count > 0 && !tokens[^1].Text.EndsWith(',')) sentenceStart = true; // a heading line
            before.Append(c);
            i++;
        }
        return tokens;
    }

    private static char? NextNonSpace(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (text[i] is not (' ' or '\t')) return text[i];
        return null;
    }

    // Words start with a letter or digit; "'s-Hertogenbosch" starts with its apostrophe.
    private static bool IsWordStart(string text, int i) =>
        char.IsLetterOrDigit(text[i])
        || text[i] is '\'' or '’' && i + 3 < text.Length && text[i + 1] == 's' && text[i + 2] == '-' && char.IsUpper(text[i + 3]);

    private static int WordEnd(string text, int start)
    {
        // "U.S.", "U.K.", "U.N.": single capitals each followed by a full stop.
        var dotted = start;
        while (dotted + 1 < text.Length && char.IsUpper(text[dotted]) && text[dotted + 1] == '.') dotted += 2;
        if (dotted - start >= 4 && (dotted == text.Length || !char.IsLetter(text[dotted]))) return dotted;

        var i = start;
        if (text[i] is '\'' or '’') i += 3; // 's-
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            // Inside a word: hyphens and apostrophes between letters (Willem-Alexander, D'Alema).
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c is '-' or '‐' or '‑' && char.IsLetterOrDigit(next)) { i++; continue; }
            // "AT&T", "P&O": an ampersand between capitals.
            if (c == '&' && char.IsUpper(text[i - 1]) && char.IsUpper(next)) { i++; continue; }
            if (c is '\'' or '’' && char.IsLetter(next) && !(next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))) { i++; continue; }
            break;
        }
        return i;
    }
}
