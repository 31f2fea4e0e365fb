using System.Security.Claims;
using ArticleApi.Auth;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using ArticleApi.Formats;
using ArticleApi.Formats.Ninjs;
using ArticleApi.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ArticleApi.Articles;

/// <summary>Reading one article and writing articles, with versions: ETag, If-None-Match, If-Match, tombstones.</summary>
public static partial class ArticlesApi
{
    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    /// <param name="format">Which format to answer in.</param>
    private static async Task<Results<Ok<ArticleResponse>, JsonHttpResult<NinjsItem>, StatusCodeHttpResult, ProblemHttpResult>> GetArticle(
        Guid id, [AsParameters] FormatRequest format, ArticleRepository articles, EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        if (await articles.GetAsync(id, cancellationToken) is not { } article)
            return await articles.TombstoneAsync(id, cancellationToken) is { } tombstone ? ArticleProblems.Gone(tombstone) : ArticleProblems.NotFound(id);
        var answer = format.Negotiate(http.Request);
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        ArticleETag.Add(http.Response, article, answer);
        if (ArticleETag.NoneMatchHits(http.Request, article, answer)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var response = await ResponseAsync(article, entities, cancellationToken);
        return answer == ArticleFormat.Ninjs ? response.ToNinjs().AsNinjs() : TypedResults.Ok(response);
    }

    /// <param name="request">The article to store.</param>
    internal static async Task<IResult> CreateArticle(
        [FromBody] ArticleRequest request, ArticleRepository articles, EntityExtractor extractor, EntityDirectory entities,
        HttpContext http, CancellationToken cancellationToken) =>
        await CreateAsync(request, listedFoundAreExtracted: false, articles, extractor, entities, http, cancellationToken);

    /// <summary>POST /articles for a checked request of any format: stored, and answered as Accept asks.</summary>
    internal static async Task<IResult> CreateAsync(ArticleRequest request, bool listedFoundAreExtracted, ArticleRepository articles,
        EntityExtractor extractor, EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await articles.CreateAsync(Guid.CreateVersion7(), ArticleDraft.From(request, extractor, listedFoundAreExtracted),
            http.User.Actor(), http.Features.Get<IdempotencyFeature>(), cancellationToken);
        return outcome is WriteOutcome.Written(var article, _)
            ? await AnswerAsync(article, StatusCodes.Status201Created, entities, http, cancellationToken)
            : Failed(outcome, null);
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
            ? await AnswerAsync(article, StatusCodes.Status200OK, entities, http, cancellationToken)
            : Failed(outcome, id);
    }

    /// <param name="item">The agency's item: which one by the path, its content in the body.</param>
    private static Task<IResult> UpsertArticle(
        [AsParameters] AgencyItemRequest item, ArticleRepository articles, EntityExtractor extractor, EntityDirectory entities,
        IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken) =>
        UpsertAsync(item.Article(), listedFoundAreExtracted: false, articles, extractor, entities, options, http, cancellationToken);

    /// <summary>PUT /articles/by-source/{source}/{externalId} for a checked request of any format, with the path's source and externalId.</summary>
    internal static async Task<IResult> UpsertAsync(ArticleRequest request, bool listedFoundAreExtracted, ArticleRepository articles,
        EntityExtractor extractor, EntityDirectory entities, IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        if (Condition(http, options.Value, upsert: true) is not { } condition) return ConditionProblem(http, upsert: true);
        var outcome = await articles.UpsertAsync(ArticleDraft.From(request, extractor, listedFoundAreExtracted), condition, cancellationToken);
        return outcome is WriteOutcome.Written(var article, var created)
            ? await AnswerAsync(article, created ? StatusCodes.Status201Created : StatusCodes.Status200OK, entities, http, cancellationToken)
            : Failed(outcome, null);
    }

    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    private static async Task<IResult> DeleteArticle(
        Guid id, ArticleRepository articles, IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        if (Condition(http, options.Value) is not { } condition) return ConditionProblem(http);
        var outcome = await articles.DeleteAsync(id, condition, cancellationToken);
        return outcome is WriteOutcome.Deleted ? TypedResults.NoContent() : Failed(outcome, id);
    }

    /// <summary>
    /// The article a write stored, in the format Accept asks for (writes read no `format`: their query is the body's),
    /// with that format's ETag; a creation also answers its Location.
    /// </summary>
    private static async Task<IResult> AnswerAsync(ArticleRecord article, int status, EntityDirectory entities, HttpContext http,
        CancellationToken cancellationToken)
    {
        var format = FormatRequest.Accepted(http.Request);
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        ArticleETag.Add(http.Response, article, format);
        var written = await ResponseAsync(article, entities, cancellationToken);
        var location = $"/articles/{article.Id}";
        if (format == ArticleFormat.Ninjs)
        {
            if (status == StatusCodes.Status201Created) http.Response.Headers.Location = location;
            return written.ToNinjs().AsNinjs(status);
        }
        return status == StatusCodes.Status201Created ? TypedResults.Created(location, written) : TypedResults.Ok(written);
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
