using FluentValidation;

namespace ArticleApi.Common.Validation;

/// <summary>Rules for text that PostgreSQL must store faithfully and readers must see as sent.</summary>
public static class TextRules
{
    /// <summary>Headlines, names, codes: no line breaks, tabs or other control characters.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || (WellFormed(text) && !text.Any(char.IsControl)))
            .WithMessage("'{PropertyName}' must be a single line of text without control characters.");

    /// <summary>Bodies and summaries: line breaks and tabs are fine, other control characters (NUL included) are not.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || (WellFormed(text) && !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))))
            .WithMessage("'{PropertyName}' must not contain control characters other than line breaks and tabs.");

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
}
