using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Entities.Extraction;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Formats.Ninjs;

/// <summary>GET /articles/{id}, GET /articles and GET /articles/export answering IPTC ninjs 2.1, checked against the official schema.</summary>
public sealed class NinjsOutputTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient reader = api.Anonymous();
    private readonly HttpClient editor = api.AsEditor();

    private async Task<ArticleResponse> CreateSampleAsync(string? source = null)
    {
        var article = Sample(source ?? "ANP");
        article["summary"] = "Militaire leiders komen donderdag in Londen bijeen.";
        article["byline"] = "Redactie Buitenland";
        article["url"] = "https://www.example.nl/nieuws/vredesmissie";
        article["entities"] = new JsonArray(Entity("Coalitie van bereidwillige landen", "other"), Entity("NAVO", "organization"));
        return await editor.CreateArticleAsync(article);
    }

    [Fact]
    public async Task One_article_as_ninjs_carries_every_field_and_is_valid_ninjs()
    {
        var article = await CreateSampleAsync();

        var response = await reader.GetAsync($"/articles/{article.Id}", NinjsCalls.MediaType);
        var item = await response.ReadNinjsAsync();

        Assert.Equal($"urn:uuid:{article.Id}", item.GetProperty("uri").GetString());
        Assert.Equal("text", item.GetProperty("type").GetString());
        Assert.Equal("full", item.GetProperty("representationtype").GetString());
        Assert.Equal("1", item.GetProperty("version").GetString());
        Assert.Equal(article.CreatedAt, item.GetProperty("firstcreated").GetDateTimeOffset());
        Assert.Equal(article.UpdatedAt, item.GetProperty("versioncreated").GetDateTimeOffset());
        Assert.Equal(article.PublishedAt, item.GetProperty("contentcreated").GetDateTimeOffset());
        Assert.Equal("usable", item.GetProperty("pubstatus").GetString());
        Assert.Equal("nl", item.GetProperty("language").GetString());
        Assert.Equal("""[{"role":"main","contenttype":"text/plain","value":"Voorbereiding vredesmissie Oekraïne gaat volgende fase in"}]""",
            JsonSerializer.Serialize(item.GetProperty("headlines"), Compact));
        Assert.Equal("""[{"role":"summary","contenttype":"text/plain","value":"Militaire leiders komen donderdag in Londen bijeen."}]""",
            JsonSerializer.Serialize(item.GetProperty("descriptions"), Compact));
        var body = Assert.Single(item.GetProperty("bodies").EnumerateArray());
        Assert.Equal("text/plain", body.GetProperty("contenttype").GetString());
        Assert.Equal(article.Body, body.GetProperty("value").GetString());
        Assert.Equal(article.Body.EnumerateRunes().Count(), body.GetProperty("charcount").GetInt32());
        Assert.Equal(article.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, body.GetProperty("wordcount").GetInt32());
        Assert.Equal("Redactie Buitenland", item.GetProperty("by").GetString());
        Assert.Equal("LONDEN", item.GetProperty("located").GetString());
        Assert.Equal(["ANP"], item.Strings("infosources", "name"));
        Assert.Equal("""[{"role":"externalId","value":"{{article.ExternalId}}"}]""".Replace("{{article.ExternalId}}", article.ExternalId),
            JsonSerializer.Serialize(item.GetProperty("altids"), Compact));
        Assert.Equal(["https://www.example.nl/nieuws/vredesmissie"], item.Strings("renditions", "href"));

        foreach (var (array, type) in new[] { ("people", EntityType.Person), ("organisations", EntityType.Organization), ("places", EntityType.Location), ("subjects", EntityType.Other) })
        {
            var expected = article.Entities.Where(e => e.Type == type).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(e => e.Name), item.Strings(array, "name"));
            Assert.Equal(expected.Select(e => e.Key), item.Strings(array, "literal"));
            Assert.All(item.Strings(array, "rel"), rel => Assert.Equal("mentioned", rel));
        }
        Assert.Contains("person:keir-starmer", item.Strings("people", "literal"));
        Assert.Contains(HeaderValue(response, "Vary"), v => v.Contains("Accept"));
    }

    [Theory]
    [InlineData("", null, "application/json")]
    [InlineData("", "application/ninjs+json", NinjsCalls.MediaType)]
    [InlineData("", "application/json", "application/json")]
    [InlineData("", "*/*", "application/json")]
    [InlineData("", "application/*", "application/json")]
    [InlineData("", "application/ninjs+json;q=0.5, application/json", "application/json")]
    [InlineData("", "application/json;q=0.5, application/ninjs+json", NinjsCalls.MediaType)]
    [InlineData("", "application/ninjs+json, */*;q=0.1", NinjsCalls.MediaType)]
    [InlineData("", "text/html", "application/json")]
    [InlineData("?format=ninjs", "application/json", NinjsCalls.MediaType)]
    [InlineData("?format=NINJS", null, NinjsCalls.MediaType)]
    [InlineData("?format=json", "application/ninjs+json", "application/json")]
    public async Task Format_and_Accept_choose_the_representation(string query, string? accept, string expected)
    {
        var article = await CreateSampleAsync();

        var response = await reader.GetAsync($"/articles/{article.Id}{query}", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (expected == NinjsCalls.MediaType) NinjsSchema.AssertValid(body);
        else Assert.Equal(article.Id, body.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_naming_it_on_every_endpoint()
    {
        var article = await CreateSampleAsync();
        foreach (var path in new[] { $"/articles/{article.Id}?format=xml", "/articles?format=xml", "/articles/export?format=xml" })
            Assert.Contains("json, ninjs", await (await reader.GetAsync(path)).ReadFieldErrorAsync("format"));
    }

    [Fact]
    public async Task Each_representation_has_its_own_ETag_and_answers_304_only_to_its_own()
    {
        var article = await CreateSampleAsync();
        var path = $"/articles/{article.Id}";
        var jsonTag = (await reader.GetAsync(path, "application/json")).Headers.ETag!.Tag;
        var ninjsTag = (await reader.GetAsync(path, NinjsCalls.MediaType)).Headers.ETag!.Tag;
        Assert.Equal($"\"{article.Id:N}-1\"", jsonTag);
        Assert.Equal($"\"{article.Id:N}-1-ninjs\"", ninjsTag);

        var notModified = await reader.GetAsync(path, NinjsCalls.MediaType, ninjsTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(ninjsTag, notModified.Headers.ETag!.Tag);
        Assert.Contains(HeaderValue(notModified, "Vary"), v => v.Contains("Accept"));
        Assert.Equal(HttpStatusCode.NotModified, (await reader.GetAsync($"{path}?format=ninjs", null, $"W/{ninjsTag}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.GetAsync(path, null, jsonTag)).StatusCode);

        // Another representation's tag is not this one's: the cache must not serve JSON for ninjs, or the reverse.
        await (await reader.GetAsync(path, NinjsCalls.MediaType, jsonTag)).ReadNinjsAsync();
        var json = await reader.GetAsync(path, "application/json", ninjsTag);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);

        // A ninjs tag names the version for If-Match: a client that read ninjs can still guard its write.
        using var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent(Sample("ANP", article.ExternalId)) };
        put.Headers.TryAddWithoutValidation("If-Match", ninjsTag);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(put)).StatusCode);
        var changed = await reader.GetAsync(path, NinjsCalls.MediaType, ninjsTag);
        Assert.Equal("2", (await changed.ReadNinjsAsync()).GetProperty("version").GetString());
        Assert.Equal($"\"{article.Id:N}-2-ninjs\"", changed.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Missing_and_deleted_articles_are_problems_whatever_the_format()
    {
        var article = await CreateSampleAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/articles/{article.Id}")).StatusCode);

        await (await reader.GetAsync($"/articles/{article.Id}", NinjsCalls.MediaType)).ReadProblemAsync(HttpStatusCode.Gone);
        await (await reader.GetAsync($"/articles/{article.Id}?format=ninjs", null)).ReadProblemAsync(HttpStatusCode.Gone);
        await (await reader.GetAsync($"/articles/{Guid.NewGuid()}?format=ninjs", NinjsCalls.MediaType)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_list_pages_ninjs_items_in_its_usual_envelope()
    {
        var source = UniqueSource("NJ");
        var created = new List<ArticleResponse>();
        for (var i = 0; i < 3; i++) created.Add(await CreateSampleAsync(source));

        var first = await reader.GetAsync($"/articles?source={source}&pageSize=2&format=ninjs");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains(HeaderValue(first, "Vary"), v => v.Contains("Accept"));
        Assert.Contains("rel=\"next\"", string.Join(",", HeaderValue(first, "Link")));
        var page = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, NinjsSchema.AssertValid);
        Assert.All(items, i => Assert.Equal("partial", i.GetProperty("representationtype").GetString()));
        Assert.All(items, i => Assert.False(i.TryGetProperty("bodies", out _)));
        Assert.All(items, i => Assert.Equal([source], i.Strings("infosources", "name")));

        var cursor = page.GetProperty("nextCursor").GetString()!;
        var next = JsonDocument.Parse(await (await reader.GetAsync(
            $"/articles?source={source}&pageSize=2&cursor={Uri.EscapeDataString(cursor)}", NinjsCalls.MediaType)).Content.ReadAsStringAsync()).RootElement;
        var uris = items.Concat(next.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("uri").GetString()).ToList();
        Assert.Equal(created.Select(a => $"urn:uuid:{a.Id}").Order(), uris.Order());

        var chosen = JsonDocument.Parse(await (await reader.GetAsync($"/articles?source={source}&fields=id,headline,body&format=ninjs")).Content.ReadAsStringAsync())
            .RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.All(chosen, NinjsSchema.AssertValid);
        Assert.All(chosen, i => Assert.Equal(
            ["uri", "type", "representationtype", "pubstatus", "headlines", "bodies"], i.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task An_export_writes_one_valid_ninjs_item_a_line_over_several_pages()
    {
        var source = UniqueSource("NJX");
        var drafts = Enumerable.Range(0, 612).Select(i => (Guid.CreateVersion7(), ArticleDraft.From(new ArticleRequest
        {
            Source = source,
            ExternalId = $"x-{i}",
            Headline = $"Kop {i}",
            Body = $"DEN HAAG (ANP) - Tekst {i} over Mark Rutte.",
            Language = "nl",
            PublishedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
        }, EntityExtractor.Default))).ToList();
        await api.Services.GetRequiredService<ArticleBulkWriter>().WriteAsync(drafts, CancellationToken.None);

        var response = await reader.GetAsync($"/articles/export?source={source}&format=ninjs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ArticlesApi.NdjsonContentType, response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

        Assert.Equal(612, lines.Count);
        Assert.All(lines, NinjsSchema.AssertValid);
        Assert.All(lines, l => Assert.Equal("full", l.GetProperty("representationtype").GetString()));
        var json = (await (await reader.GetAsync($"/articles/export?source={source}")).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(json.Select(j => $"urn:uuid:{j.GetProperty("id").GetGuid()}"), lines.Select(l => l.GetProperty("uri").GetString()));
        Assert.Equal(json.Select(j => j.GetProperty("body").GetString()), lines.Select(l => l.GetProperty("bodies")[0].GetProperty("value").GetString()));
        Assert.Equal(["person:mark-rutte"], lines[0].Strings("people", "literal"));
    }

    [Fact]
    public void The_schema_check_rejects_what_is_not_ninjs()
    {
        string[] invalid =
        [
            """{"type": "text"}""",
            """{"uri": "urn:uuid:0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21", "version": 1}""",
            """{"uri": "urn:uuid:0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21", "headline": "Kop"}""",
            """{"uri": "urn:uuid:0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21", "firstcreated": "20 maart"}""",
            """{"uri": "urn:uuid:0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21", "by": null}""",
            """{"uri": "urn:uuid:0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21", "people": [{"name": "A", "key": "person:a"}]}""",
        ];
        Assert.All(invalid, json => Assert.NotEmpty(NinjsSchema.Errors(JsonDocument.Parse(json).RootElement)));
        Assert.Empty(NinjsSchema.Errors(JsonDocument.Parse("""{"uri": "urn:uuid:0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21"}""").RootElement));
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IEnumerable<string> HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values : [];
}
