namespace ArticleApi.Bench.Generator;

/// <summary>
/// Finds, per language, the vocabulary word whose share of articles is closest to 2.5%, measured on the first
/// articles the generator produces. Measuring rather than predicting keeps the answer right when word lists change.
/// </summary>
internal sealed class CommonWords(ArticleGenerator generator)
{
    private const int SampleSize = 6_000;
    private const double TargetShare = 0.025;

    private readonly Lock _gate = new();
    private Dictionary<string, string>? _byLanguage;

    public string For(string language)
    {
        lock (_gate)
        {
            _byLanguage ??= Measure();
        }
        return _byLanguage.TryGetValue(language, out var word)
            ? word
            : throw new ArgumentException($"No articles are written in \"{language}\"; use \"nl\" or \"en\".", nameof(language));
    }

    private Dictionary<string, string> Measure()
    {
        var documentCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var articleCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordsInArticle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in generator.Generate(SampleSize))
        {
            articleCounts[article.Language] = articleCounts.GetValueOrDefault(article.Language) + 1;
            wordsInArticle.Clear();
            foreach (var token in article.Body.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                wordsInArticle.Add(article.Language + ":" + token.ToLowerInvariant());
            }
            foreach (var key in wordsInArticle) documentCounts[key] = documentCounts.GetValueOrDefault(key) + 1;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in new[] { LanguagePacks.Dutch, LanguagePacks.English })
        {
            var articles = Math.Max(1, articleCounts.GetValueOrDefault(language.Code));
            string? best = null;
            var bestDistance = double.MaxValue;
            // Candidates are visited in word-list order, never in hash order, so ties resolve the same way everywhere.
            foreach (var word in language.ContentWords())
            {
                if (word.Length < 5 || word.Contains(' ') || word.Contains('-')) continue;
                var term = word.ToLowerInvariant();
                var share = (double)documentCounts.GetValueOrDefault(language.Code + ":" + term) / articles;
                var distance = Math.Abs(share - TargetShare);
                if (distance < bestDistance)
                {
                    best = term;
                    bestDistance = distance;
                }
            }
            result[language.Code] = best ?? throw new InvalidOperationException($"No common word found for {language.Code}.");
        }
        return result;
    }

    private static readonly char[] Separators =
        [' ', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '‘', '’', '—'];
}
