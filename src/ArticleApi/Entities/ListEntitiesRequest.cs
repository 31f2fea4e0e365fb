using System.ComponentModel;
using ArticleApi.Articles;
using ArticleApi.Common.Text;
using ArticleApi.Common.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Entities;

/// <summary>The query string of GET /entities.</summary>
public sealed record ListEntitiesRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxOffset = 10_000;

    /// <summary>Only entities with a name or alias whose words start with these: `zel` finds "Volodymyr Zelensky", `van der p` "Caroline van der Plas". Case and accents are ignored. At most 100 characters.</summary>
    [FromQuery(Name = "prefix")]
    public string? Prefix { get; init; }

    /// <summary>Only entities of this type: `person`, `organization`, `location` or `other`.</summary>
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    /// <summary>Which page, counting from 1; at most 10,000 entities deep.</summary>
    [FromQuery(Name = "page"), DefaultValue(1)]
    public int? Page { get; init; }

    /// <summary>Entities per page, 1–100.</summary>
    [FromQuery(Name = "pageSize"), DefaultValue(DefaultPageSize)]
    public int? PageSize { get; init; }

    /// <summary>The words of the prefix, folded: "Van der P" → ["van", "der", "p"].</summary>
    public string[] Prefixes() =>
        string.IsNullOrWhiteSpace(Prefix)
            ? []
            : [.. TextFolding.Fold(Prefix).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10)];

    public EntityType? EntityType => Type is null ? null : EntityTypeNames.TryFromDatabase(Type.ToLowerInvariant(), out var type) ? type : null;
}

public sealed class ListEntitiesRequestValidator : AbstractValidator<ListEntitiesRequest>
{
    public ListEntitiesRequestValidator()
    {
        RuleFor(r => r.Prefix).MaxCharacters(100).SingleLine();
        RuleFor(r => r.Type).OneOf(ArticleFilterRequest.EntityTypeNames);
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListEntitiesRequest.MaxPageSize);
        RuleFor(r => r.Page)
            .Must((r, page) => (long)(page!.Value - 1) * (r.PageSize ?? ListEntitiesRequest.DefaultPageSize) <= ListEntitiesRequest.MaxOffset)
            .When(r => r.Page >= 1 && r.PageSize is null or (>= 1 and <= ListEntitiesRequest.MaxPageSize))
            .WithMessage($"Entity lists reach {ListEntitiesRequest.MaxOffset:N0} entities deep; narrow them with 'prefix' or 'type'.");
    }
}
