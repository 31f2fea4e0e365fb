using System.Text.Json;
using ArticleApi.Articles;
using ArticleApi.Auth;
using ArticleApi.Common.OpenApi;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using ArticleApi.Idempotency;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// POST /articles with a ninjs item (Content-Type: application/ninjs+json): the sibling of CreateArticle that routing
/// picks by Content-Type. It reads the item (NinjsReader), checks it as CreateArticle checks a JSON article, and stores
/// it the same way. Reads answer ninjs from the article endpoints themselves (`format`, Accept).
/// </summary>
public static class NinjsApi
{
    public static RouteGroupBuilder MapNinjs(this RouteGroupBuilder articles)
    {
        articles.MapPost("", CreateFromNinjs)
            .WithName("CreateArticleFromNinjs")
            .AsAlternateRequestBody<NinjsItem>(FormatRequest.NinjsContentType, order: -2)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithIdempotency();
        return articles;
    }

    /// <summary>A ninjs item answered as application/ninjs+json.</summary>
    public static JsonHttpResult<NinjsItem> AsNinjs(this NinjsItem item, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(item, (JsonSerializerOptions?)null, FormatRequest.NinjsContentType, statusCode);

    /// <param name="item">The ninjs item to store.</param>
    private static async Task<IResult> CreateFromNinjs(
        [FromBody] JsonElement item, IValidator<ArticleRequest> validator, ArticleRepository articles, EntityExtractor extractor,
        EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        NinjsArticle read;
        try
        {
            read = NinjsReader.Read(item);
        }
        catch (ArticleFormatException invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] });
        }
        var validation = await validator.ValidateAsync(read.Request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.Errors
                .GroupBy(e => read.NinjsField(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));

        var outcome = await ArticlesApi.CreateAsync(ArticleDraft.From(read.Request, extractor, listedFoundAreExtracted: true), articles, http, cancellationToken);
        if (outcome is not WriteOutcome.Written(var article, _)) return ArticlesApi.CreateFailed(outcome);
        var format = FormatRequest.Accepted(http.Request);
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        var written = await ArticlesApi.WrittenAsync(article, entities, http, cancellationToken, format);
        var location = $"/articles/{article.Id}";
        if (format == ArticleFormat.Json) return TypedResults.Created(location, written);
        http.Response.Headers.Location = location;
        return written.ToNinjs().AsNinjs(StatusCodes.Status201Created);
    }
}
