using ArticleApi.Common.Text;
using ArticleApi.Common.Validation;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using FluentValidation;

namespace ArticleApi.Articles;

public sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public const int MaxEntities = 200;
    public static readonly TimeSpan MaxFuture = TimeSpan.FromHours(24);
    // Before wire services existed; also keeps clear of the far past PostgreSQL maps to -infinity.
    public static readonly DateTimeOffset Earliest = new(1800, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ArticleRequestValidator(TimeProvider clock)
    {
        // A body that opens "LONDEN (ANP) -" names its source; only then may the request leave it out.
        RuleFor(a => a.Source).NotEmpty().When(a => Dateline.Parse(a.Body)?.Agency is null)
            .WithMessage("'{PropertyName}' is required unless the body opens with a dateline naming the agency, such as 'LONDEN (ANP) - '.");
        RuleFor(a => a.Source).RequiredText().When(a => !string.IsNullOrEmpty(a.Source));
        RuleFor(a => a.Source).MaxCharacters(64).SingleLine();
        RuleFor(a => a.ExternalId).MaxCharacters(200).SingleLine();
        RuleFor(a => a.Headline).RequiredText().MaxCharacters(500).SingleLine();
        RuleFor(a => a.Summary).MaxCharacters(2_000).MultiLine();
        RuleFor(a => a.Body).RequiredText().MaxCharacters(200_000).MultiLine();
        RuleFor(a => a.Dateline).MaxCharacters(100).SingleLine();
        RuleFor(a => a.Byline).MaxCharacters(200).SingleLine();
        RuleFor(a => a.Language).NotEmpty()
            .Must(IsoLanguages.IsKnown).WithMessage("'{PropertyName}' must be a two-letter ISO 639-1 code such as 'nl' or 'en'.");
        RuleFor(a => a.Url).MaxCharacters(2_048).SingleLine()
            .Must(BeAnHttpUrl).When(a => !string.IsNullOrEmpty(a.Url))
            .WithMessage("'{PropertyName}' must be an absolute http or https URL.");
        RuleFor(a => a.PublishedAt).NotNull()
            .Must(at => at <= clock.GetUtcNow() + MaxFuture)
            .WithMessage("'{PropertyName}' must not be more than 24 hours in the future.")
            .Must(at => at >= Earliest)
            .WithMessage("'{PropertyName}' must not be before 1800-01-01.");

        RuleFor(a => a.Entities).Must(e => e is null || e.Count <= MaxEntities)
            .WithMessage($"An article can list at most {MaxEntities} entities.");
        RuleForEach(a => a.Entities).NotNull().SetValidator(new EntityRequestValidator());
    }

    private static bool BeAnHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}

public sealed class EntityRequestValidator : AbstractValidator<EntityRequest>
{
    public EntityRequestValidator()
    {
        RuleFor(e => e.Name).RequiredText().MaxCharacters(200).SingleLine();
        RuleFor(e => e.Name).Must(name => EntityKey.CanKey(name!)).When(e => !string.IsNullOrWhiteSpace(e.Name))
            .WithMessage("'{PropertyName}' must contain a letter or a digit.");
        RuleFor(e => e.Type).NotNull().IsInEnum();
    }
}
