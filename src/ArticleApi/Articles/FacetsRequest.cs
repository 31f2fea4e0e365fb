using System.ComponentModel;
using ArticleApi.Common.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles;

/// <summary>The query string of GET /articles/facets: the list's filters, and how many entities to show per type.</summary>
public sealed record FacetsRequest : ArticleFilterRequest
{
    public const int DefaultTop = 10;
    public const int MaxTop = 50;

    /// <summary>How many of the most mentioned entities to list per type, 1–50.</summary>
    [FromQuery(Name = "top"), DefaultValue(DefaultTop)]
    public int? Top { get; init; }
}

public sealed class FacetsRequestValidator : ArticleFilterValidator<FacetsRequest>
{
    public FacetsRequestValidator() => RuleFor(r => r.Top).InclusiveBetween(1, FacetsRequest.MaxTop);
}

/// <summary>Counts over the articles a filter matches.</summary>
/// <param name="TotalCount">How many articles match, as GET /articles counts them.</param>
/// <param name="TotalCountIsEstimate">True when totalCount is PostgreSQL's estimate (beyond 1,000 matches, unless the filter is sources only).</param>
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
