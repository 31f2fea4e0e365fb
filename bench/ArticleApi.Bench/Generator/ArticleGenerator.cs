namespace ArticleApi.Bench.Generator;

/// <summary>
/// Deterministic synthetic wire copy: the same seed and count give the same articles in the same order on any
/// machine, and a shorter run is a prefix of a longer one.
/// </summary>
public sealed class ArticleGenerator
{
    private readonly int _seed;
    private readonly EntityPool _entities;
    private readonly PublicationClock _clock;
    private readonly Bylines _bylines;
    private readonly CommonWords _commonWords;

    /// <summary>Builds the entity pool, calendar and reporter lists for <paramref name="seed"/> (a fraction of a second).</summary>
    public ArticleGenerator(int seed = 20250320)
    {
        _seed = seed;
        _entities = new EntityPool(RandomSource.ForStream(seed, 1));
        _clock = new PublicationClock(RandomSource.ForStream(seed, 2));
        _bylines = new Bylines(RandomSource.ForStream(seed, 4));
        _commonWords = new CommonWords(this);
    }

    /// <summary>The agency names articles are attributed to, largest share first.</summary>
    public static IReadOnlyList<string> Sources { get; } = Array.ConvertAll(Agencies.All, agency => agency.Name);

    /// <summary>An entity name in the top five of the popularity ranking (in a few percent of all articles).</summary>
    public string PopularEntity => _entities.Popular.Form(inDutch: true).Name;

    /// <summary>An entity name near rank 20,000 of 50,000: a few articles per hundred thousand mention it.</summary>
    public string RareEntity => _entities.Rare.Form(inDutch: true).Name;

    /// <summary>A content word that appears in roughly 1–5% of the articles written in <paramref name="language"/> ("nl" or "en").</summary>
    public string CommonWord(string language) => _commonWords.For(language);

    /// <summary>Streams <paramref name="count"/> articles lazily; every call starts over from the seed.</summary>
    public IEnumerable<GeneratedArticle> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Stream(count);
    }

    private IEnumerable<GeneratedArticle> Stream(int count)
    {
        var writer = new ArticleWriter(_seed, _entities, _clock, _bylines);
        for (var i = 0; i < count; i++) yield return writer.Next();
    }
}
