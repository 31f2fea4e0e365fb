using System.Globalization;
using System.Text;

namespace ArticleApi.Formats.WireText;

/// <summary>
/// Tells which language wire copy is in from its function words: the articles, pronouns, prepositions,
/// conjunctions and auxiliaries every sentence is built from (Data/*.txt, about 100 per language, written by
/// hand). Each word of the text found in a language's list scores 1 for that language, divided by the number of
/// languages whose lists hold it ("de" counts for Dutch, French, Spanish and Portuguese, a quarter each; "het"
/// only for Dutch). The best language wins only by a clear margin; otherwise there is no answer, not a guess.
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

    private LanguageDetector(IReadOnlyDictionary<string, IReadOnlyCollection<string>> lists)
    {
        Languages = [.. lists.Keys];
        var languagesOf = lists.SelectMany(l => l.Value.Select(word => (word, language: l.Key)))
            .GroupBy(p => p.word, p => p.language)
            .ToDictionary(g => g.Key, g => g.Distinct().ToList());
        weights = languagesOf.ToDictionary(w => w.Key, w => w.Value.ToDictionary(l => l, _ => 1.0 / w.Value.Count));
    }

    /// <summary>The detector over the embedded lists: Dutch, English, German, French, Spanish, Italian and Portuguese.</summary>
    public static LanguageDetector Default { get; } = new(new Dictionary<string, IReadOnlyCollection<string>>
    {
        ["nl"] = Load("nl"), ["en"] = Load("en"), ["de"] = Load("de"), ["fr"] = Load("fr"),
        ["es"] = Load("es"), ["it"] = Load("it"), ["pt"] = Load("pt"),
    });

    /// <summary>The ISO 639-1 codes it can tell apart.</summary>
    public IReadOnlyList<string> Languages { get; }

    public LanguageGuess Detect(string text)
    {
        var scores = Languages.ToDictionary(l => l, _ => 0.0);
        var words = 0;
        foreach (var word in Words(text))
        {
            words++;
            if (!weights.TryGetValue(word, out var languages)) continue;
            foreach (var (language, weight) in languages) scores[language] += weight;
        }
        var ranked = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var (best, score) = ranked[0];
        var (runnerUp, runnerUpScore) = ranked[1];
        var clear = score >= MinScore && score >= MinRatio * runnerUpScore && score >= MinShare * words;
        return new LanguageGuess(clear ? best : null, best, score, runnerUp, runnerUpScore, words);
    }

    /// <summary>
    /// Lower-case runs of letters. An apostrophe between letters stays with the word before it, so French and
    /// Italian elisions ("l'armée", "dell'Ue") give "l'" and "dell'", as the lists spell them.
    /// </summary>
    internal static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c) || word.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length == 0) continue;
            if (c is '\'' or '’' or 'ʼ' && i + 1 < text.Length && char.IsLetter(text[i + 1])) word.Append('\'');
            // Combining accents typed after their letter ("e" + U+0301) are the same word as the precomposed "é".
            yield return word.ToString().Normalize(NormalizationForm.FormC);
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString().Normalize(NormalizationForm.FormC);
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
/// <param name="Language">The language, when it is clear; null when the text is too short or could be more than one.</param>
/// <param name="Best">The best-scoring language, clear or not.</param>
/// <param name="Words">How many words the text has.</param>
public sealed record LanguageGuess(string? Language, string Best, double BestScore, string RunnerUp, double RunnerUpScore, int Words)
{
    /// <summary>Why there is no answer, for the client that must then name the language.</summary>
    public string WhyUnclear() => BestScore < LanguageDetector.MinScore || BestScore < LanguageDetector.MinShare * Words
        ? string.Create(CultureInfo.InvariantCulture, $"the text has too few of the common words by which the language is told ({Words} words; best: '{Best}' with a score of {BestScore:0.#}, {LanguageDetector.MinScore:0} needed)")
        : string.Create(CultureInfo.InvariantCulture, $"it could be '{Best}' or '{RunnerUp}' (scores {BestScore:0.#} and {RunnerUpScore:0.#}; the best must score {LanguageDetector.MinRatio:0.#} times the next)");
}
