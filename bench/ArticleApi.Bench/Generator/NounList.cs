namespace ArticleApi.Bench.Generator;

/// <summary>Nouns in popularity order with the definite article each takes ("de", "het" or "the").</summary>
internal sealed class NounList
{
    public NounList(string commaSeparated, string? fixedArticle)
    {
        var entries = RankedWords.Split(commaSeparated);
        var nouns = new string[entries.Length];
        Articles = new string[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            if (fixedArticle is not null)
            {
                Articles[i] = fixedArticle;
                nouns[i] = entries[i];
                continue;
            }
            var space = entries[i].IndexOf(' ');
            if (space < 0) throw new FormatException($"Dutch noun \"{entries[i]}\" needs its article (de/het).");
            Articles[i] = entries[i][..space];
            nouns[i] = entries[i][(space + 1)..];
        }
        Nouns = new RankedWords(nouns);
    }

    public RankedWords Nouns { get; }

    public string[] Articles { get; }
}
