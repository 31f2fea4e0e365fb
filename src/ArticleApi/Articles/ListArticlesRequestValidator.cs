using ArticleApi.Common.Text;
using ArticleApi.Common.Validation;
using FluentValidation;

namespace ArticleApi.Articles;

public sealed class ListArticlesRequestValidator : AbstractValidator<ListArticlesRequest>
{
    public ListArticlesRequestValidator()
    {
        RuleForEach(r => r.Source).OverrideIndexer(NoIndex).RequiredText().MaxCharacters(64).SingleLine();
        RuleForEach(r => r.Entity).OverrideIndexer(NoIndex).RequiredText().MaxCharacters(200).SingleLine();

        RuleFor(r => r.From).Must(BeADateBound).When(r => r.From is not null).WithMessage($"'{{PropertyName}}' must be {DateBound.Format}.");
        RuleFor(r => r.To).Must(BeADateBound).When(r => r.To is not null).WithMessage($"'{{PropertyName}}' must be {DateBound.Format}.");
        RuleFor(r => r.From)
            .Must((r, from) => StartsBefore(from!, r.To!))
            .When(r => BeADateBound(r.From) && BeADateBound(r.To))
            .WithMessage("'from' must be earlier than 'to'.");

        RuleFor(r => r.Language).Must(IsoLanguages.IsKnown).When(r => r.Language is not null)
            .WithMessage("'{PropertyName}' must be a two-letter ISO 639-1 code such as 'nl' or 'en'.");

        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListArticlesRequest.MaxPageSize);
    }

    // A repeated query parameter has one name: errors say "source", not "source[1]".
    private static string NoIndex(ListArticlesRequest request, IEnumerable<string> values, string value, int index) => "";

    private static bool BeADateBound(string? text) => DateBound.TryParse(text, out _);

    private static bool StartsBefore(string from, string to)
    {
        DateBound.TryParse(from, out var start);
        DateBound.TryParse(to, out var end);
        return start.Start < end.ExclusiveEnd;
    }
}
