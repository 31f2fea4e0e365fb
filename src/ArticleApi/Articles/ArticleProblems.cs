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
}
