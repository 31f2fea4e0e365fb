using ArticleApi.Articles;
using ArticleApi.Common.Text;
using ArticleApi.Common.Validation;
using FluentValidation;

namespace ArticleApi.Entities;

/// <summary>
/// An editor's correction of an entity: either a new `name` and `type` (its key follows), or
/// `mergeInto` another entity.
/// </summary>
public sealed record EntityCorrectionRequest
{
    /// <summary>The entity's right name. With `type`; not with `mergeInto`. 1–200 characters, one line, with a letter or digit.</summary>
    /// <example>Volodymyr Zelensky</example>
    public string? Name { get; init; }

    /// <summary>The entity's right type. With `name`; not with `mergeInto`.</summary>
    /// <example>person</example>
    public EntityType? Type { get; init; }

    /// <summary>The key of the entity this one is the same as: its articles, aliases and keys move there, and this one is gone. Not with `name` or `type`.</summary>
    public string? MergeInto { get; init; }
}

public sealed class EntityCorrectionRequestValidator : AbstractValidator<EntityCorrectionRequest>
{
    public EntityCorrectionRequestValidator()
    {
        When(r => r.MergeInto is null, () =>
        {
            // Two rules: a When on one rule would also switch off its RequiredText for a missing or blank name.
            RuleFor(r => r.Name).RequiredText().MaxCharacters(200).SingleLine();
            RuleFor(r => r.Name).Must(name => EntityKey.CanKey(name!)).When(r => !string.IsNullOrWhiteSpace(r.Name))
                .WithMessage("'{PropertyName}' must contain a letter or a digit.");
            RuleFor(r => r.Type).NotNull().IsInEnum()
                .WithMessage("'{PropertyName}' must be one of person, organization, location, other (or give 'mergeInto' instead).");
        });
        When(r => r.MergeInto is not null, () =>
        {
            // Folded, as keys in the path are: "Person:Volodymyr-Zelensky" names person:volodymyr-zelensky.
            RuleFor(r => r.MergeInto).Must(key => EntityKey.IsWellFormed(TextFolding.Fold(key!)))
                .WithMessage("'{PropertyName}' must be an entity key such as 'person:volodymyr-zelensky'.");
            RuleFor(r => r.Name).Null().WithMessage("Give either 'name' and 'type', or 'mergeInto', not both.");
            RuleFor(r => r.Type).Null().WithMessage("Give either 'name' and 'type', or 'mergeInto', not both.");
        });
    }
}
