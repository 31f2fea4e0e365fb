using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles;

/// <summary>The expected failures of the article endpoints, as RFC 9457 problems.</summary>
public static class ArticleProblems
{
    public static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Article not found",
        Detail = $"There is no article with id {id}.",
    });

    public static ProblemHttpResult Duplicate(WriteOutcome.Duplicate duplicate)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Duplicate article",
            Detail = duplicate.Existing is { } existing
                ? $"Article {existing.Id} already has source '{existing.Source}' and externalId '{existing.ExternalId}'."
                : $"Another article already has source '{duplicate.Source}' and externalId '{duplicate.ExternalId}'.",
        };
        if (duplicate.Existing is { } article)
        {
            problem.Extensions["existingArticleId"] = article.Id;
            problem.Extensions["existingArticle"] = $"/articles/{article.Id}";
        }
        return TypedResults.Problem(problem);
    }

    /// <summary>An item this service wrote out (its uri names the article) posted back while the article is here.</summary>
    public static ProblemHttpResult AlreadyStored(Guid id) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "Duplicate article",
        Detail = $"The item's uri names article {id} of this service, which is stored already: to change it, PUT /articles/{id}.",
        Extensions = { ["existingArticleId"] = id, ["existingArticle"] = $"/articles/{id}" },
    });

    public static ProblemHttpResult RevisionNotFound(Guid id, int version) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Revision not found",
        Detail = $"Article {id} has no version {version}.",
    });

    public static ProblemHttpResult Gone(ArticleTombstone tombstone)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status410Gone,
            Title = "Article deleted",
            Detail = $"Article {tombstone.Id} was deleted at {ArticleRecord.Utc(tombstone.DeletedAt):O}"
                     + (tombstone.DeletedBy is null ? "." : $" by {tombstone.DeletedBy}."),
        };
        problem.Extensions["deletedAt"] = ArticleRecord.Utc(tombstone.DeletedAt);
        problem.Extensions["deletedBy"] = tombstone.DeletedBy;
        problem.Extensions["lastVersion"] = tombstone.Version;
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult VersionMismatch(Guid? id, int? current)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "Version mismatch",
            Detail = current is null
                ? "If-Match names a version, but there is no such article yet."
                : $"If-Match does not name the current version ({current}) of the article: someone changed it since you read it. Fetch it again, reapply your change, and send its new ETag.",
        };
        if (current is { } version && id is { } articleId)
        {
            problem.Extensions["currentVersion"] = version;
            problem.Extensions["currentETag"] = ArticleETag.Of(articleId, version);
        }
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult AlreadyExists(Guid id, int version) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status412PreconditionFailed,
        Title = "Item exists",
        Detail = $"If-None-Match: * asked only to create, but the agency's item is article {id}, at version {version}.",
        Extensions = { ["existingArticleId"] = id, ["currentVersion"] = version, ["currentETag"] = ArticleETag.Of(id, version) },
    });

    public static ProblemHttpResult IfMatchRequired() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status428PreconditionRequired,
        Title = "If-Match required",
        Detail = "This service requires a precondition on changes to an article: If-Match with the ETag of the version you read (or * for any); to create by agency id, If-None-Match: *.",
        Extensions = { ["header"] = "If-Match" },
    });

    public static ProblemHttpResult MalformedPrecondition(string header) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = $"Malformed {header}",
        Detail = $"{header} must be * or a list of quoted entity tags, as the ETag header gives them (\"0195b4a83c5e7f4a9b1d2a6f0c8e4d21-3\").",
        Extensions = { ["header"] = header },
    });
}
