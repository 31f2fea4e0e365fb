using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Entities;

/// <summary>The expected failures of the entity endpoints, as RFC 9457 problems.</summary>
public static class EntityProblems
{
    public static ValidationProblem MalformedKey(string key) => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["key"] = [$"'{key}' is not an entity key: keys look like 'person:volodymyr-zelensky' (type, colon, folded name)."],
    });

    public static ProblemHttpResult NotFound(string key) => Problem(StatusCodes.Status404NotFound, "Entity not found",
        $"There is no entity with key '{key}'.");

    public static ProblemHttpResult TargetNotFound(string key) => Problem(StatusCodes.Status404NotFound, "Entity to merge into not found",
        $"'mergeInto': there is no entity with key '{key}'.");

    public static ProblemHttpResult SameEntity(string key) => Problem(StatusCodes.Status409Conflict, "Cannot merge an entity into itself",
        $"'mergeInto' names '{key}' itself (or a former key of it).");

    public static ProblemHttpResult KeyTaken(string key)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Another entity has that name and type",
            $"Entity '{key}' already exists; to make these one entity, merge with 'mergeInto': '{key}'.");
        problem.ProblemDetails.Extensions["existingEntity"] = $"/entities/{key}";
        return problem;
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
