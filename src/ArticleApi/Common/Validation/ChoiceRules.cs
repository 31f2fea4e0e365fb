using FluentValidation;
using FluentValidation.Validators;

namespace ArticleApi.Common.Validation;

/// <summary>A value from a fixed list, compared case-insensitively; Swagger shows the list as the parameter's enum.</summary>
public static class ChoiceRules
{
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> choices) =>
        rule.SetValidator(new OneOfValidator<T>(choices));

    public static bool IsOneOf(this string? value, IReadOnlyList<string> choices) =>
        value is not null && choices.Contains(value, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Lets the OpenAPI filter read the allowed values of a rule.</summary>
public interface IChoiceValidator
{
    IReadOnlyList<string> Choices { get; }
}

public sealed class OneOfValidator<T>(IReadOnlyList<string> choices) : PropertyValidator<T, string?>, IChoiceValidator
{
    public override string Name => "OneOfValidator";
    public IReadOnlyList<string> Choices => choices;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        context.MessageFormatter.AppendArgument("Choices", string.Join(", ", choices));
        return value is null || value.IsOneOf(choices);
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' must be one of: {Choices}.";
}
