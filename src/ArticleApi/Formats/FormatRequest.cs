using ArticleApi.Common.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ArticleApi.Formats;

/// <summary>How an article is written out.</summary>
public enum ArticleFormat
{
    /// <summary>The API's own JSON (application/json).</summary>
    Json,
    /// <summary>IPTC ninjs 2.1 (application/ninjs+json).</summary>
    Ninjs,
}

/// <summary>The `format` query parameter of the endpoints that answer articles.</summary>
public sealed record FormatRequest
{
    public const string NinjsContentType = "application/ninjs+json";
    public static readonly string[] Names = ["json", "ninjs"];

    /// <summary>`json` or `ninjs` (IPTC ninjs 2.1). Wins over `Accept`; without it, `Accept: application/ninjs+json` asks for ninjs and anything else answers JSON.</summary>
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    /// <summary>The format this request asks for: `format`, else Accept.</summary>
    public ArticleFormat Negotiate(HttpRequest request) => Format is not null ? Named() : Accepted(request);

    /// <summary>The format `format` names; JSON when it is absent (the export reads no Accept: it answers NDJSON either way).</summary>
    public ArticleFormat Named() => string.Equals(Format, "ninjs", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.Ninjs : ArticleFormat.Json;

    /// <summary>
    /// Ninjs when Accept rates application/ninjs+json above application/json (by its q, the most specific range
    /// deciding), else JSON: ties, wildcards, no Accept and an Accept naming neither answer JSON, as before ninjs
    /// (RFC 9110 lets a server answer its default rather than 406).
    /// </summary>
    public static ArticleFormat Accepted(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges) || ranges.Count == 0) return ArticleFormat.Json;
        return Quality(ranges, NinjsContentType) > Quality(ranges, "application/json") ? ArticleFormat.Ninjs : ArticleFormat.Json;
    }

    private static double Quality(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var target = new MediaTypeHeaderValue(mediaType);
        var best = ranges.Where(range => Covers(range, target))
            .OrderByDescending(r => r.MatchesAllTypes ? 0 : r.MatchesAllSubTypes ? 1 : 2)
            .FirstOrDefault();
        return best is null ? 0 : best.Quality ?? 1;
    }

    // By type and subtype alone: IsSubsetOf would also compare parameters, q among them.
    private static bool Covers(MediaTypeHeaderValue range, MediaTypeHeaderValue target) =>
        range.MatchesAllTypes
        || (range.Type.Equals(target.Type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(target.SubType, StringComparison.OrdinalIgnoreCase)));
}

public sealed class FormatRequestValidator : AbstractValidator<FormatRequest>
{
    public FormatRequestValidator() => RuleFor(r => r.Format).OneOf(FormatRequest.Names);
}
