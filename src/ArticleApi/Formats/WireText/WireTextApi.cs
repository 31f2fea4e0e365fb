using ArticleApi.Articles;
using ArticleApi.Auth;
using ArticleApi.Common.OpenApi;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using ArticleApi.Idempotency;
using FluentValidation;

namespace ArticleApi.Formats.WireText;

/// <summary>
/// POST /articles with a text/plain body: plain wire copy, the other fields in the query string. A sibling of
/// CreateArticle chosen by Content-Type, which documents it; it stores through the same path (409, idempotency, history).
/// </summary>
public static class WireTextApi
{
    public const string ContentType = "text/plain";

    public static RouteGroupBuilder MapWireText(this RouteGroupBuilder articles)
    {
        articles.MapPost("", CreateFromWireText)
            .WithName("CreateArticleFromWireText")
            .AsAlternateRequestBody<string>(ContentType, order: -1)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithIdempotency();
        return articles;
    }

    /// <summary>Documents the text/plain body and its query parameters on CreateArticle.</summary>
    public static RouteHandlerBuilder WithWireTextBody(this RouteHandlerBuilder createArticle) =>
        createArticle.WithAlternateRequestBody<string, WireTextRequest>(ContentType, ArticleExamples.SampleBody);

    private static async Task<IResult> CreateFromWireText(
        [AsParameters] WireTextRequest query, IValidator<ArticleRequest> validator, ArticleRepository articles, EntityExtractor extractor,
        EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await ReadBodyAsync(http.Request, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(statusCode: e.StatusCode); // the problem setup words it as for JSON bodies
        }

        // The article's field names are the query's, and "body" is the request body: no renaming needed.
        return await FormatWrites.CreateAsync(() => new FormatArticle(WireTextReader.Read(body, query.ToOptions())),
            validator, articles, extractor, entities, http, cancellationToken);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
