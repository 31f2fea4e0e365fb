using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Articles;

namespace ArticleApi.Tests.Infrastructure;

/// <summary>Request bodies and the calls a newsroom client makes, written as that client would say them.</summary>
public static class Articles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The entities an article's editor listed, as (name, type), in order.</summary>
    public static List<(string Name, EntityType Type)> Listed(this IEnumerable<EntityResponse> entities) =>
        [.. entities.Where(e => e.Origin == EntityOrigin.Editor).Select(e => (e.Name, e.Type))];

    /// <summary>Every entity of an article, as (name, type), in order.</summary>
    public static List<(string Name, EntityType Type)> Named(this IEnumerable<EntityResponse> entities) =>
        [.. entities.Select(e => (e.Name, e.Type))];

    public static string SampleBody =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "anp-londen-vredesmissie.txt"));

    /// <summary>A source no other test uses, so list assertions see only this test's rows.</summary>
    public static string UniqueSource(string prefix = "T") => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";

    /// <summary>A valid article; tests change the fields they are about.</summary>
    public static JsonObject Valid(string? source = null, string? externalId = null, string publishedAt = "2025-03-20T10:15:00Z") => new()
    {
        ["source"] = source ?? UniqueSource(),
        ["externalId"] = externalId ?? Guid.NewGuid().ToString("N"),
        ["headline"] = "Kabinet presenteert plannen voor woningbouw",
        ["summary"] = "Het kabinet wil tot 2030 jaarlijks 100.000 woningen bouwen.",
        ["body"] = "DEN HAAG (ANP) - Het kabinet wil tot 2030 jaarlijks 100.000 woningen laten bouwen.",
        ["dateline"] = "DEN HAAG",
        ["language"] = "nl",
        ["byline"] = "Redactie Binnenland",
        ["url"] = "https://www.example.nl/nieuws/woningbouw",
        ["publishedAt"] = publishedAt,
        ["entities"] = new JsonArray(Entity("Den Haag", "location"), Entity("Tweede Kamer", "organization")),
    };

    /// <summary>The shared ANP sample, as an editor would post it with the entities it names.</summary>
    public static JsonObject Sample(string? source = "ANP", string? externalId = null) => new()
    {
        ["source"] = source,
        ["externalId"] = externalId ?? $"anp-{Guid.NewGuid():N}",
        ["headline"] = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in",
        ["body"] = SampleBody,
        ["dateline"] = "LONDEN",
        ["language"] = "nl",
        ["publishedAt"] = "2025-03-20T10:15:00+01:00",
        ["entities"] = new JsonArray(
            Entity("Keir Starmer", "person"), Entity("Volodymyr Zelensky", "person"), Entity("Poetin", "person"),
            Entity("Oekraïne", "location"), Entity("Rusland", "location"), Entity("Londen", "location"),
            Entity("Europa", "location"), Entity("Verenigde Staten", "location"), Entity("Kyiv", "location"),
            Entity("Moskou", "location")),
    };

    public static JsonObject Entity(string name, string type) => new() { ["name"] = name, ["type"] = type };

    public static Task<HttpResponseMessage> PostArticleAsync(this HttpClient client, JsonNode article) =>
        client.PostAsync("/articles", JsonContent(article));

    public static Task<HttpResponseMessage> PutArticleAsync(this HttpClient client, Guid id, JsonNode article) =>
        client.PutAsync($"/articles/{id}", JsonContent(article));

    /// <summary>Posts and insists on 201: for tests whose subject is what comes after.</summary>
    public static async Task<ArticleResponse> CreateArticleAsync(this HttpClient client, JsonNode article)
    {
        var response = await client.PostArticleAsync(article);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ArticleResponse>(Json))!;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static StringContent JsonContent(JsonNode node) =>
        new(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    public static StringContent RawJson(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}

/// <summary>A list item with the default fields (all but the body).</summary>
public sealed record ArticleSummaryResponse(
    Guid Id, string Source, string? ExternalId, string Headline, string? Summary, string? Dateline, string Language,
    string? Byline, string? Url, DateTimeOffset PublishedAt, IReadOnlyList<EntityResponse> Entities, int Version,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Page of list results as the API returns it.</summary>
public sealed record ListPage<T>(List<T> Items, int? Page, int PageSize, long TotalCount, long TotalPages);
