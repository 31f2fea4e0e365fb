namespace ArticleApi.Articles;

/// <summary>A page of articles.</summary>
/// <param name="Items">The articles on this page, with the fields asked for.</param>
/// <param name="Page">Which page this is, counting from 1; null when paging by cursor.</param>
/// <param name="PageSize">How many items a page holds.</param>
/// <param name="TotalCount">How many articles match in all; null with count=none.</param>
/// <param name="TotalCountIsEstimate">True when totalCount is PostgreSQL's estimate: by default whenever an exact count would cost more than the page (sources-only filters and the last page are always exact); with count=exact, beyond 10,000 matches.</param>
/// <param name="TotalPages">How many pages totalCount makes; null with count=none.</param>
/// <param name="NextCursor">Pass as `cursor` to get the next page; null on the last page.</param>
public sealed record ArticleListResponse(
    IReadOnlyList<ArticleListItem> Items,
    int? Page,
    int PageSize,
    long? TotalCount,
    bool TotalCountIsEstimate,
    long? TotalPages,
    string? NextCursor);

/// <summary>An article in a list. It carries only the fields asked for (`fields`); by default all but `body`.</summary>
/// <param name="Snippet">With `q`: up to two short passages of the body around the matches, HTML-escaped, matches wrapped in `&lt;mark&gt;`.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(ArticleListItemConverter))]
public sealed record ArticleListItem(
    Guid Id,
    string? Source,
    string? ExternalId,
    string? Headline,
    string? Summary,
    string? Body,
    string? Dateline,
    string? DatelinePlace,
    string? Language,
    string? Byline,
    string? Url,
    DateTimeOffset PublishedAt,
    IReadOnlyList<EntityResponse>? Entities,
    int? Version,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? Snippet)
{
    /// <summary>Which of the properties above are written; not itself part of the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ArticleFields Fields { get; init; }

    /// <summary>One article as a list gives it with <paramref name="fields"/>.</summary>
    public static ArticleListItem From(ArticleResponse article, ArticleFields fields) => new(
        article.Id, article.Source, article.ExternalId, article.Headline, article.Summary, article.Body, article.Dateline,
        article.DatelinePlace, article.Language, article.Byline, article.Url, article.PublishedAt, article.Entities,
        article.Version, article.CreatedAt, article.UpdatedAt, Snippet: null)
    {
        Fields = fields,
    };
}
