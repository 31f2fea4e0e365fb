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

    public static ProblemHttpResult Duplicate(ArticleRequest request, Guid? existingId)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Duplicate article",
            Detail = existingId is { } id
                ? $"Article {id} already has source '{request.Source}' and externalId '{request.ExternalId}'."
                : $"Another article already has source '{request.Source}' and externalId '{request.ExternalId}'.",
        };
        if (existingId is { } existing)
        {
            problem.Extensions["existingArticleId"] = existing;
            problem.Extensions["existingArticle"] = $"/articles/{existing}";
        }
        return TypedResults.Problem(problem);
    }
}
