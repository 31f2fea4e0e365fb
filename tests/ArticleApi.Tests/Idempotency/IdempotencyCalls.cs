using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Idempotency;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Idempotency;

/// <summary>A response as a client compares two of them: status, the headers that matter, and the body.</summary>
public sealed record Answer(HttpStatusCode Status, string? Location, string? ContentType, bool Replayed, string Body, string? ETag = null);

public static class IdempotencyCalls
{
    public static Task<HttpResponseMessage> PostArticleAsync(this HttpClient client, JsonNode article, string key) =>
        client.PostArticleAsync(article, [key]);

    public static Task<HttpResponseMessage> PostArticleAsync(this HttpClient client, JsonNode article, string[] keys)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = JsonContent(article) };
        foreach (var key in keys) request.Headers.TryAddWithoutValidation(IdempotencyMiddleware.HeaderName, key);
        return client.SendAsync(request);
    }

    public static async Task<Answer> AnswerAsync(this HttpResponseMessage response) => new(
        response.StatusCode,
        response.Headers.Location?.ToString(),
        response.Content.Headers.ContentType?.ToString(),
        response.Headers.TryGetValues(IdempotencyMiddleware.ReplayedHeaderName, out var replayed) && replayed.Single() == "true",
        await response.Content.ReadAsStringAsync(),
        response.Headers.ETag?.Tag);

    public static string NewKey() => Guid.NewGuid().ToString();
}
