using System.Security.Claims;
using ArticleApi.Auth;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using ArticleApi.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ArticleApi.Articles;

/// <summary>Reading one article and writing articles, with versions: ETag, If-None-Match, If-Match, tombstones.</summary>
public static partial class ArticlesApi
{
    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    private static async Task<Results<Ok<ArticleResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetArticle(
        Guid id, ArticleRepository articles, EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        if (await articles.GetAsync(id, cancellationToken) is not { } article)
            return await articles.TombstoneAsync(id, cancellationToken) is { } tombstone ? ArticleProblems.Gone(tombstone) : ArticleProblems.NotFound(id);
        ArticleETag.Add(http.Response, article);
        if (ArticleETag.NoneMatchHits(http.Request, article)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(await ResponseAsync(article, entities, cancellationToken));
    }

    /// <param name="request">The article to store.</param>
    internal static async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> CreateArticle(
        [FromBody] ArticleRequest request, ArticleRepository articles, EntityExtractor extractor, EntityDirectory entities,
        HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await articles.CreateAsync(Guid.CreateVersion7(), ArticleDraft.From(request, extractor), http.User.Actor(),
            http.Features.Get<IdempotencyFeature>(), cancellationToken);
        return outcome switch
        {
            WriteOutcome.Written(var article, _) => TypedResults.Created($"/articles/{article.Id}", await WrittenAsync(article, entities, http, cancellationToken)),
            WriteOutcome.Duplicate duplicate => ArticleProblems.Duplicate(duplicate),
            WriteOutcome.Gone(var tombstone) => ArticleProblems.Gone(tombstone),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    /// <param name="request">The article's new content: every field, as for creating one.</param>
    private static async Task<IResult> ReplaceArticle(
        Guid id, [FromBody] ArticleRequest request, ArticleRepository articles, EntityExtractor extractor, EntityDirectory entities,
        IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        if (Condition(http, options.Value) is not { } condition) return ConditionProblem(http);
        var outcome = await articles.ReplaceAsync(id, ArticleDraft.From(request, extractor), condition, cancellationToken);
        return outcome is WriteOutcome.Written(var article, _)
            ? TypedResults.Ok(await WrittenAsync(article, entities, http, cancellationToken))
            : Failed(outcome, id);
    }

    /// <param name="item">The agency's item: which one by the path, its content in the body.</param>
    private static async Task<IResult> UpsertArticle(
        [AsParameters] AgencyItemRequest item, ArticleRepository articles, EntityExtractor extractor, EntityDirectory entities,
        IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        if (Condition(http, options.Value, upsert: true) is not { } condition) return ConditionProblem(http, upsert: true);
        var outcome = await articles.UpsertAsync(ArticleDraft.From(item.Article(), extractor), condition, cancellationToken);
        return outcome switch
        {
            WriteOutcome.Written(var article, true) => TypedResults.Created($"/articles/{article.Id}", await WrittenAsync(article, entities, http, cancellationToken)),
            WriteOutcome.Written(var article, false) => TypedResults.Ok(await WrittenAsync(article, entities, http, cancellationToken)),
            _ => Failed(outcome, null),
        };
    }

    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    private static async Task<IResult> DeleteArticle(
        Guid id, ArticleRepository articles, IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        if (Condition(http, options.Value) is not { } condition) return ConditionProblem(http);
        var outcome = await articles.DeleteAsync(id, condition, cancellationToken);
        return outcome is WriteOutcome.Deleted ? TypedResults.NoContent() : Failed(outcome, id);
    }

    private static async Task<ArticleResponse> WrittenAsync(ArticleRecord article, EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        ArticleETag.Add(http.Response, article);
        return await ResponseAsync(article, entities, cancellationToken);
    }

    /// <summary>
    /// Who writes and what If-Match (and, for an upsert, If-None-Match) ask; null when a header is malformed,
    /// or when the service requires a precondition and there is none: If-Match, or for an upsert
    /// If-None-Match: * ("only create").
    /// </summary>
    private static WriteCondition? Condition(HttpContext http, ArticleWriteOptions options, bool upsert = false)
    {
        if (!ArticleETag.TryReadIfMatch(http.Request, out var ifMatch)) return null;
        IfMatch? ifNoneMatch = null;
        if (upsert && !ArticleETag.TryReadIfNoneMatch(http.Request, out ifNoneMatch)) return null;
        if (options.RequireIfMatch && ifMatch is null && ifNoneMatch?.Any != true) return null;
        return new WriteCondition(http.User.Actor(), ifMatch, ifNoneMatch);
    }

    private static IResult ConditionProblem(HttpContext http, bool upsert = false) =>
        !ArticleETag.TryReadIfMatch(http.Request, out _) ? ArticleProblems.MalformedPrecondition("If-Match")
        : upsert && !ArticleETag.TryReadIfNoneMatch(http.Request, out _) ? ArticleProblems.MalformedPrecondition("If-None-Match")
        : ArticleProblems.IfMatchRequired();

    private static IResult Failed(WriteOutcome outcome, Guid? id) => outcome switch
    {
        WriteOutcome.NotFound => ArticleProblems.NotFound(id!.Value),
        WriteOutcome.Gone(var tombstone) => ArticleProblems.Gone(tombstone),
        WriteOutcome.VersionMismatch(var current) => ArticleProblems.VersionMismatch(id, current),
        WriteOutcome.AlreadyExists(var existing, var version) => ArticleProblems.AlreadyExists(existing, version),
        WriteOutcome.Duplicate duplicate => ArticleProblems.Duplicate(duplicate),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}

/// <summary>Settings for writes (configuration section "Articles").</summary>
public sealed class ArticleWriteOptions
{
    /// <summary>When true, PUT and DELETE of an article need If-Match, and an upsert If-Match or If-None-Match: * (428 without); when false, the last writer wins.</summary>
    public bool RequireIfMatch { get; set; }
}

public static class ActorClaims
{
    /// <summary>Who an editor is, for createdBy and updatedBy: the token's name, else its subject.</summary>
    public static string? Actor(this ClaimsPrincipal user) =>
        user.FindFirst("name")?.Value ?? user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity?.Name;
}
