using System.ComponentModel;
using ArticleApi.Common.Text;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles;

/// <summary>The query string of GET /articles. Every parameter is optional and they combine with AND.</summary>
public sealed record ListArticlesRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Only articles from these sources: repeat the parameter for several (any of them matches); case-insensitive, e.g. `source=ANP&amp;source=Reuters`.</summary>
    [FromQuery(Name = "source")]
    public string[]? Source { get; init; }

    /// <summary>Published at or after this moment: an RFC 3339 date-time with offset (`2025-03-01T09:00:00+01:00`, URL-encode the `+`) or a date (`2025-03-01`, from the start of that UTC day). Inclusive.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Published before this moment: a date-time is exclusive; a date (`2025-03-31`) includes that whole UTC day. Must be later than `from`.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Only articles that mention all of these entities: repeat the parameter for several. Matches the whole name, ignoring case and accents (`oekraine` finds "Oekraïne").</summary>
    [FromQuery(Name = "entity")]
    public string[]? Entity { get; init; }

    /// <summary>Only articles in this language: a two-letter ISO 639-1 code such as `nl` or `en`.</summary>
    [FromQuery(Name = "language")]
    public string? Language { get; init; }

    /// <summary>Which page, counting from 1.</summary>
    [FromQuery(Name = "page"), DefaultValue(1)]
    public int? Page { get; init; }

    /// <summary>Articles per page, 1–100.</summary>
    [FromQuery(Name = "pageSize"), DefaultValue(DefaultPageSize)]
    public int? PageSize { get; init; }

    /// <summary>The validated request as the repository takes it.</summary>
    public ArticleQuery ToQuery() =>
        new(
            SourceKeys: Source is { Length: > 0 } ? [.. Source.Select(SourceKey.Of).Distinct()] : null,
            From: From is null ? null : DateBound.Parse(From).Start,
            To: To is null ? null : DateBound.Parse(To).ExclusiveEnd,
            EntityKeys: Entity is { Length: > 0 } ? [.. Entity.Select(TextFolding.Fold).Distinct()] : null,
            Language: Language?.Trim().ToLowerInvariant(),
            Page: Page ?? 1,
            PageSize: PageSize ?? DefaultPageSize);
}

/// <summary>A validated list query: keys already folded, dates already resolved to instants.</summary>
public sealed record ArticleQuery(
    string[]? SourceKeys,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string[]? EntityKeys,
    string? Language,
    int Page,
    int PageSize)
{
    public long Offset => (long)(Page - 1) * PageSize;
}
