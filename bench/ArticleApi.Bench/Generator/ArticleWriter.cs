using System.Text;

namespace ArticleApi.Bench.Generator;

/// <summary>
/// Produces one article after another from a single random stream. All buffers are reused; the only allocations
/// per article are the strings and the entity array it returns.
/// </summary>
internal sealed class ArticleWriter
{
    private const int MinEntities = 3;
    private const int MaxEntities = 12;
    private const double SummaryShare = 0.6;
    private const double DatelineShare = 0.9;

    // Articles with 3, 4, … 12 entities.
    private static readonly WeightedIndex EntityCounts = WeightedIndex.FromInts([14, 16, 15, 13, 11, 9, 7, 6, 5, 4]);

    private readonly RandomSource _random;
    private readonly EntityPool _pool;
    private readonly PublicationClock _clock;
    private readonly Bylines _bylines;
    private readonly CopyWriter _copy;
    private readonly BodyWriter _bodyWriter;
    private readonly int[] _sequences = new int[Agencies.All.Length * PublicationClock.DayCount];
    private readonly PoolEntity[] _chosen = new PoolEntity[MaxEntities];
    private readonly int[] _chosenRanks = new int[MaxEntities];
    private readonly StringBuilder _line = new(1024);

    public ArticleWriter(int seed, EntityPool pool, PublicationClock clock, Bylines bylines)
    {
        _random = RandomSource.ForStream(seed, 3);
        _pool = pool;
        _clock = clock;
        _bylines = bylines;
        _copy = new CopyWriter(_random);
        _bodyWriter = new BodyWriter(_random, _copy);
    }

    public GeneratedArticle Next()
    {
        var agency = Agencies.All[Agencies.Shares.Sample(_random)];
        var dutch = _random.Chance(agency.DutchShare);
        var language = dutch ? LanguagePacks.Dutch : LanguagePacks.English;
        var publishedAt = _clock.Next(_random, agency.UtcShiftHours);
        var sequence = ++_sequences[agency.Index * PublicationClock.DayCount + PublicationClock.DayIndex(publishedAt)];
        var topic = Topics.Shares.Sample(_random);
        var entities = ChooseEntities(dutch, out var count);

        _copy.Begin(language, topic, agency, _chosen[0].Form(dutch).Short, _chosen[1].Form(dutch).Short);
        var headline = WriteHeadline(language);
        var summary = _random.Chance(SummaryShare) ? WriteSummary(language, dutch) : null;
        string? dateline = _random.Chance(DatelineShare) ? PickDateline(agency, language) : null;
        var body = _bodyWriter.Write(agency, dateline, new ReadOnlySpan<PoolEntity>(_chosen, 0, count), dutch);
        var byline = _random.Chance(agency.BylineShare) ? _bylines.Pick(agency, _random, language.Conjunction) : null;
        var url = _random.Chance(agency.UrlShare) ? WriteUrl(agency, language, topic, publishedAt, headline, sequence) : null;

        return new GeneratedArticle(agency.Name, WriteExternalId(agency, publishedAt, sequence), headline, summary, body,
            dateline, language.Code, byline, url, publishedAt, entities);
    }

    private (string Name, string Type)[] ChooseEntities(bool dutch, out int count)
    {
        count = MinEntities + EntityCounts.Sample(_random);
        var entities = new (string Name, string Type)[count];
        for (var i = 0; i < count; i++)
        {
            int rank;
            do rank = _pool.SampleRank(_random);
            while (Array.IndexOf(_chosenRanks, rank, 0, i) >= 0);
            _chosenRanks[i] = rank;
            _chosen[i] = _pool[rank];
            entities[i] = (_chosen[i].Form(dutch).Name, _chosen[i].Type);
        }
        return entities;
    }

    private string WriteHeadline(LanguagePack language)
    {
        const int minWords = 5, maxWords = 14, attempts = 50;
        for (var attempt = 1; attempt < attempts; attempt++)
        {
            _line.Clear();
            _copy.Write(_line, _random.Pick(language.Headlines));
            if (WordCounter.Count(_line, 0) is >= minWords and <= maxWords) return _line.ToString();
        }
        // Only reachable with freak combinations of long names; cut rather than break the length promise.
        var words = _line.ToString().Split(' ');
        return words.Length <= maxWords ? string.Join(' ', words) : string.Join(' ', words[..maxWords]);
    }

    private string WriteSummary(LanguagePack language, bool dutch)
    {
        _line.Clear();
        var lead = _chosen[0];
        _copy.Write(_line, _random.Pick(language.SentencesAbout(lead.Type)), lead.Form(dutch));
        if (_random.Chance(0.5))
        {
            _line.Append(' ');
            _copy.Write(_line, _random.Pick(language.Fillers));
        }
        _copy.ForgetSpeakers();
        return _line.ToString();
    }

    private string PickDateline(Agency agency, LanguagePack language)
    {
        var style = agency.Dateline;
        var atHome = style.Home != HomeCountry.None && language.IsDutch && _random.Chance(0.65);
        var places = !atHome ? language.ForeignPlaces
            : style.Home == HomeCountry.Belgium ? language.BelgianPlaces
            : language.HomePlaces;
        return places.Pick(_random, style.UpperCasePlace);
    }

    private string WriteExternalId(Agency agency, DateTimeOffset publishedAt, int sequence)
    {
        _line.Clear();
        _line.Append(agency.IdPrefix).Append('-');
        AppendDate(publishedAt, separator: null);
        _line.Append('-');
        AppendPadded(sequence, 6);
        return _line.ToString();
    }

    private string WriteUrl(Agency agency, LanguagePack language, int topic, DateTimeOffset publishedAt, string headline, int sequence)
    {
        _line.Clear();
        _line.Append("https://").Append(agency.UrlHost).Append('/').Append(language.TopicSections[topic]).Append('/');
        AppendDate(publishedAt, separator: '/');
        _line.Append('/');
        Slug.Append(_line, headline);
        _line.Append('-');
        AppendPadded(sequence, 6);
        return _line.ToString();
    }

    private void AppendDate(DateTimeOffset instant, char? separator)
    {
        AppendPadded(instant.Year, 4);
        if (separator is { } first) _line.Append(first);
        AppendPadded(instant.Month, 2);
        if (separator is { } second) _line.Append(second);
        AppendPadded(instant.Day, 2);
    }

    private void AppendPadded(int value, int digits)
    {
        for (var limit = 10; digits > 1; digits--, limit *= 10)
        {
            if (value < limit) _line.Append('0');
        }
        _line.Append(value);
    }
}
