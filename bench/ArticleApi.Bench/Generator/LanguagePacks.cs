using ArticleApi.Bench.Generator.Vocabulary;

namespace ArticleApi.Bench.Generator;

/// <summary>The Dutch and English language packs, built once from the vocabulary files.</summary>
internal static class LanguagePacks
{
    public static readonly LanguagePack Dutch = new()
    {
        Code = "nl",
        IsDutch = true,
        TopicNouns =
        [
            DutchNouns(DutchTopicNouns.Politics), DutchNouns(DutchTopicNouns.Economy), DutchNouns(DutchTopicNouns.Justice),
            DutchNouns(DutchTopicNouns.World), DutchNouns(DutchTopicNouns.Sports), DutchNouns(DutchTopicNouns2.Climate),
            DutchNouns(DutchTopicNouns2.Health), DutchNouns(DutchTopicNouns2.Technology), DutchNouns(DutchTopicNouns2.Transport),
            DutchNouns(DutchTopicNouns2.Culture),
        ],
        TopicSections = Sections(DutchWords.Sections),
        GeneralNouns = DutchNouns(DutchWords.GeneralNouns),
        Adjectives = RankedWords.Parse(DutchWords.Adjectives),
        Verbs = RankedWords.Parse(DutchWords.Verbs),
        SpeechVerbs = RankedWords.Parse(DutchWords.SpeechVerbs, flatness: 1),
        Roles = RankedWords.Parse(DutchWords.Roles),
        GenericSpeakers = RankedWords.Parse(DutchWords.GenericSpeakers, flatness: 1),
        Sources = RankedWords.Parse(DutchWords.Sources),
        PastTimes = RankedWords.Parse(DutchWords.PastTimes),
        FutureTimes = RankedWords.Parse(DutchWords.FutureTimes),
        Days = RankedWords.Parse(DutchWords.Days, flatness: 8),
        PersonSentences = Template.ParseAll(DutchTemplates.Person),
        OrganizationSentences = Template.ParseAll(DutchTemplates.Organization),
        LocationSentences = Template.ParseAll(DutchTemplates.Location),
        OtherSentences = Template.ParseAll(DutchTemplates.Other),
        Fillers = Template.ParseAll(DutchTemplates.Fillers),
        Quotes = Template.ParseAll(DutchTemplates.Quotes),
        Headlines = Template.ParseAll(DutchTemplates.Headlines),
        HomePlaces = new DatelinePlaces(DutchWords.HomePlaces),
        BelgianPlaces = new DatelinePlaces(DutchWords.BelgianPlaces),
        ForeignPlaces = new DatelinePlaces(DutchWords.ForeignPlaces),
        DecimalSeparator = ',',
        GroupSeparator = '.',
        PercentWord = "procent",
        Conjunction = "en",
    };

    public static readonly LanguagePack English = new()
    {
        Code = "en",
        IsDutch = false,
        TopicNouns =
        [
            EnglishNouns(EnglishTopicNouns.Politics), EnglishNouns(EnglishTopicNouns.Economy), EnglishNouns(EnglishTopicNouns.Justice),
            EnglishNouns(EnglishTopicNouns.World), EnglishNouns(EnglishTopicNouns.Sports), EnglishNouns(EnglishTopicNouns2.Climate),
            EnglishNouns(EnglishTopicNouns2.Health), EnglishNouns(EnglishTopicNouns2.Technology),
            EnglishNouns(EnglishTopicNouns2.Transport), EnglishNouns(EnglishTopicNouns2.Culture),
        ],
        TopicSections = Sections(EnglishWords.Sections),
        GeneralNouns = EnglishNouns(EnglishWords.GeneralNouns),
        Adjectives = RankedWords.Parse(EnglishWords.Adjectives),
        Verbs = RankedWords.Parse(EnglishWords.Verbs),
        SpeechVerbs = RankedWords.Parse(EnglishWords.SpeechVerbs, flatness: 1),
        Roles = RankedWords.Parse(EnglishWords.Roles),
        GenericSpeakers = RankedWords.Parse(EnglishWords.GenericSpeakers, flatness: 1),
        Sources = RankedWords.Parse(EnglishWords.Sources),
        PastTimes = RankedWords.Parse(EnglishWords.PastTimes),
        FutureTimes = RankedWords.Parse(EnglishWords.FutureTimes),
        Days = RankedWords.Parse(EnglishWords.Days, flatness: 8),
        PersonSentences = Template.ParseAll(EnglishTemplates.Person),
        OrganizationSentences = Template.ParseAll(EnglishTemplates.Organization),
        LocationSentences = Template.ParseAll(EnglishTemplates.Location),
        OtherSentences = Template.ParseAll(EnglishTemplates.Other),
        Fillers = Template.ParseAll(EnglishTemplates.Fillers),
        Quotes = Template.ParseAll(EnglishTemplates.Quotes),
        Headlines = Template.ParseAll(EnglishTemplates.Headlines),
        HomePlaces = new DatelinePlaces(EnglishWords.HomePlaces),
        BelgianPlaces = new DatelinePlaces(EnglishWords.BelgianPlaces),
        ForeignPlaces = new DatelinePlaces(EnglishWords.ForeignPlaces),
        DecimalSeparator = '.',
        GroupSeparator = ',',
        PercentWord = "percent",
        Conjunction = "and",
    };

    private static NounList DutchNouns(string nouns) => new(nouns, fixedArticle: null);

    private static NounList EnglishNouns(string nouns) => new(nouns, fixedArticle: "the");

    private static string[] Sections(string commaSeparated)
    {
        var sections = RankedWords.Split(commaSeparated);
        if (sections.Length != Topics.Count) throw new InvalidOperationException("Every topic needs a URL section.");
        return sections;
    }
}
