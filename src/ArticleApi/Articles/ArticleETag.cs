using Microsoft.Net.Http.Headers;

namespace ArticleApi.Articles;

/// <summary>
/// Strong entity tags for articles, "{id}-{version}": one per version of one article, so a tag from
/// another article or an older version never matches.
/// </summary>
public static class ArticleETag
{
    public static string Of(Guid id, int version) => $"\"{id:N}-{version}\"";

    public static void Add(HttpResponse response, ArticleRecord article) =>
        response.Headers.ETag = Of(article.Id, article.Version);

    /// <summary>Whether If-None-Match names this version (or is "*"): then a GET answers 304.</summary>
    public static bool NoneMatchHits(HttpRequest request, ArticleRecord article) =>
        TryReadIfNoneMatch(request, out var tags) && tags?.Names(article.Id, article.Version) == true;

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
        var versions = new List<(Guid, int)>();
        foreach (var tag in parsed)
        {
            if (tag.Equals(EntityTagHeaderValue.Any)) { tags = IfMatch.AnyVersion; return true; }
            if ((weakMatches || !tag.IsWeak) && TryRead(tag.Tag.ToString(), out var id, out var version)) versions.Add((id, version));
        }
        tags = new IfMatch(false, versions);
        return true;
    }

    private static bool TryRead(string tag, out Guid id, out int version)
    {
        var inner = tag.Trim('"');
        var dash = inner.IndexOf('-');
        version = 0;
        id = Guid.Empty;
        return dash == 32 && Guid.TryParseExact(inner[..dash], "N", out id) && int.TryParse(inner[(dash + 1)..], out version);
    }
}

/// <summary>What If-Match asks for: any current version ("*"), or one of these versions of these articles.</summary>
public sealed record IfMatch(bool Any, IReadOnlyList<(Guid Id, int Version)> Tags)
{
    public static readonly IfMatch AnyVersion = new(true, []);

    /// <summary>The versions of this article a write may replace: null for any, empty when none can match.</summary>
    public int[]? VersionsOf(Guid id) => Any ? null : [.. Tags.Where(t => t.Id == id).Select(t => t.Version)];

    public bool Names(Guid id, int version) => Any || Tags.Contains((id, version));
}
