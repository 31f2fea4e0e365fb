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
