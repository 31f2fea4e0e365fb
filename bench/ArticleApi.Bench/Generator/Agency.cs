namespace ArticleApi.Bench.Generator;

/// <summary>How one agency writes: its share of the feed, languages, dateline and quote style, and identifiers.</summary>
internal sealed record Agency(
    string Name,
    int SharePerMille,
    double DutchShare,
    string IdPrefix,
    DatelineStyle Dateline,
    char QuoteOpen,
    char QuoteClose,
    double BylineShare,
    double UrlShare,
    int UtcShiftHours)
{
    public int Index { get; init; }

    /// <summary>Host of the agency's invented site, e.g. "example-rtl-nieuws.test".</summary>
    public string UrlHost { get; } = "example-" + Name.ToLowerInvariant().Replace(' ', '-').Replace('.', '-') + ".test";
}

/// <summary>How the place and the agency tag open the body, e.g. "LONDEN (ANP) - " or "Berlin (dpa) - ".</summary>
internal sealed record DatelineStyle(bool UpperCasePlace, string AfterPlace, string WithoutPlace, HomeCountry Home);

/// <summary>Where an agency's Dutch copy is datelined most of the time; elsewhere it reports from abroad.</summary>
internal enum HomeCountry
{
    None,
    Netherlands,
    Belgium,
}
