using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles.History;

/// <summary>The query string of GET /articles/changes.</summary>
public sealed record ChangesRequest
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>Where to resume: a `cursor` or `nextCursor` from an earlier answer. Leave it out to start from the first change.</summary>
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    /// <summary>How many changes at most, 1–1000.</summary>
    [FromQuery(Name = "limit"), DefaultValue(DefaultLimit)]
    public int? Limit { get; init; }

    public ChangeCursor Cursor => ChangeCursor.TryParse(After, out var cursor) ? cursor.Value : ChangeCursor.Start;
}

public sealed class ChangesRequestValidator : AbstractValidator<ChangesRequest>
{
    public ChangesRequestValidator()
    {
        RuleFor(r => r.After)
            .Must(after => ChangeCursor.TryParse(after, out _))
            .When(r => r.After is not null)
            .WithMessage("Not a change feed cursor: pass a 'cursor' or 'nextCursor' from an earlier answer, or leave 'after' out.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ChangesRequest.MaxLimit);
    }
}
