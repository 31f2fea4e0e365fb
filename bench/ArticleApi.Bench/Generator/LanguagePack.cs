namespace ArticleApi.Bench.Generator;

/// <summary>Everything needed to write copy in one language: vocabulary, sentence patterns and number style.</summary>
internal sealed class LanguagePack
{
    public required string Code { get; init; }
    public required bool IsDutch { get; init; }
    public required NounList[] TopicNouns { get; init; }
    public required string[] TopicSections { get; init; }
    public required NounList GeneralNouns { get; init; }
    public required RankedWords Adjectives { get; init; }
    public required RankedWords Verbs { get; init; }
    public required RankedWords SpeechVerbs { get; init; }
    public required RankedWords Roles { get; init; }
    public required RankedWords GenericSpeakers { get; init; }
    public required RankedWords Sources { get; init; }
    public required RankedWords PastTimes { get; init; }
    public required RankedWords FutureTimes { get; init; }
    public required RankedWords Days { get; init; }
    public required Template[] PersonSentences { get; init; }
    public required Template[] OrganizationSentences { get; init; }
    public required Template[] LocationSentences { get; init; }
    public required Template[] OtherSentences { get; init; }
    public required Template[] Fillers { get; init; }
    public required Template[] Quotes { get; init; }
    public required Template[] Headlines { get; init; }
    public required DatelinePlaces HomePlaces { get; init; }
    public required DatelinePlaces BelgianPlaces { get; init; }
    public required DatelinePlaces ForeignPlaces { get; init; }
    public required char DecimalSeparator { get; init; }
    public required char GroupSeparator { get; init; }
    public required string PercentWord { get; init; }
    public required string Conjunction { get; init; }

    public Template[] SentencesAbout(string entityType) => entityType switch
    {
        EntityTypes.Person => PersonSentences,
        EntityTypes.Organization => OrganizationSentences,
        EntityTypes.Location => LocationSentences,
        _ => OtherSentences,
    };

    /// <summary>Single-word content terms in list order, the candidates for a realistic search term.</summary>
    public IEnumerable<string> ContentWords()
    {
        foreach (var topic in TopicNouns)
        {
            foreach (var noun in topic.Nouns.Words) yield return noun;
        }
        foreach (var noun in GeneralNouns.Nouns.Words) yield return noun;
        foreach (var adjective in Adjectives.Words) yield return adjective;
        foreach (var verb in Verbs.Words) yield return verb;
    }
}
