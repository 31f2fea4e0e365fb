using ArticleApi.Common.Text;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Formats.WireText;

/// <summary>
/// The query string of POST /articles with a text/plain body: what the wire copy does not say itself. Lengths and
/// characters are checked as for a JSON article, once the body is read, under the same names.
/// </summary>
public sealed record WireTextRequest
{
    /// <summary>When it was published: RFC 3339 with an offset, e.g. `2025-03-20T10:15:00%2B01:00` (URL-encode the `+`) or `2025-03-20T09:15:00Z`. Required: wire text carries no time of its own.</summary>
    [FromQuery(Name = "publishedAt")]
    public string? PublishedAt { get; init; }

    /// <summary>The agency, e.g. `ANP`. Optional when the copy opens with a dateline naming it (`LONDEN (ANP) - `); when both are there, this one is stored.</summary>
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    /// <summary>The agency's id for the item; unique per source (a second POST answers 409).</summary>
    [FromQuery(Name = "externalId")]
    public string? ExternalId { get; init; }

    /// <summary>The headline. Optional when the copy's first line is one: a single line of at most 200 characters, not a dateline, not ending in `.`, `:`, `;`, `,` or `…`, followed by a blank line. Such a line is taken out of the body either way; given, this parameter replaces it.</summary>
    [FromQuery(Name = "headline")]
    public string? Headline { get; init; }

    /// <summary>The copy's language, a two-letter ISO 639-1 code. Optional: when left out it is told from the text (Dutch, English, German, French, Spanish, Italian or Portuguese), and a text too short or too mixed to tell, or in another language (Danish, Norwegian, Swedish…), is a 400 asking for it.</summary>
    [FromQuery(Name = "language")]
    public string? Language { get; init; }

    /// <summary>Who wrote it.</summary>
    [FromQuery(Name = "byline")]
    public string? Byline { get; init; }

    /// <summary>A short standfirst.</summary>
    [FromQuery(Name = "summary")]
    public string? Summary { get; init; }

    /// <summary>Where the article can be read on the web: an absolute http(s) URL.</summary>
    [FromQuery(Name = "url")]
    public string? Url { get; init; }

    /// <summary>The validated query as the reader takes it.</summary>
    public WireTextOptions ToOptions() => new(
        Rfc3339.TryParseDateTime(PublishedAt, out var publishedAt) ? publishedAt : null,
        Source, ExternalId, Headline, Language, Byline, Summary, Url);
}

public sealed class WireTextRequestValidator : AbstractValidator<WireTextRequest>
{
    public WireTextRequestValidator()
    {
        RuleFor(r => r.PublishedAt).NotEmpty()
            .WithMessage($"'publishedAt' is required: wire text carries no time, so pass ?publishedAt= (RFC 3339 with an offset, e.g. {Rfc3339.DateTimeExample}).")
            .Must(at => Rfc3339.TryParseDateTime(at, out _))
            .WithMessage($"'publishedAt' must be an RFC 3339 date-time with an offset, e.g. {Rfc3339.DateTimeExample} (URL-encode a '+' as %2B).");
        // Left out, these come from the copy; given empty, they most likely come from a script's unset variable.
        RuleFor(r => r.Source).Must(s => !string.IsNullOrWhiteSpace(s)).When(r => r.Source is not null)
            .WithMessage("'source' is empty: leave it out to take the agency from the dateline, or name it.");
        RuleFor(r => r.Headline).Must(h => !string.IsNullOrWhiteSpace(h)).When(r => r.Headline is not null)
            .WithMessage("'headline' is empty: leave it out to take the copy's first line, or give the headline.");
        RuleFor(r => r.Language).Must(IsoLanguages.IsKnown).When(r => r.Language is not null)
            .WithMessage("'language' must be a two-letter ISO 639-1 code such as 'nl' or 'en'; leave it out to have it detected.");
    }
}
