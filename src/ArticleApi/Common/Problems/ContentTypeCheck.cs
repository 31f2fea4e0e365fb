using System.Collections.Concurrent;
using System.Net.Http.Headers;
using ArticleApi.Common.OpenApi;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Template;

namespace ArticleApi.Common.Problems;

/// <summary>
/// A body must come in exactly a media type its endpoint declares (application/json, not any "+json")
/// and in UTF-8; anything else is 415 before the body is read. ASP.NET Core alone would accept every
/// "+json" type and fail with a 500 on an unknown charset.
/// </summary>
public static class ContentTypeCheck
{
    public static WebApplication UseStrictContentTypes(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var accepts = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>();
            // Routing hands a request without Content-Type to the path's lowest-order endpoint, an alternate media
            // type's sibling: it was not meant for that one, even without a body.
            var untyped = string.IsNullOrEmpty(context.Request.ContentType) && endpoint?.Metadata.GetMetadata<AlternateRequestBodySibling>() is not null;
            if (accepts is null || accepts.ContentTypes.Count == 0 || !HasBody(context.Request) && !untyped)
            {
                await next(context);
                return;
            }
            if (AcceptedMediaType(context.Request.ContentType, accepts) is { } mediaType)
            {
                // The body reader understands only a plain charset parameter; say it plainly.
                context.Request.ContentType = $"{mediaType}; charset=utf-8";
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Detail = $"Send the request body as {TypesTaken(context)} in UTF-8"
                        + (string.IsNullOrEmpty(context.Request.ContentType) ? "; no Content-Type was given." : $", not '{context.Request.ContentType}'."),
                },
            });
        });
        return app;
    }

    private static readonly ConcurrentDictionary<RouteEndpoint, TemplateMatcher> Matchers = new();

    /// <summary>
    /// Every type the request's method takes at its path, "a, b or c": an endpoint's own and those of its siblings that
    /// serve other types there (see AlternateRequestBody), JSON first. Routing answers a type none of them takes with a
    /// 415 endpoint of its own, so this reads the route table rather than the request's endpoint.
    /// </summary>
    public static string TypesTaken(HttpContext context)
    {
        var method = context.Request.Method;
        var types = context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true
                        && Matcher(e).TryMatch(context.Request.Path, []))
            .SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(t => t == "application/json" ? 0 : 1)
            .ToList();
        return types.Count switch
        {
            0 => "application/json",
            1 => types[0],
            _ => $"{string.Join(", ", types[..^1])} or {types[^1]}",
        };
    }

    private static TemplateMatcher Matcher(RouteEndpoint endpoint) =>
        Matchers.GetOrAdd(endpoint, e => new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText ?? "/"), []));

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || !string.IsNullOrEmpty(request.ContentType);

    private static string? AcceptedMediaType(string? contentType, IAcceptsMetadata accepts)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType is null) return null;
        var charset = parsed.CharSet?.Trim('"');
        var utf8 = charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return utf8 ? accepts.ContentTypes.FirstOrDefault(t => t.Equals(parsed.MediaType, StringComparison.OrdinalIgnoreCase)) : null;
    }
}
