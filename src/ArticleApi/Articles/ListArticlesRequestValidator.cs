using ArticleApi.Common.Text;
using ArticleApi.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace ArticleApi.Articles;

/// <summary>Rules for the filters GET /articles and GET /articles/facets share.</summary>
public abstract class ArticleFilterValidator<T> : AbstractValidator<T> where T : ArticleFilterRequest
{
    public const int MaxSources = 50;
    public const int MaxEntities = 10;

    protected ArticleFilterValidator()
    {
        RuleFor(r => r.Source).Must(s => s is null || s.Length <= MaxSources)
            .WithMessage($"At most {MaxSources} 'source' values.");
        RuleForEach(r => r.Source).OverrideIndexer(NoIndex).RequiredText().MaxCharacters(64).SingleLine();
        RuleFor(r => r.Entity).Must(e => e is null || e.Length <= MaxEntities)
            .WithMessage($"At most {MaxEntities} 'entity' values.");
        RuleForEach(r => r.Entity).OverrideIndexer(NoIndex).RequiredText().MaxCharacters(200).SingleLine();
        RuleFor(r => r.EntityMatch).OneOf(ArticleFilterRequest.EntityMatches);
        RuleFor(r => r.EntityType).OneOf(ArticleFilterRequest.EntityTypeNames);
        RuleFor(r => r.Dateline).RequiredText().MaxCharacters(100).SingleLine().When(r => r.Dateline is not null);

        RuleFor(r => r.Timezone).Must(zone => TimeZones.Find(zone!) is not null).When(r => r.Timezone is not null)
            .WithMessage("'{PropertyName}' must be an IANA time zone such as 'Europe/Amsterdam' or 'UTC'.");
        RuleFor(r => r.From).Must((r, from) => IsBound(from, r)).When(r => r.From is not null)
            .WithMessage($"'{{PropertyName}}' must be {DateBound.Format}.");
        RuleFor(r => r.To).Must((r, to) => IsBound(to, r)).When(r => r.To is not null)
            .WithMessage($"'{{PropertyName}}' must be {DateBound.Format}.");
        RuleFor(r => r.From)
            .Must((r, from) => DateBound.Parse(from!, Zone(r)!).Start < DateBound.Parse(r.To!, Zone(r)!).ExclusiveEnd)
            .When(r => IsBound(r.From, r) && IsBound(r.To, r))
            .WithMessage("'from' must be earlier than 'to'.");

        RuleFor(r => r.Language).Must(IsoLanguages.IsKnown).When(r => r.Language is not null)
            .WithMessage("'{PropertyName}' must be a two-letter ISO 639-1 code such as 'nl' or 'en'.");
        RuleFor(r => r.Q).RequiredText().MaxCharacters(500).SingleLine().When(r => r.Q is not null);
        RuleFor(r => r.EntityMatch).Null().When(r => r.Entity is not { Length: > 0 }).WithMessage("'entityMatch' needs 'entity'.");
        RuleFor(r => r.EntityType).Null().When(r => r.Entity is not { Length: > 0 }).WithMessage("'entityType' needs 'entity'.");
    }

    // A repeated query parameter has one name: errors say "source", not "source[1]".
    private static string NoIndex(T request, IEnumerable<string> values, string value, int index) => "";

    private static TimeZoneInfo? Zone(T request) => request.Timezone is null ? TimeZoneInfo.Utc : TimeZones.Find(request.Timezone);

    private static bool IsBound(string? text, T request) => Zone(request) is { } zone && DateBound.TryParse(text, zone, out _);
}

public sealed class ListArticlesRequestValidator : ArticleFilterValidator<ListArticlesRequest>
{
    // A cursor is checked against the filters it was issued for; while those are invalid, they get the errors.
    private static bool FiltersAreValid(ListArticlesRequest request)
    {
        try
        {
            request.CursorScope();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

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
            .When(r => r.Cursor is not null && r.Page is null && FiltersAreValid(r))
            .WithMessage("'cursor' is not valid here: pass back a nextCursor exactly as received, with the same filters and sort.");
    }
}
