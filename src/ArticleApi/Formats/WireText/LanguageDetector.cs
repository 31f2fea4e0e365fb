using System.Globalization;
using System.Text;

namespace ArticleApi.Formats.WireText;

/// <summary>
/// Tells which language wire copy is in from its function words: the articles, pronouns, prepositions,
/// conjunctions and auxiliaries every sentence is built from (Data/*.txt, about 100 per language, written by
/// hand). Each word of the text found in a language's list scores 1 for that language, divided by the number of
/// languages whose lists hold it ("de" counts for Dutch, French, Spanish and Portuguese, a quarter each; "het"
/// only for Dutch). Names, datelines and quotations are discounted (<see cref="Votes"/>). The best language wins only
/// by a clear margin, and never when it is a decoy; otherwise there is no answer, not a guess.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>The best language needs at least this score: three or four words only it uses, or more shared ones.</summary>
    public const double MinScore = 3.0;

    /// <summary>…and this many times the runner-up's score.</summary>
    public const double MinRatio = 1.5;

    /// <summary>
    /// …and this share of the text's words: copy in a language without a list (Swedish, Polish) still hits a few
    /// short words by chance ("i", "na", "en"), but far fewer than the third or more that function words make of real text.
    /// </summary>
    public const double MinShare = 0.1;

    private readonly Dictionary<string, Dictionary<string, double>> weights;
    private readonly IReadOnlyList<string> scored;

    private LanguageDetector(IReadOnlyDictionary<string, IReadOnlyCollection<string>> lists, IReadOnlyList<string> decoys)
    {
        scored = [.. lists.Keys];
        Languages = [.. scored.Except(decoys)];
        // An answered language shares a word only with the other answered ones, so a decoy never weakens it ("en" stays
        // half Dutch); a decoy shares each word with every list, so Danish "at", "for" and "i" count for it as for English.
        var answeredBy = Count(lists.Where(l => !decoys.Contains(l.Key)));
        var listedBy = Count(lists);
        weights = lists.SelectMany(l => l.Value.Select(word => (word, language: l.Key)))
            .GroupBy(p => p.word, p => p.language)
            .ToDictionary(g => g.Key, g => g.Distinct().ToDictionary(l => l, l => 1.0 / (decoys.Contains(l) ? listedBy : answeredBy)[g.Key]));
    }

    private static Dictionary<string, int> Count(IEnumerable<KeyValuePair<string, IReadOnlyCollection<string>>> lists) =>
        lists.SelectMany(l => l.Value).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Languages scored only so that their copy is refused rather than taken for a neighbour's.</summary>
    public static IReadOnlyList<string> Decoys { get; } = ["da", "nb", "sv", "af"];

    /// <summary>
    /// The detector over the embedded lists: Dutch, English, German, French, Spanish, Italian and Portuguese, which it
    /// answers, and the decoys Danish, Norwegian Bokmål, Swedish and Afrikaans, which it never answers: without them,
    /// "i", "at", "for" and "en" made Danish read as English and Afrikaans as Dutch. Danish and Bokmål share most of
    /// their function words, so telling them apart would need more than this; a decoy that wins makes a refusal.
    /// </summary>
    public static LanguageDetector Default { get; } = new(new Dictionary<string, IReadOnlyCollection<string>>
    {
        ["nl"] = Load("nl"), ["en"] = Load("en"), ["de"] = Load("de"), ["fr"] = Load("fr"),
        ["es"] = Load("es"), ["it"] = Load("it"), ["pt"] = Load("pt"),
        ["da"] = Load("da"), ["nb"] = Load("nb"), ["sv"] = Load("sv"), ["af"] = Load("af"),
    }, Decoys);

    /// <summary>The ISO 639-1 codes it answers.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// A quotation may be in another language than the story ("Wij gaan niet akkoord", Schoof said), so the story's own
    /// words decide first; only when they are too few may the quotations add theirs, and only to agree with them.
    /// </summary>
    public LanguageGuess Detect(string text)
    {
        var votes = Votes(text).ToList();
        var story = Score(votes.Where(v => !v.Quoted).Select(v => v.Word));
        if (story.Language is not null || !votes.Any(v => v.Quoted)) return story;
        var whole = Score(votes.Select(v => v.Word));
        return whole.Language is not null && (story.BestScore == 0 || story.Best == whole.Best) ? whole : story;
    }

    private LanguageGuess Score(IEnumerable<string> votes)
    {
        var scores = scored.ToDictionary(l => l, _ => 0.0);
        var words = 0;
        foreach (var word in votes)
        {
            words++;
            if (!weights.TryGetValue(word, out var languages)) continue;
            foreach (var (language, weight) in languages) scores[language] += weight;
        }
        var ranked = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var (best, score) = ranked[0];
        var (runnerUp, runnerUpScore) = ranked[1];
        var clear = score >= MinScore && score >= MinRatio * runnerUpScore && score >= MinShare * words;
        return new LanguageGuess(clear && Languages.Contains(best) ? best : null, best, score, runnerUp, runnerUpScore, words);
    }

    /// <summary>Lower-case runs of letters, as the lists spell them: "L'armée" gives "l'" and "armée".</summary>
    internal static IEnumerable<string> Words(string text) => CopyWords.Split(text).Select(w => w.Word);

    /// <summary>
    /// The words that tell the language. Names do not vote: "Den Haag", "Ursula von der Leyen", "Huis ten Bosch" and
    /// "Van der Meer" are spelt with function words of other languages. So a capitalised word votes only where a
    /// sentence starts, and not even there when it is a name particle before another capitalised word ("Den Haag",
    /// "Von der Leyen"); a particle between capitalised words is part of the name; words in capitals (acronyms,
    /// "THE HAGUE") and the dateline do not vote.
    /// </summary>
    internal static IEnumerable<(string Word, bool Quoted)> Votes(string text)
    {
        var words = CopyWords.Split(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.InDateline || w.AllCaps) continue;
            // English "I" is capitalised wherever it stands.
            if (w.Capitalised && !w.SentenceStart && w.Word != "i") continue;
            // A sentence opening "De" before a capital is Dutch "the" ("De Tweede Kamer", "De Belgische regering") far
            // more often than a name ("De Jonge"), and scores only a quarter for Dutch anyway.
            if (IsParticle(w) && CapitalisedAfterParticles(words, i + 1) && (w.Capitalised ? w.Word != "de" : CapitalisedBeforeParticles(words, i - 1)))
                continue;
            yield return (w.Word, w.Quoted);
        }
    }

    private static readonly HashSet<string> NameParticles =
        ["van", "von", "der", "den", "de", "ten", "ter", "zu", "vom", "le", "la", "du", "da", "di", "del", "della", "dos", "das"];

    private static bool IsParticle(CopyWord word) => NameParticles.Contains(word.Word);

    private static bool CapitalisedAfterParticles(List<CopyWord> words, int i)
    {
        while (i < words.Count && !words[i].Capitalised && IsParticle(words[i])) i++;
        return i < words.Count && words[i].Capitalised && !words[i].SentenceStart;
    }

    private static bool CapitalisedBeforeParticles(List<CopyWord> words, int i)
    {
        while (i >= 0 && !words[i].Capitalised && IsParticle(words[i])) i--;
        return i >= 0 && words[i].Capitalised;
    }

    private static IReadOnlyCollection<string> Load(string language)
    {
        using var stream = typeof(LanguageDetector).Assembly.GetManifestResourceStream($"Formats.WireText.Data.{language}.txt")
            ?? throw new InvalidOperationException($"The function words of '{language}' are not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                words.Add(word.Normalize(NormalizationForm.FormC));
        }
        return words;
    }
}

/// <summary>What <see cref="LanguageDetector"/> made of a text.</summary>
/// <param name="Language">The language, when it is clear; null when the text is too short, could be more than one, or reads as a decoy (Danish, Norwegian, Swedish, Afrikaans).</param>
/// <param name="Best">The best-scoring language, clear or not.</param>
/// <param name="Words">How many words were counted: names and the dateline are not.</param>
public sealed record LanguageGuess(string? Language, string Best, double BestScore, string RunnerUp, double RunnerUpScore, int Words)
{
    /// <summary>Why there is no answer, for the client that must then name the language.</summary>
    public string WhyUnclear() =>
        BestScore < LanguageDetector.MinScore || BestScore < LanguageDetector.MinShare * Words
            ? string.Create(CultureInfo.InvariantCulture, $"the text has too few of the common words by which the language is told ({Words} words; best: '{Best}' with a score of {BestScore:0.#}, {LanguageDetector.MinScore:0} needed)")
        : BestScore < LanguageDetector.MinRatio * RunnerUpScore
            ? string.Create(CultureInfo.InvariantCulture, $"it could be '{Best}' or '{RunnerUp}' (scores {BestScore:0.#} and {RunnerUpScore:0.#}; the best must score {LanguageDetector.MinRatio:0.#} times the next)")
        : $"it reads as '{Best}', which is not detected (only {string.Join(", ", LanguageDetector.Default.Languages.Select(l => $"'{l}'"))} are)";
}
