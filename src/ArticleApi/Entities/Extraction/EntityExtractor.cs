using ArticleApi.Articles;

namespace ArticleApi.Entities.Extraction;

/// <summary>An entity found in one article: its fullest name, its type, how often it is mentioned and as what.</summary>
public sealed record ExtractedEntity(string Name, EntityType Type, int Count, IReadOnlyList<string> Aliases);

/// <summary>What wire copy says about itself: its dateline, and the entities it mentions, in order of first mention.</summary>
public sealed record Extraction(Dateline? Dateline, IReadOnlyList<ExtractedEntity> Entities);

/// <summary>
/// Finds the people, organisations, places and other named things in Dutch and English wire copy:
/// runs of capitalised words, split where titles and known names say they should be, typed by word
/// lists and context; then (MentionResolver) later short forms fold into the full names they stand for.
/// Deterministic and in-process.
/// </summary>
public sealed class EntityExtractor(Gazetteer gazetteer)
{
    // Lower-case words inside personal names: "Caroline van der Plas", "Abdulaziz bin Salman".
    private static readonly HashSet<string> NameParticles =
        ["van", "de", "der", "den", "ter", "ten", "te", "von", "zu", "la", "le", "du", "da", "di", "dos", "das", "del", "della", "al", "el", "bin", "ibn", "y", "'t"];
    // Lower-case words inside other names: "Bank of England", "Centraal Bureau voor de Statistiek".
    private static readonly HashSet<string> NameConnectors = ["of", "for", "and", "&", "voor", "op", "aan", "on", "upon", "the", "het", "en"];

    // "..., aldus Starmer", "zei Schoof", "said Macron".
    private static readonly HashSet<string> SpeakerBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "aldus", "zei", "zegt", "zeggen", "zeiden", "stelt", "stelde", "meldt", "meldde", "schrijft", "schreef", "vindt", "vond", "said", "says", "told", "wrote", "added", "stressed", "warned",
    };
    private static readonly HashSet<string> SpeakerAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "zei", "zegt", "stelt", "stelde", "schrijft", "schreef", "vindt", "vond", "liet", "meldde", "said", "says", "told", "wrote", "added", "warned", "stressed", "announced",
    };
    private static readonly HashSet<string> PlaceBefore = new(StringComparer.OrdinalIgnoreCase) {"in", "uit", "naar", "te", "vanuit", "nabij", "rond", "near", "from", "across", "outside", "inside" };
    // Longer runs of capitals are headings or shouting, not one name.
    private const int MaxNameWords = 12;
    // As for names editors give: a longer "name" is one run-together word, not a name.
    private const int MaxNameCharacters = 200;

    private static readonly HashSet<char> Quotes = ['"', '“', '”', '\'', '‘', '’', '«', '»'];

    private readonly MentionResolver resolver = new(gazetteer);

    public static EntityExtractor Default { get; } = new(Gazetteer.Default);

    public Extraction Extract(string? headline, string? summary, string body, string language)
    {
        var dateline = Dateline.Parse(body);
        var mentions = new List<Mention>();
        if (dateline is not null)
            mentions.Add(new Mention(dateline.DisplayPlace, [], Strong: true, MentionHints.Place | MentionHints.Dateline));
        if (!string.IsNullOrWhiteSpace(headline)) Find(headline, language, mentions, headline: true);
        if (!string.IsNullOrWhiteSpace(summary)) Find(summary, language, mentions, headline: false);
        Find(dateline is null ? body : body[dateline.Length..], language, mentions, headline: false);
        return new Extraction(dateline, resolver.Resolve(mentions));
    }

    private void Find(string text, string language, List<Mention> mentions, bool headline)
    {
        var tokens = Tokenizer.Split(text);
        // English headlines Capitalise Every Word: there, capitals say little.
        var longWords = tokens.Count(t => t.Text.Length > 3);
        var titleCase = headline && longWords > 2 && tokens.Count(t => t.Text.Length > 3 && t.Capitalised) * 10 >= longWords * 7;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(tokens[i]))
            {
                i++;
                continue;
            }
            var end = SpanEnd(tokens, i);
            new Segmenter(gazetteer, tokens, language, titleCase, mentions).Split(i, end);
            i = end;
        }
    }

    private static bool StartsName(Token token) => token.Capitalised && char.IsLetter(token.Text.TrimStart('\'', '’')[0]);

    /// <summary>
    /// Where the name starting at <paramref name="start"/> ends: capitalised words, joined across
    /// particles and connectors when the result is a name. Names have at most MaxNameWords words.
    /// </summary>
    private int SpanEnd(List<Token> tokens, int start)
    {
        var end = CapitalisedRunEnd(tokens, start);
        while (end < tokens.Count && end - start < MaxNameWords && !Separated(tokens, end))
        {
            if (tokens[end - 1].Possessive)
            {
                // "Republican People's Party", "King's College": a possessive inside an organisation's name.
                if (!StartsName(tokens[end])) break;
                var continued = CapitalisedRunEnd(tokens, end);
                if (gazetteer.EndsOrganization(tokens[continued - 1].Text) || gazetteer.EndsOther(tokens[continued - 1].Text)) end = continued;
                break;
            }
            // Lower-case words between capitalised ones: keep them when what they join is a name.
            var next = end;
            while (next < tokens.Count && next - end < 3 && !Separated(tokens, next) && IsJoiner(tokens[next].Text)) next++;
            if (next == end || next >= tokens.Count || Separated(tokens, next) || !StartsName(tokens[next]) || IsCompound(tokens[next])) break;
            var last = CapitalisedRunEnd(tokens, next);
            if (!Joins(tokens, start, end, next, last)) break;
            end = last;
        }
        return Math.Min(end, start + MaxNameWords);
    }

    /// <summary>The end of the capitalised words from <paramref name="start"/>, a possessive or punctuation ending them.</summary>
    private static int CapitalisedRunEnd(List<Token> tokens, int start)
    {
        var end = start + 1;
        while (end < tokens.Count && end - start < MaxNameWords && !tokens[end - 1].Possessive && !Separated(tokens, end)
               && StartsName(tokens[end]) && !IsCompound(tokens[end]))
            end++;
        return end;
    }

    /// <summary>
    /// Punctuation between two words ends a name, a dash too ("Jansen - Pietersen"); a full stop after an
    /// initial does not ("George W. Bush").
    /// </summary>
    private static bool Separated(List<Token> tokens, int at)
    {
        var before = tokens[at].Before;
        if (before.All(char.IsWhiteSpace)) return false;
        return !(before.Trim() == "." && tokens[at - 1].Text.Length == 1 && char.IsUpper(tokens[at - 1].Text[0]));
    }

    private static bool IsJoiner(string word) =>
        (NameParticles.Contains(word) || NameConnectors.Contains(word)) && word.All(c => char.IsLower(c) || c is '&' or '\'') || word == "&";

    private bool Joins(List<Token> tokens, int start, int end, int next, int last)
    {
        if (gazetteer.IsKnown(Join(tokens, start, last))) return true;
        // "Hurricane Gerald on Wednesday": a day, a month or another ordinary word ends a name.
        if (last - next == 1 && gazetteer.IsNotEntity(tokens[next].Text)) return false;
        var joiners = tokens.Skip(end).Take(next - end).Select(t => t.Text).ToList();
        var right = Join(tokens, next, last);
        var leftEnd = tokens[end - 1].Text;
        var rightEnd = tokens[last - 1].Text;
        // "Bill & Melinda Gates Foundation", but not "Stanford University and the Massachusetts Institute",
        // "Frankrijk en de Europese Commissie" or "Germany and the European Commission": two names.
        if (joiners.Any(j => j is "and" or "en" or "&"))
            return joiners.Count == 1 && !gazetteer.IsKnown(Join(tokens, start, end))
                   && !gazetteer.EndsOrganization(leftEnd) && !gazetteer.EndsOther(leftEnd)
                   && (gazetteer.EndsOrganization(rightEnd) || gazetteer.EndsOther(rightEnd));
        // "Bank of England", "Producers Guild of America", "Bill & Melinda Gates Foundation".
        if (gazetteer.StartsOrganization(tokens[start].Text) || gazetteer.EndsOrganization(tokens[end - 1].Text)
            || gazetteer.EndsOrganization(tokens[last - 1].Text) || gazetteer.EndsOther(tokens[last - 1].Text)
            || gazetteer.StartsOther(tokens[start].Text))
            return true;
        // "Luuk de Jong", "Ursula von der Leyen", "Van der Plas": a name, name particles, a surname.
        if (!joiners.All(NameParticles.Contains) || gazetteer.IsPlace(right) || gazetteer.IsOrganization(right) || tokens[next].IsAcronym)
            return false;
        var left = tokens[end - 1].Text;
        return NameParticles.Contains(tokens[start].Text.ToLowerInvariant()) && end - start == 1
               || !gazetteer.IsKnown(left) && !gazetteer.IsTitle(left) && !gazetteer.IsNotEntity(left)
                  && !(tokens[end - 1].SentenceStart && end - start == 1 && !gazetteer.IsGivenName(left));
    }

    /// <summary>"NAVO-chef", "EU-landen", "Hungarian-born": a name with a lower-case tail is a compound word, not a name.</summary>
    private static bool IsCompound(Token token)
    {
        var hyphen = token.Text.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsLower(token.Text[hyphen + 1]);
    }

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> as one name, possessives inside it kept.</summary>
    private static string Join(List<Token> tokens, int start, int end)
    {
        if (end - start == 1) return tokens[start].Text;
        var name = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start) name.Append(' ');
            name.Append(tokens[i].Text);
            if (tokens[i].Possessive && i < end - 1) name.Append("'s");
        }
        return name.ToString();
    }

    /// <summary>Splits one run of capitalised words into the names it holds, dropping titles and ordinary words.</summary>
    private sealed class Segmenter(Gazetteer gazetteer, List<Token> tokens, string language, bool titleCase, List<Mention> mentions)
    {
        private bool titled;

        public void Split(int start, int end)
        {
            // A title just before the run, in lower case: "premier Dick Schoof", "minister Faber".
            titled = TitleEndingAt(start) > 0;
            // 'De Stille Haven', "The Brutalist": a run quoted on its own is one name, the title of a work.
            if (end - start > 1 && IsQuoted(start, end) && KnownAt(start, end) < end - start)
            {
                Add(start, end);
                return;
            }
            var i = start;
            while (i < end)
            {
                var known = KnownAt(i, end);
                // "Jordan Bardella", "Paris Hilton": a first name that is also a place, then a surname.
                if (known == 1 && i + 1 < end && gazetteer.IsGivenName(tokens[i].Text) && KnownAt(i + 1, end) == 0
                    && TitleAt(i + 1, end) == 0 && !gazetteer.IsNotEntity(tokens[i + 1].Text))
                    known = 0;
                if (known == 0 && IsSentenceStarter(tokens[i]))
                {
                    // "The European Commission", "Het Openbaar Ministerie": the article is not part of the name.
                    if (i + 1 < end) tokens[i + 1] = tokens[i + 1] with { SentenceStart = true };
                    i++;
                    continue;
                }
                var cued = CuedNameEnd(i, end);
                if (cued > i + known)
                {
                    Add(i, cued);
                    i = cued;
                }
                else if (known > 0)
                {
                    Add(i, i + known);
                    i += known;
                }
                else if (TitleAt(i, end) is > 0 and var title)
                {
                    titled = true;
                    i += title;
                }
                else if (IsCompound(tokens[i]))
                {
                    AddCompoundHead(tokens[i]);
                    i++;
                }
                else if (IsOrdinary(tokens[i]) || tokens[i].Text.Count(char.IsLetter) < 2)
                {
                    if (tokens[i].SentenceStart && i + 1 < end) tokens[i + 1] = tokens[i + 1] with { SentenceStart = true };
                    i++;
                }
                else if (tokens[i].SentenceStart && i + 1 < end && gazetteer.IsGivenName(tokens[i + 1].Text) && !gazetteer.IsGivenName(tokens[i].Text))
                {
                    // "Strateeg Diederik Bogaert", "Epidemioloog Jan de Wit": a word capitalised only because it starts
                    // the sentence, before a first name, is a title (or an ordinary word), not part of the name.
                    titled = true;
                    i++;
                }
                else
                {
                    var unknown = UnknownNameEnd(i, end);
                    Add(i, unknown);
                    i = unknown;
                }
            }
        }

        /// <summary>How many tokens from <paramref name="at"/> make the longest listed name.</summary>
        private int KnownAt(int at, int end)
        {
            if (at >= end) return 0;
            var longest = gazetteer.StartsLongName(tokens[at].Text) ? Math.Min(gazetteer.LongestName + 3, end - at) : 1;
            for (var length = longest; length > 0; length--)
                if (gazetteer.IsKnown(Join(tokens, at, at + length))) return length;
            return 0;
        }

        /// <summary>The end of a name that cue words make: "Philips Stadion", "Universiteit Utrecht", "Bank of England".</summary>
        private int CuedNameEnd(int at, int end)
        {
            var stop = at + 1;
            while (stop < end && TitleAt(stop, end) == 0 && !IsCompound(tokens[stop])) stop++;
            var first = tokens[at].Text;
            if (gazetteer.StartsOrganization(first) || gazetteer.StartsOther(first) || gazetteer.StartsLocation(first))
            {
                // "Vakbond FNV", "Stichting Greenpeace": the cue only describes an organisation named in full after it.
                if (KnownAt(at + 1, stop) is var known && known == stop - at - 1 && gazetteer.IsOrganization(Join(tokens, at + 1, stop))) return at;
                return stop - at > 1 ? stop : at;
            }
            for (var last = stop; last > at + 1; last--)
            {
                var word = tokens[last - 1].Text;
                if (gazetteer.EndsOrganization(word) || gazetteer.EndsOther(word) || gazetteer.EndsLocation(word)) return last;
            }
            return at;
        }

        /// <summary>An unknown name runs to the next title, ordinary word or known name; after a title or a first name, the rest is one name.</summary>
        private int UnknownNameEnd(int at, int end)
        {
            var givenNameFirst = titled || gazetteer.IsGivenName(tokens[at].Text);
            var i = at + 1;
            while (i < end && TitleAt(i, end) == 0 && !IsCompound(tokens[i])
                   && (givenNameFirst || !gazetteer.IsNotEntity(tokens[i].Text) && KnownAt(i, end) == 0))
                i++;
            return i;
        }

        private bool IsOrdinary(Token token) => gazetteer.IsNotEntity(token.Text) || IsSentenceStarter(token);

        private bool IsSentenceStarter(Token token) =>
            token.SentenceStart && !token.IsAcronym && gazetteer.StartsSentencesOnly(token.Text, language);

        // "NAVO-chef Rutte": NAVO is mentioned, and "chef" is a title for the name after it.
        private void AddCompoundHead(Token token)
        {
            var head = token.Text[..token.Text.IndexOf('-')];
            var tail = token.Text[(token.Text.LastIndexOf('-') + 1)..];
            if (gazetteer.IsTitle(tail) || gazetteer.IsTitle(token.Text)) titled = true;
            var acronym = head.Count(char.IsLetter) >= 2 && head.All(c => char.IsUpper(c) || char.IsDigit(c));
            if ((acronym || gazetteer.IsKnown(head)) && !gazetteer.IsNotEntity(head) && head.Length <= MaxNameCharacters)
                mentions.Add(new Mention(head, [token with { Text = head }], Strong: true, MentionHints.None));
        }

        private void Add(int start, int end)
        {
            while (end > start && IsJoiner(tokens[end - 1].Text)) end--;
            if (end <= start) return;
            var span = tokens.GetRange(start, end - start).ToArray();
            var name = Join(tokens, start, end);
            if (name.Length > MaxNameCharacters) return;
            var hints = Context(start, end) | (titled ? MentionHints.Title : MentionHints.None);
            titled = false;
            var known = gazetteer.IsKnown(name) || span.Length == 1 && span[0].IsAcronym;
            // A capitalised sentence start (or a word of a Title Case headline) may be an ordinary word:
            // only a known name, or one the article also writes mid-sentence, counts.
            var strong = known || hints.HasFlag(MentionHints.Title) || !(span[0].SentenceStart || titleCase)
                         || span.Length > 1 && !titleCase && (gazetteer.IsGivenName(span[0].Text) || HasCue(span));
            mentions.Add(new Mention(name, span, strong, hints));
        }

        private bool HasCue(Token[] span) =>
            gazetteer.StartsOrganization(span[0].Text) || gazetteer.EndsOrganization(span[^1].Text)
            || gazetteer.StartsOther(span[0].Text) || gazetteer.EndsOther(span[^1].Text)
            || gazetteer.StartsLocation(span[0].Text) || gazetteer.EndsLocation(span[^1].Text);

        private MentionHints Context(int start, int end)
        {
            var hints = MentionHints.None;
            var before = start > 0 && !Separated(tokens, start) ? tokens[start - 1].Text : "";
            var after = end < tokens.Count && !Separated(tokens, end) ? tokens[end].Text : "";
            if (SpeakerBefore.Contains(before) || SpeakerAfter.Contains(after)) hints |= MentionHints.Speaker;
            if (before.Equals("to", StringComparison.OrdinalIgnoreCase) && start > 1 && tokens[start - 2].Text.Equals("according", StringComparison.OrdinalIgnoreCase)) hints |= MentionHints.Speaker;
            if (PlaceBefore.Contains(before)) hints |= MentionHints.Place;
            if (IsQuoted(start, end)) hints |= MentionHints.Quoted;
            return hints;
        }

        /// <summary>Whether the words from <paramref name="start"/> to <paramref name="end"/> stand between quotes of their own.</summary>
        private bool IsQuoted(int start, int end)
        {
            var opened = tokens[start].Before.TrimEnd();
            var closed = end < tokens.Count ? tokens[end].Before : "";
            return opened.Length > 0 && Quotes.Contains(opened[^1]) && (opened.Length == 1 || char.IsWhiteSpace(opened[^2]) || opened[^2] == '(')
                   && closed.Length > 0 && Quotes.Contains(closed[0]);
        }

        /// <summary>How many tokens a title takes that starts at <paramref name="at"/> and leaves a name after it.</summary>
        private int TitleAt(int at, int end)
        {
            if (at >= end) return 0;
            var longest = gazetteer.StartsLongTitle(tokens[at].Text) ? Math.Min(gazetteer.LongestTitle, end - at - 1) : Math.Min(1, end - at - 1);
            for (var length = longest; length > 0; length--)
                if (gazetteer.IsTitle(Join(tokens, at, at + length)) && !gazetteer.IsKnown(Join(tokens, at, at + length))) return length;
            return 0;
        }

        /// <summary>How many lower-case tokens just before <paramref name="at"/> form a title.</summary>
        private int TitleEndingAt(int at)
        {
            if (at > 0 && Separated(tokens, at)) return 0;
            for (var length = Math.Min(gazetteer.LongestTitle, at); length > 0; length--)
            {
                var from = at - length;
                if (length > 1 && !gazetteer.StartsLongTitle(tokens[from].Text)) continue;
                if (!IsLowerCaseRun(from, at)) continue;
                if (gazetteer.IsTitle(Join(tokens, from, at))) return length;
            }
            return 0;
        }

        /// <summary>Words in lower case (or capitalised only as a sentence starts), with nothing but spaces between them.</summary>
        private bool IsLowerCaseRun(int from, int to)
        {
            for (var k = from; k < to; k++)
                if (tokens[k].Capitalised && !tokens[k].SentenceStart || k > from && Separated(tokens, k)) return false;
            return true;
        }
    }
}
