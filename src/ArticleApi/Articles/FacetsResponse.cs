namespace ArticleApi.Articles;

/// <summary>Counts over the articles a filter matches.</summary>
/// <param name="TotalCount">How many articles match, as GET /articles counts them.</param>
/// <param name="TotalCountIsEstimate">True when totalCount is PostgreSQL's estimate: when more articles match than the facets sample (10,000, the newest).</param>
/// <param name="CountedArticles">How many articles the facets below count: all matches, or the newest 10,000 of them.</param>
/// <param name="IsSample">True when there were more matches than were counted.</param>
/// <param name="Sources">Articles per source, most first.</param>
/// <param name="Languages">Articles per language, most first.</param>
/// <param name="Entities">Per type, the entities mentioned in most of the counted articles.</param>
public sealed record FacetsResponse(
    long TotalCount,
    bool TotalCountIsEstimate,
    long CountedArticles,
    bool IsSample,
    IReadOnlyList<FacetCount> Sources,
    IReadOnlyList<FacetCount> Languages,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Entities);

/// <param name="Value">A source, language code or entity name.</param>
/// <param name="Count">How many of the counted articles have it.</param>
public sealed record FacetCount(string Value, long Count);
