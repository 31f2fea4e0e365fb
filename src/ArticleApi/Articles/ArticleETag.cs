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
    public static bool NoneMatchHits(HttpRequest request, ArticleRecord article)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)) return false;
        var current = new EntityTagHeaderValue(Of(article.Id, article.Version));
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    /// <summary>The request's If-Match, or null when it has none; false when the header does not parse.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out IfMatch? ifMatch)
    {
        ifMatch = null;
        if (request.Headers.IfMatch.Count == 0) return true;
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfMatch, out var tags) || tags.Count == 0) return false;
        var versions = new List<(Guid, int)>();
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any)) { ifMatch = IfMatch.AnyVersion; return true; }
            // A weak tag never matches (If-Match compares strongly); nor does one this service did not make.
            if (!tag.IsWeak && TryRead(tag.Tag.ToString(), out var id, out var version)) versions.Add((id, version));
        }
        ifMatch = new IfMatch(false, versions);
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
}
