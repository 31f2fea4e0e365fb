using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles;

/// <summary>The query string of GET /articles: the shared filters, then order, fields and paging.</summary>
public sealed record ListArticlesRequest : ArticleFilterRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public static readonly string[] Sorts = ["newest", "oldest", "relevance"];
    public static readonly string[] CountModes = ["auto", "exact", "none"];

    /// <summary>`newest` (default) or `oldest` by `publishedAt`, ties broken by `id`; `relevance` (needs `q`) ranks the 2,000 newest matches best first.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Which fields list items carry, comma-separated or repeated, e.g. `id,headline,publishedAt,entities`. Default: every field but `body` (plus `snippet` with `q`). Known: id, source, externalId, headline, summary, body, dateline, language, byline, url, publishedAt, entities, version, createdAt, updatedAt, snippet (needs `q`).</summary>
    [FromQuery(Name = "fields")]
    public string[]? Fields { get; init; }

    /// <summary>Which page, counting from 1. Page-number paging reaches 10,000 results deep (`(page - 1) × pageSize` ≤ 10,000); beyond that follow `nextCursor`. Not with `cursor`.</summary>
    [FromQuery(Name = "page"), DefaultValue(1)]
    public int? Page { get; init; }

    /// <summary>Articles per page, 1–100.</summary>
    [FromQuery(Name = "pageSize"), DefaultValue(DefaultPageSize)]
    public int? PageSize { get; init; }

    /// <summary>Continue after the last item of an earlier page: the `nextCursor` it returned (or follow its `Link: rel="next"`). Only valid with the same filters and sort; fast at any depth. Not with `page`.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>`auto` (default): `totalCount` is exact when that costs nothing (everything fits on the first page, or only `source` filters) and PostgreSQL's estimate otherwise (then `totalCountIsEstimate` is true); `exact` counts up to 10,000 matches, then estimates; `none` skips counting.</summary>
    [FromQuery(Name = "count")]
    public string? Count { get; init; }

    public ArticleSort SortOrder => Sort?.ToLowerInvariant() switch
    {
        "oldest" => ArticleSort.Oldest,
        "relevance" => ArticleSort.Relevance,
        _ => ArticleSort.Newest,
    };

    public CountMode CountMode => Count?.ToLowerInvariant() switch
    {
        "none" => CountMode.None,
        "exact" => CountMode.Exact,
        _ => CountMode.Auto,
    };

    public ArticleFields FieldSet => ArticleFieldNames.Parse(Fields, hasText: !string.IsNullOrWhiteSpace(Q));

    /// <summary>What a cursor is bound to: the filters and the order, not the page size or fields.</summary>
    public string CursorScope() => $"{ToFilter().Fingerprint()}|{SortOrder}";
}

public enum CountMode
{
    Auto,
    Exact,
    None,
}

public enum ArticleSort
{
    Newest,
    Oldest,
    Relevance,
}
