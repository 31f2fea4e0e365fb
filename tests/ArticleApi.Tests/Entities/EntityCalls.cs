using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Entities;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Entities;

/// <summary>The calls a newsroom client makes about entities, and names no other test uses.</summary>
public static class EntityCalls
{
    /// <summary>
    /// A capitalised made-up word ("Kbdfahxm"), unique per call and in no word list, to build names
    /// with: entities are shared by every test of a class.
    /// </summary>
    public static string Tag()
    {
        var letters = Guid.NewGuid().ToString("N")[..8].Select(c => c <= '9' ? (char)('a' + (c - '0')) : (char)('k' + (c - 'a')));
        var word = new string([.. letters]);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>A client that shows redirects rather than following them; an editor's when <paramref name="editor"/>.</summary>
    public static HttpClient WithoutRedirects(this ArticleApiFactory api, bool editor = false)
    {
        // On Kestrel the factory's own clients follow redirects whatever their options say: a plain client to its address.
        using var plain = api.Anonymous();
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = plain.BaseAddress };
        if (editor)
            client.DefaultRequestHeaders.Authorization =
                new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ArticleApiFactory.Token("test-editor", "editor"));
        return client;
    }

    /// <summary>An article with this body (and no dateline field of its own) listing these entities.</summary>
    public static JsonObject Article(string body, string? source = null, params (string Name, string Type)[] entities)
    {
        var article = Valid(source: source);
        article["headline"] = "Nieuws";
        article.Remove("summary");
        article.Remove("dateline");
        article["body"] = body;
        article["entities"] = new JsonArray([.. entities.Select(e => (JsonNode)Entity(e.Name, e.Type))]);
        return article;
    }

    public static async Task<EntityDetailsResponse> GetEntityAsync(this HttpClient client, string key) =>
        await (await client.GetAsync($"/entities/{key}")).ReadAsync<EntityDetailsResponse>();

    public static async Task<EntityListResponse> ListEntitiesAsync(this HttpClient client, string query) =>
        await (await client.GetAsync($"/entities?{query}")).ReadAsync<EntityListResponse>();

    public static Task<HttpResponseMessage> PutEntityAsync(this HttpClient client, string key, object body) =>
        client.PutAsJsonAsync($"/entities/{key}", body, Json);

    public static async Task<EntityDetailsResponse> CorrectEntityAsync(this HttpClient client, string key, object body) =>
        await (await client.PutEntityAsync(key, body)).ReadAsync<EntityDetailsResponse>();

    /// <summary>The ids GET /articles lists for this query, newest first.</summary>
    public static async Task<List<Guid>> ArticleIdsAsync(this HttpClient client, string query) =>
        [.. (await (await client.GetAsync($"/articles?{query}")).ReadAsync<ListPage<ArticleSummaryResponse>>()).Items.Select(i => i.Id)];

    public static async Task<ArticleResponse> GetArticleAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/articles/{id}")).ReadAsync<ArticleResponse>();

    /// <summary>The article's entity with this key; fails when it has none or several.</summary>
    public static EntityResponse Single(this ArticleResponse article, string key)
    {
        var found = article.Entities.Where(e => e.Key == key).ToList();
        Assert.True(found.Count == 1,
            $"Expected one entity '{key}', found {found.Count} in: {string.Join(", ", article.Entities.Select(e => $"{e.Key} ×{e.Count}"))}");
        return found[0];
    }

    /// <summary>Asserts a redirect to the entity with <paramref name="key"/>.</summary>
    public static void AssertRedirectsTo(this HttpResponseMessage response, HttpStatusCode status, string key)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal($"/entities/{key}", response.Headers.Location?.OriginalString);
    }
}
