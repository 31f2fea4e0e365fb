using ArticleApi.Common.Text;
using ArticleApi.Common.Validation;
using FluentValidation;

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

    /// <summary>Whether the filters hold together well enough to build (time zone and dates valid).</summary>
    protected static bool FiltersAreValid(T request) =>
        Zone(request) is not null && (request.From is null || IsBound(request.From, request)) && (request.To is null || IsBound(request.To, request));
}
