using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Formats.Ninjs;

/// <summary>
/// Items as agencies write ninjs (Agencies/, shaped on the official IPTC examples of NTB, dpa and TT): they go in as
/// sent, a redelivery is the same item, and a feed can upsert them by agency id.
/// </summary>
public sealed class NinjsAgencyTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();

    /// <summary>An agency-style item; with a fresh uri unless <paramref name="uri"/> is given, so tests do not meet.</summary>
    private static JsonObject Agency(string name, string? uri = null)
    {
        var item = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Ninjs", "Agencies", $"{name}.json")))!.AsObject();
        item["uri"] = uri ?? $"{item["uri"]}-{Guid.NewGuid():N}";
        return item;
    }

    [Theory]
    [InlineData("ntb")]
    [InlineData("dpa")]
    [InlineData("tt")]
    public void The_fixtures_are_valid_ninjs(string agency) =>
        NinjsSchema.AssertValid(JsonDocument.Parse(Agency(agency).ToJsonString()).RootElement);

    [Fact]
    public async Task An_NTB_item_goes_in_with_its_copyright_holder_as_source_its_uri_as_id_and_its_description_as_body()
    {
        var item = Agency("ntb");

        var article = await (await editor.PostNinjsAsync(item)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal("NTB", article.Source);
        Assert.Equal(item["uri"]!.GetValue<string>(), article.ExternalId);
        Assert.Equal("nb", article.Language);
        Assert.Equal("Nytt fergeselskap overtar rutene i Oslofjorden", article.Headline);
        Assert.Equal("Et nytt fergeselskap skal drive rutene over Oslofjorden fra neste sommer, opplyser fylkeskommunen.", article.Body);
        Assert.Null(article.Summary);
        Assert.Equal(new DateTimeOffset(2024, 11, 14, 7, 12, 40, TimeSpan.Zero), article.PublishedAt);
        Assert.Contains(article.Entities, e => e is { Name: "Viken", Type: EntityType.Location });
        Assert.DoesNotContain(article.Entities, e => e.Name == "Samferdsel");
    }

    [Fact]
    public async Task A_dpa_item_goes_in_with_its_html_body_as_text()
    {
        var item = Agency("dpa");

        var article = await (await editor.PostNinjsAsync(item)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal("dpa", article.Source);
        Assert.Equal(item["uri"]!.GetValue<string>(), article.ExternalId);
        Assert.Equal("de", article.Language);
        Assert.Equal("Von Anna Beispiel, dpa", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 11, 14, 14, 20, 11, TimeSpan.Zero), article.PublishedAt);
        Assert.StartsWith("Die Stadt Hamburg will bis 2030 alle Busse ihres Nahverkehrs auf Elektroantrieb umstellen.", article.Body);
        Assert.EndsWith("sagte ein Sprecher.", article.Body);
        Assert.Equal(3, article.Body.Split("\n\n").Length);
    }

    [Fact]
    public async Task A_TT_item_goes_in_with_its_plain_text_body_and_what_it_does_not_keep_ignored()
    {
        var item = Agency("tt");

        var article = await (await editor.PostNinjsAsync(item)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal("TT", article.Source);
        Assert.Equal(item["uri"]!.GetValue<string>(), article.ExternalId); // not the altid of another role
        Assert.Equal("sv", article.Language);
        Assert.StartsWith("Fjärrvärmen blir dyrare i vinter\nEnergi TT\nPriset på fjärrvärme stiger", article.Body);
        Assert.StartsWith("Priset på fjärrvärme stiger i flera kommuner i vinter", article.Summary);
        Assert.Contains(article.Entities, e => e is { Name: "Karin Exempel", Type: EntityType.Person });
        Assert.Contains(article.Entities, e => e is { Name: "Stockholm", Type: EntityType.Location });
        Assert.DoesNotContain(article.Entities, e => e.Name == "Energi");
    }

    [Theory]
    [InlineData("ntb")]
    [InlineData("dpa")]
    [InlineData("tt")]
    public async Task A_redelivered_agency_item_is_a_409_naming_the_first(string agency)
    {
        var item = Agency(agency);
        var first = await (await editor.PostNinjsAsync(item)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        item["version"] = "7";

        var problem = await (await editor.PostNinjsAsync(item)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id, problem.ExistingArticleId);
    }

    [Fact]
    public async Task An_item_this_service_wrote_posted_back_is_a_409_naming_its_article()
    {
        var json = Infrastructure.Articles.Sample();
        json.Remove("externalId");
        var original = await editor.CreateArticleAsync(json);
        var ninjs = await (await api.Anonymous().GetAsync($"/articles/{original.Id}?format=ninjs")).ReadNinjsAsync();

        var problem = await (await editor.PostNinjsAsync(ninjs.GetRawText())).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(original.Id, problem.ExistingArticleId);
        Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE headline = '{original.Headline}' AND external_id IS NULL"));
    }

    [Fact]
    public async Task A_feed_upserts_ninjs_by_agency_id_with_the_conditions_of_the_json_upsert()
    {
        var id = $"ntb-{Guid.NewGuid():N}";
        var path = $"/articles/by-source/NTB/{id}";
        var item = Agency("ntb");

        var created = await PutNinjsAsync(path, item);
        var first = await created.ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal(("NTB", id, 1), (first.Source, first.ExternalId, first.Version)); // the path, not the uri
        Assert.Equal($"/articles/{first.Id}", created.Headers.Location?.OriginalString);

        item["headlines"]![0]!["value"] = "Nytt fergeselskap overtar alle rutene i Oslofjorden";
        var replaced = await (await PutNinjsAsync(path, item)).ReadAsync<ArticleResponse>(HttpStatusCode.OK);
        Assert.Equal((first.Id, 2), (replaced.Id, replaced.Version));
        Assert.Equal("Nytt fergeselskap overtar alle rutene i Oslofjorden", replaced.Headline);

        await (await PutNinjsAsync(path, item, ("If-None-Match", "*"))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await PutNinjsAsync(path, item, ("If-Match", $"\"{first.Id:N}-1\""))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        var asNinjs = await PutNinjsAsync(path, item, ("If-Match", $"\"{first.Id:N}-2-ninjs\""), ("Accept", NinjsCalls.MediaType));
        Assert.Equal("3", (await asNinjs.ReadNinjsAsync()).GetProperty("version").GetString());
        Assert.Equal($"\"{first.Id:N}-3-ninjs\"", asNinjs.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task An_upserted_item_that_names_another_agency_or_id_is_a_400_naming_the_ninjs_field()
    {
        var id = $"ntb-{Guid.NewGuid():N}";
        var path = $"/articles/by-source/NTB/{id}";
        var item = Agency("ntb");
        item["infosources"] = new JsonArray(new JsonObject { ["name"] = "ANP", ["role"] = "originfo" });
        await (await PutNinjsAsync(path, item)).ReadFieldErrorAsync("infosources[0].name");

        item.Remove("infosources");
        item["altids"] = new JsonArray(new JsonObject { ["role"] = "externalId", ["value"] = "another" });
        await (await PutNinjsAsync(path, item)).ReadFieldErrorAsync("altids[0].value");
        Assert.Equal(0L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE external_id = '{id}'"));
    }

    private async Task<HttpResponseMessage> PutNinjsAsync(string path, JsonNode item, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(item.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(NinjsCalls.MediaType);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await editor.SendAsync(request);
    }
}
