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
using Microsoft.Extensions.Options;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// Writes with a ninjs item (Content-Type: application/ninjs+json): the siblings of POST /articles and of
/// PUT /articles/by-source/{source}/{externalId} that routing picks by Content-Type. Each reads the item (NinjsReader)
/// and goes the way every format goes (FormatWrites). Reads answer ninjs from the article endpoints themselves.
/// </summary>
public static class NinjsApi
{
    public static RouteGroupBuilder MapNinjs(this RouteGroupBuilder articles)
    {
        articles.MapPost("", CreateFromNinjs)
            .WithName("CreateArticleFromNinjs")
            .AsNinjsSibling(order: -2)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency();
        articles.MapPut("/by-source/{source}/{externalId}", UpsertFromNinjs)
            .WithName("UpsertArticleFromNinjs")
            .AsNinjsSibling(order: -1)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return articles;
    }

    // What the JSON endpoint a sibling stands beside has too: editors only, and the body's limits.
    private static RouteHandlerBuilder AsNinjsSibling(this RouteHandlerBuilder sibling, int order) =>
        sibling.AsAlternateRequestBody<NinjsItemRequest>(FormatRequest.NinjsContentType, order)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Documents the ninjs body and answer on a write endpoint that the siblings above serve.</summary>
    public static RouteHandlerBuilder WithNinjsBody(this RouteHandlerBuilder write, params int[] statusCodes)
    {
        write.WithAlternateRequestBody<NinjsItemRequest>(FormatRequest.NinjsContentType, NinjsExamples.Request);
        foreach (var status in statusCodes) write.WithAlternateResponse<NinjsItem>(status, FormatRequest.NinjsContentType, "ninjs", NinjsExamples.Item);
        return write;
    }

    /// <summary>A ninjs item answered as application/ninjs+json.</summary>
    public static JsonHttpResult<NinjsItem> AsNinjs(this NinjsItem item, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(item, (JsonSerializerOptions?)null, FormatRequest.NinjsContentType, statusCode);

    /// <param name="item">The ninjs item to store.</param>
    private static Task<IResult> CreateFromNinjs(
        [FromBody] JsonElement item, IValidator<ArticleRequest> validator, ArticleRepository articles, EntityExtractor extractor,
        EntityDirectory entities, HttpContext http, CancellationToken cancellationToken) =>
        FormatWrites.CreateAsync(() => NinjsReader.Read(item), validator, articles, extractor, entities, http, cancellationToken);

    /// <param name="source">The agency, as articles give it.</param>
    /// <param name="externalId">The agency's id for the item.</param>
    /// <param name="item">The ninjs item to store under them.</param>
    private static Task<IResult> UpsertFromNinjs(
        string source, string externalId, [FromBody] JsonElement item, IValidator<AgencyItemRequest> validator, ArticleRepository articles,
        EntityExtractor extractor, EntityDirectory entities, IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken) =>
        FormatWrites.UpsertAsync(source, externalId, () => NinjsReader.Read(item), validator, articles, extractor, entities, options, http, cancellationToken);
}
