using ArticleApi.Common.OpenApi;
using ArticleApi.Common.Paging;
using ArticleApi.Common.Validation;
using ArticleApi.Entities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArticleApi.Articles.History;

public static class ArticleHistoryApi
{
    public static IServiceCollection AddArticleHistory(this IServiceCollection services) =>
        services.AddSingleton<ArticleHistoryRepository>();

    public static void MapArticleHistory(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/articles").WithTags("Article history").WithValidation();

        group.MapGet("/changes", ListChanges)
            .WithName("ListArticleChanges")
            .WithSummary("What was created, changed or deleted since a cursor: the sync feed")
            .WithDescription("""
                Every creation, update and deletion of an article from the cursor `after` on, none skipped. A mirror
                that applies each change whose `version` is newer than the one it holds (GET /articles/{id} for created
                and updated, drop for deleted) and resumes from `nextCursor` holds exactly what the service holds,
                even after downtime. A change shows once every transaction that was writing before it has ended, so
                the feed never skips a change that commits late; a long transaction holds the feed back meanwhile.
                """)
            .WithExamples(responses: HistoryExamples.Changes);

        group.MapGet("/{id}/revisions", ListRevisions)
            .WithName("ListArticleRevisions")
            .WithSummary("Every version of an article")
            .WithDescription("Oldest first: each version's number, when and by whom it was made, and which fields it changed. Deleted articles keep theirs.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(responses: HistoryExamples.Revisions);

        group.MapGet("/{id}/revisions/{version}", GetRevision)
            .WithName("GetArticleRevision")
            .WithSummary("An article as it was at one version")
            .WithDescription("The article as that version stored it. Entities merged away since are left out.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(responses: HistoryExamples.Revision);
    }

    private static async Task<Ok<ChangeListResponse>> ListChanges(
        [AsParameters] ChangesRequest request, ArticleHistoryRepository history, HttpContext http, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? ChangesRequest.DefaultLimit;
        var rows = await history.ChangesAsync(request.Cursor, limit + 1, cancellationToken);
        var items = rows.Take(limit)
            .Select(r => new ChangeItem(r.ArticleId, r.Version, r.Kind, ArticleRecord.Utc(r.ChangedAt), r.ChangedBy, r.Cursor.ToString()))
            .ToList();
        var next = items.Count > 0 ? items[^1].Cursor : request.Cursor.ToString();
        LinkHeader.Add(http.Response, [LinkHeader.To(http.Request, "next", ("after", next))]);
        return TypedResults.Ok(new ChangeListResponse(items, next, rows.Count > limit));
    }

    /// <param name="id">The article's id.</param>
    private static async Task<Results<Ok<RevisionListResponse>, ProblemHttpResult>> ListRevisions(
        Guid id, ArticleHistoryRepository history, CancellationToken cancellationToken)
    {
        var rows = await history.RevisionsAsync(id, cancellationToken);
        if (rows.Count == 0) return ArticleProblems.NotFound(id);
        return TypedResults.Ok(new RevisionListResponse(id, [.. rows.Select(r => new RevisionSummary(
            r.Version, ArticleRecord.Utc(r.UpdatedAt), r.UpdatedBy, r.ChangedFields, r.Current))]));
    }

    /// <param name="id">The article's id.</param>
    /// <param name="version">The version, from 1.</param>
    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetRevision(
        Guid id, int version, ArticleHistoryRepository history, EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        if (await history.RevisionAsync(id, version, cancellationToken) is not { } article)
            return ArticleProblems.RevisionNotFound(id, version);
        ArticleETag.Add(http.Response, article);
        return TypedResults.Ok(article.ToResponse(await entities.ResolveAsync(article.EntityIds ?? [], cancellationToken)));
    }
}
