namespace ArticleApi.Bench.Generator;

/// <summary>Places a dateline can name, most frequent first, in title case and in capitals.</summary>
internal sealed class DatelinePlaces
{
    private readonly RankedWords _titleCase;
    private readonly string[] _upperCase;

    public DatelinePlaces(string commaSeparated)
    {
        _titleCase = RankedWords.Parse(commaSeparated, flatness: 2);
        _upperCase = new string[_titleCase.Words.Length];
        for (var i = 0; i < _upperCase.Length; i++) _upperCase[i] = _titleCase.Words[i].ToUpperInvariant();
    }

    public string Pick(RandomSource random, bool upperCase)
    {
        var index = _titleCase.Pick(random);
        return upperCase ? _upperCase[index] : _titleCase.Words[index];
    }
}
