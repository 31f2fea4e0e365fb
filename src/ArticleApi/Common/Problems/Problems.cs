using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Common.Problems;

public static class Problems
{
    /// <summary>A 400 validation problem for one field.</summary>
    public static ValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = StatusCodes.Status400BadRequest };
}
