using System.Text;
using ArticleApi.Articles;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Formats.WireText;

/// <summary>What a wire text item does not say itself; every field optional except where noted.</summary>
/// <param name="PublishedAt">When it was published. Wire text carries no time, so the caller must give one (the validator insists).</param>
/// <param name="Source">The agency; when null, the body's dateline must name it ("LONDEN (ANP) - ").</param>
/// <param name="Headline">The headline; when null, the body's first line when it is one (see <see cref="WireTextReader.SplitHeadline"/>), else an error.</param>
/// <param name="Language">An ISO 639-1 code; when null, told from the text (<see cref="LanguageDetector"/>).</param>
public sealed record WireTextOptions(
    DateTimeOffset? PublishedAt,
    string? Source = null,
    string? ExternalId = null,
    string? Headline = null,
    string? Language = null,
    string? Byline = null,
    string? Summary = null,
    string? Url = null);

/// <summary>
/// Plain wire copy, as an agency delivers it, to an article. The body is kept as delivered: only a leading byte
/// order mark goes, whitespace around the text is trimmed (as for every field of a JSON article), and a first line
/// that is a headline is cut off with the blank lines after it (it is the headline, unless the caller gives
/// another). Line ends (LF or CRLF) stay as they are.
/// Throws <see cref="ArticleFormatException"/> naming the field (the query parameter, or "body") for copy that
/// cannot become an article; the resulting request still goes through the article validator.
/// </summary>
public static class WireTextReader
{
    /// <summary>The longest first line taken for a headline: a longer one is a paragraph.</summary>
    public const int MaxHeadlineLength = 200;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads UTF-8 bytes (a request body, a file).</summary>
    public static ArticleRequest Read(ReadOnlySpan<byte> utf8, WireTextOptions options) => Read(Decode(utf8), options);

    public static ArticleRequest Read(string text, WireTextOptions options)
    {
        var copy = text.TrimStart('\uFEFF').Trim();
        if (copy.Length == 0)
            throw new ArticleFormatException("body", "The body is empty: send the wire copy as text/plain in UTF-8.");
        if (text.IndexOf('\0') is var nul and >= 0)
            throw new ArticleFormatException("body", $"The body contains a NUL character ({Position(text, nul)}); wire text is UTF-8 text (UTF-16 has a NUL in every other byte of Latin text).");

        // The copy's own headline line goes even when the caller gives another: a body never opens with a headline.
        var split = SplitHeadline(copy, out var why);
        var headline = Given(options.Headline) ?? split?.Headline ?? throw new ArticleFormatException("headline",
            $"The body's first line is not a headline: {why}. Pass the headline as ?headline=, or send it as the first line, alone, followed by a blank line.");
        var body = split?.Body ?? copy;

        var source = Given(options.Source) ?? Dateline.Parse(body)?.Agency ?? throw new ArticleFormatException("source",
            "The body opens with no dateline naming the agency (such as 'LONDEN (ANP) - '): pass the source as ?source=ANP.");

        var language = Given(options.Language);
        if (language is null)
        {
            var guess = LanguageDetector.Default.Detect($"{headline}\n\n{body}");
            language = guess.Language ?? throw new ArticleFormatException("language",
                $"Could not tell the language of the copy: {guess.WhyUnclear()}. Pass it as ?language= (an ISO 639-1 code such as 'nl' or 'en').");
        }

        return new ArticleRequest
        {
            Source = source,
            ExternalId = Given(options.ExternalId),
            Headline = headline,
            Summary = Given(options.Summary),
            Body = body,
            Language = language,
            Byline = Given(options.Byline),
            Url = Given(options.Url),
            PublishedAt = options.PublishedAt,
        };
    }

    /// <summary>UTF-8 bytes to text; anything else (Latin-1, UTF-16, binary) is a 400 saying where it stops being UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            var hint = utf8 is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] ? " It starts with a UTF-16 byte order mark." : "";
            var at = Math.Max(e.Index, 0);
            var line = utf8[..Math.Min(at, utf8.Length)].Count((byte)'\n') + 1;
            throw new ArticleFormatException("body",
                $"The body is not valid UTF-8 (byte {at + 1}, line {line}): send wire text in UTF-8, not Latin-1, Windows-1252 or UTF-16.{hint}");
        }
    }

    /// <summary>
    /// The first line as the headline and the rest as the body, when the first line is a headline: one line of at most
    /// <see cref="MaxHeadlineLength"/> characters, with a letter in it, not opening with a dateline, not ending as a
    /// sentence does (".", ":", ";", ",", "…"; "?" and "!" are fine), followed by a blank line and then the copy.
    /// Null otherwise, with <paramref name="why"/> saying which rule it broke.
    /// </summary>
    public static (string Headline, string Body)? SplitHeadline(string copy, out string why)
    {
        var end = copy.IndexOf('\n');
        var line = (end < 0 ? copy : copy[..end]).TrimEnd();
        var rest = end < 0 ? "" : copy[(end + 1)..];
        var afterBlank = rest.TrimStart(' ', '\t', '\r');
        why = Dateline.Parse(line) is { } dateline ? $"it opens with the dateline '{line[..dateline.Length].Trim()}', so it is the copy's first paragraph"
            : end < 0 ? "the body is a single line"
            : line.EnumerateRunes().Count() > MaxHeadlineLength ? $"it is longer than {MaxHeadlineLength} characters"
            : !line.Any(char.IsLetter) ? "it has no letters"
            : EndsLikeASentence(line) ? $"it ends with '{line.TrimEnd(ClosingMarks)[^1]}' as a sentence does"
            : !afterBlank.StartsWith('\n') ? "it is not followed by a blank line"
            : afterBlank.Trim().Length == 0 ? "nothing follows it"
            : "";
        return why.Length == 0 ? (line, afterBlank.TrimStart()) : null;
    }

    private static readonly char[] ClosingMarks = ['"', '\'', '”', '’', '»', ')', ']'];

    private static bool EndsLikeASentence(string line) =>
        line.TrimEnd(ClosingMarks) is { Length: > 0 } bare && bare[^1] is '.' or ':' or ';' or ',' or '…';

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Position(string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return $"line {text.AsSpan(0, index).Count('\n') + 1}, column {index - lineStart + 1}";
    }
}
