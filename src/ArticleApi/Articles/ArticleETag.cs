using ArticleApi.Formats;
using Microsoft.Net.Http.Headers;

namespace ArticleApi.Articles;

/// <summary>
/// Strong entity tags for articles, "{id}-{version}": one per version of one article, so a tag from
/// another article or an older version never matches. Another format of the same version has its own tag,
/// "{id}-{version}-ninjs", as a strong tag names one representation (RFC 9110 8.8.3); If-Match takes either,
/// since both name the version a write would replace.
/// </summary>
public static class ArticleETag
{
    private const string NinjsSuffix = "-ninjs";

    public static string Of(Guid id, int version, ArticleFormat format = ArticleFormat.Json) =>
        $"\"{id:N}-{version}{(format == ArticleFormat.Ninjs ? NinjsSuffix : "")}\"";

    public static void Add(HttpResponse response, ArticleRecord article, ArticleFormat format = ArticleFormat.Json) =>
        response.Headers.ETag = Of(article.Id, article.Version, format);

    /// <summary>Whether If-None-Match names this version in this format (or is "*"): then a GET answers 304.</summary>
    public static bool NoneMatchHits(HttpRequest request, ArticleRecord article, ArticleFormat format = ArticleFormat.Json) =>
        TryReadIfNoneMatch(request, out var tags) && tags?.Names(article.Id, article.Version, format) == true;

    /// <summary>The request's If-Match, or null when it has none; false when the header does not parse.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out IfMatch? ifMatch) =>
        TryReadTags(request.Headers.IfMatch, weakMatches: false, out ifMatch);

    /// <summary>The request's If-None-Match, or null when it has none; false when the header does not parse.</summary>
    public static bool TryReadIfNoneMatch(HttpRequest request, out IfMatch? ifNoneMatch) =>
        TryReadTags(request.Headers.IfNoneMatch, weakMatches: true, out ifNoneMatch);

    // If-Match compares strongly: a weak tag never matches. If-None-Match compares weakly (RFC 9110 13.1.2).
    private static bool TryReadTags(Microsoft.Extensions.Primitives.StringValues header, bool weakMatches, out IfMatch? tags)
    {
        tags = null;
        if (header.Count == 0) return true;
        if (!EntityTagHeaderValue.TryParseList(header, out var parsed) || parsed.Count == 0) return false;
        var versions = new List<(Guid, int, ArticleFormat)>();
        foreach (var tag in parsed)
        {
            if (tag.Equals(EntityTagHeaderValue.Any)) { tags = IfMatch.AnyVersion; return true; }
            if ((weakMatches || !tag.IsWeak) && TryRead(tag.Tag.ToString(), out var id, out var version, out var format)) versions.Add((id, version, format));
        }
        tags = new IfMatch(false, versions);
        return true;
    }

    private static bool TryRead(string tag, out Guid id, out int version, out ArticleFormat format)
    {
        format = ArticleFormat.Json;
        var inner = tag.Trim('"');
        var dash = inner.IndexOf('-');
        version = 0;
        id = Guid.Empty;
        if (dash != 32 || !Guid.TryParseExact(inner[..dash], "N", out id)) return false;
        var rest = inner[(dash + 1)..];
        if (rest.EndsWith(NinjsSuffix, StringComparison.Ordinal))
        {
            format = ArticleFormat.Ninjs;
            rest = rest[..^NinjsSuffix.Length];
        }
        return int.TryParse(rest, System.Globalization.NumberStyles.None, null, out version);
    }
}

/// <summary>What If-Match asks for: any current version ("*"), or one of these versions of these articles (in a format).</summary>
public sealed record IfMatch(bool Any, IReadOnlyList<(Guid Id, int Version, ArticleFormat Format)> Tags)
{
    public static readonly IfMatch AnyVersion = new(true, []);

    /// <summary>The versions of this article a write may replace: null for any, empty when none can match.</summary>
    public int[]? VersionsOf(Guid id) => Any ? null : [.. Tags.Where(t => t.Id == id).Select(t => t.Version)];

    /// <summary>Whether it names this version, in any format (writes) or in <paramref name="format"/> (reads).</summary>
    public bool Names(Guid id, int version, ArticleFormat? format = null) =>
        Any || Tags.Any(t => t.Id == id && t.Version == version && (format is null || t.Format == format));
}
