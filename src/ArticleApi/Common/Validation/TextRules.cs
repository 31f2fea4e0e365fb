using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;

namespace ArticleApi.Common.Validation;

/// <summary>Rules for text that PostgreSQL must store faithfully and readers must see as sent.</summary>
public static class TextRules
{
    /// <summary>Present and not just whitespace or invisible characters (a lone zero-width space is not a headline).</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .Must(text => text!.Any(IsVisible)).WithMessage("'{PropertyName}' must contain visible text.");

    /// <summary>At most <paramref name="max"/> characters, counted as Unicode code points (an emoji is one).</summary>
    public static IRuleBuilderOptions<T, string?> MaxCharacters<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.SetValidator(new CodePointLengthValidator<T>(max));

    /// <summary>Headlines, names, codes: no line breaks, tabs, control or bidirectional-override characters.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || (WellFormed(text) && !text.Any(BreaksALine)))
            .WithMessage("'{PropertyName}' must be a single line of text without control characters.");

    /// <summary>Bodies and summaries: line breaks and tabs are fine, other control characters (NUL included) are not.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || (WellFormed(text) && !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))))
            .WithMessage("'{PropertyName}' must not contain control characters other than line breaks and tabs.");

    private static bool IsVisible(char c) =>
        !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not
            (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    // U+2028/2029 break lines too; U+202A–202E and U+2066–2069 reorder what follows them on screen.
    private static bool BreaksALine(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    // JSON escapes can smuggle in half a surrogate pair, which is not text and cannot be stored as UTF-8.
    private static bool WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return false;
        }
        return true;
    }

    /// <summary>A length limit in code points that OpenAPI's maxLength (also code points) can show.</summary>
    private sealed class CodePointLengthValidator<T>(int max) : PropertyValidator<T, string?>, ILengthValidator
    {
        public override string Name => "MaximumLengthValidator";
        public int Min => 0;
        public int Max => max;

        public override bool IsValid(ValidationContext<T> context, string? value)
        {
            if (value is null) return true;
            var length = value.EnumerateRunes().Count();
            context.MessageFormatter.AppendArgument("MaxLength", max).AppendArgument("TotalLength", length);
            return length <= max;
        }

        protected override string GetDefaultMessageTemplate(string errorCode) =>
            "'{PropertyName}' must be at most {MaxLength} characters; it has {TotalLength}.";
    }
}
