using ArticleApi.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace ArticleApi.Articles;

public sealed class ListArticlesRequestValidator : ArticleFilterValidator<ListArticlesRequest>
{

    public ListArticlesRequestValidator(CursorProtector cursors, IOptions<ListLimits> limits)
    {
        var maxOffset = limits.Value.MaxPageNumberOffset;
        RuleFor(r => r.Sort).OneOf(ListArticlesRequest.Sorts);
        RuleFor(r => r.Sort).Must((r, _) => !string.IsNullOrWhiteSpace(r.Q))
            .When(r => r.SortOrder == ArticleSort.Relevance && r.Sort.IsOneOf(ListArticlesRequest.Sorts))
            .WithMessage("'sort=relevance' needs a full-text query in 'q'.");
        RuleFor(r => r.Count).OneOf(ListArticlesRequest.CountModes);

        RuleFor(r => r.Fields).Must(f => !ArticleFieldNames.Unknown(f).Any())
            .WithMessage((_, f) => $"Unknown field(s) {string.Join(", ", ArticleFieldNames.Unknown(f).Select(n => $"'{n}'"))}. "
                                   + $"Known: {string.Join(", ", ArticleFieldNames.All.Select(a => a.Name))}.");
        RuleFor(r => r.Fields).Must((r, _) => !string.IsNullOrWhiteSpace(r.Q))
            .When(r => !ArticleFieldNames.Unknown(r.Fields).Any() && r.FieldSet.HasFlag(ArticleFields.Snippet))
            .WithMessage("The 'snippet' field needs a full-text query in 'q'.");

        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListArticlesRequest.MaxPageSize);
        RuleFor(r => r.Page)
            .Must((r, page) => (long)(page!.Value - 1) * (r.PageSize ?? ListArticlesRequest.DefaultPageSize) <= maxOffset)
            .When(r => r.Page >= 1 && r.PageSize is null or (>= 1 and <= ListArticlesRequest.MaxPageSize))
            .WithMessage($"Page-number paging reaches {maxOffset:N0} results deep; to read further, follow 'nextCursor' (or the Link header) with 'cursor'.");

        RuleFor(r => r.Cursor).Empty().When(r => r.Page is not null)
            .WithMessage("Use either 'cursor' or 'page', not both.");
        RuleFor(r => r.Cursor)
            .MustAsync(async (r, cursor, cancellationToken) => await cursors.UnprotectAsync(cursor!, r.CursorScope(), cancellationToken) is { } c && c.Sort == r.SortOrder)
            // Checked against the filters it was issued for; while those are invalid, they get the errors.
            .When(r => r.Cursor is not null && r.Page is null && FiltersAreValid(r))
            .WithMessage("'cursor' is not valid here: pass back a nextCursor exactly as received, with the same filters and sort.");
    }
}
