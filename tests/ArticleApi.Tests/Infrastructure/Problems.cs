using System.Net;
using System.Text.Json;

namespace ArticleApi.Tests.Infrastructure;

/// <summary>An RFC 9457 problem as clients read it.</summary>
public sealed record Problem(
    string? Type, string? Title, int Status, string? Detail, string? Instance, Dictionary<string, string[]>? Errors,
    Guid? ExistingArticleId, string? TraceId)
{
    /// <summary>Every other member of the problem (deletedAt, currentVersion…).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, JsonElement> Extensions { get; init; } = [];
}

public static class ProblemAssertions
{
    /// <summary>Asserts the status and that the body is problem+json, and returns it.</summary>
    public static async Task<Problem> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<Problem>(body, Articles.Json)!;
        Assert.Equal((int)expected, problem.Status);
        Assert.DoesNotContain("   at ", body); // never a stack trace
        return problem;
    }

    /// <summary>Asserts a 400 that names <paramref name="field"/>, and returns that field's messages joined.</summary>
    public static async Task<string> ReadFieldErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem.Errors);
        Assert.True(problem.Errors!.ContainsKey(field),
            $"Expected an error for '{field}', got: {string.Join("; ", problem.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        return string.Join(" ", problem.Errors[field]);
    }
}
