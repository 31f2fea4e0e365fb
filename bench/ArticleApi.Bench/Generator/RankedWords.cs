namespace ArticleApi.Bench.Generator;

/// <summary>
/// A word list whose order is its popularity: the first entries are drawn often, the last rarely (Zipf, exponent 1),
/// so search terms range from very common to rare as in real copy.
/// </summary>
internal sealed class RankedWords
{
    private readonly WeightedIndex _ranks;

    public RankedWords(string[] words, int flatness = 4)
    {
        Words = words;
        _ranks = WeightedIndex.Harmonic(words.Length, flatness);
    }

    public string[] Words { get; }

    public int Pick(RandomSource random) => _ranks.Sample(random);

    public string PickWord(RandomSource random) => Words[_ranks.Sample(random)];

    /// <summary>Parses a comma-separated list as written in the vocabulary files.</summary>
    public static RankedWords Parse(string commaSeparated, int flatness = 4) => new(Split(commaSeparated), flatness);

    /// <summary>Entries in written order, repeats dropped (a repeat would only skew the ranking).</summary>
    public static string[] Split(string commaSeparated)
    {
        var entries = commaSeparated.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            if (seen.Add(entry)) distinct.Add(entry);
        }
        return [.. distinct];
    }
}
