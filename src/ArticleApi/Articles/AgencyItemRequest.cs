using ArticleApi.Common.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles;

/// <summary>PUT /articles/by-source/{source}/{externalId}: an article the agency identifies.</summary>
public sealed record AgencyItemRequest
{
    /// <summary>The agency, as articles give it (`ANP`); compared ignoring case.</summary>
    [FromRoute(Name = "source")]
    public required string Source { get; init; }

    /// <summary>The agency's id for the item.</summary>
    [FromRoute(Name = "externalId")]
    public required string ExternalId { get; init; }

    /// <summary>The article: every field, as for creating one; `source` and `externalId` may be left out, and if given must be the path's.</summary>
    [FromBody]
    public required ArticleRequest Body { get; init; }

    /// <summary>The body with the path's source and externalId.</summary>
    public ArticleRequest Article() => Body with { Source = Source, ExternalId = ExternalId };
}

public sealed class AgencyItemRequestValidator : AbstractValidator<AgencyItemRequest>
{
    public AgencyItemRequestValidator(IValidator<ArticleRequest> articles)
    {
        RuleFor(r => r.Source).RequiredText().MaxCharacters(64).SingleLine().OverridePropertyName("source");
        RuleFor(r => r.ExternalId).RequiredText().MaxCharacters(200).SingleLine().OverridePropertyName("externalId");
        RuleFor(r => r.Body.Source)
            .Must((r, source) => source is null || SourceKey.Of(source) == SourceKey.Of(r.Source))
            .OverridePropertyName("source")
            .WithMessage(r => $"The body's source '{r.Body.Source}' is not the path's '{r.Source}'; leave it out or make them the same.");
        RuleFor(r => r.Body.ExternalId)
            .Must((r, externalId) => externalId is null || externalId == r.ExternalId)
            .OverridePropertyName("externalId")
            .WithMessage(r => $"The body's externalId '{r.Body.ExternalId}' is not the path's '{r.ExternalId}'; leave it out or make them the same.");
        RuleFor(r => r).CustomAsync(async (request, context, cancellationToken) =>
        {
            foreach (var failure in (await articles.ValidateAsync(request.Article(), cancellationToken)).Errors)
                context.AddFailure(failure);
        });
    }
}
