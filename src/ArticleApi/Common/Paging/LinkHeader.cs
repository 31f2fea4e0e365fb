using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace ArticleApi.Common.Paging;

/// <summary>RFC 8288 Link headers whose targets are this request with some query parameters changed.</summary>
public static class LinkHeader
{
    /// <summary>A relative link to this path and query, with <paramref name="changes"/> applied (null removes a parameter).</summary>
    public static string To(HttpRequest request, string rel, params (string Name, string? Value)[] changes)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        foreach (var (name, value) in changes)
        {
            foreach (var key in query.Keys.Where(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList()) query.Remove(key);
            if (value is not null) query[name] = value;
        }
        var builder = new QueryBuilder(query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))));
        return $"<{request.PathBase}{request.Path}{builder.ToQueryString()}>; rel=\"{rel}\"";
    }

    public static void Add(HttpResponse response, IReadOnlyCollection<string> links)
    {
        if (links.Count > 0) response.Headers.Append("Link", string.Join(", ", links));
    }
}
