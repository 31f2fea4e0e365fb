using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Formats.Ninjs;

/// <summary>POST /articles with Content-Type application/ninjs+json: stored like a JSON article, or refused naming the ninjs field.</summary>
public sealed class NinjsInputTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();

    private Task<long> StoredAsync() => api.ScalarAsync<long>("SELECT count(*) FROM articles");

    [Fact]
    public async Task A_round_trip_through_ninjs_into_another_service_keeps_every_field_it_models()
    {
        // The sample as an editor posts it, with every optional field, and entities of each kind the text does not name.
        var original = await editor.CreateArticleAsync(new JsonObject
        {
            ["source"] = "ANP",
            ["externalId"] = "ANP-2025-03-20-0412",
            ["headline"] = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in",
            ["summary"] = "Militaire leiders van de 'coalitie van bereidwillige landen' komen\ndonderdag in Londen bijeen.",
            ["body"] = SampleBody,
            ["language"] = "nl",
            ["byline"] = "Redactie Buitenland",
            ["url"] = "https://www.example.nl/nieuws/vredesmissie",
            ["publishedAt"] = "2025-03-20T10:15:00.123456+01:00",
            ["entities"] = new JsonArray(Entity("Mark Rutte", "person"), Entity("NAVO", "organization"), Entity("Brussel", "location"),
                Entity("Coalitie van bereidwillige landen", "other")),
        });
        Assert.Contains(original.Entities, e => e.Origin == EntityOrigin.Extracted);
        Assert.Contains(original.Entities, e => e.Origin == EntityOrigin.Editor);
        var ninjs = await (await api.Anonymous().GetAsync($"/articles/{original.Id}?format=ninjs")).ReadNinjsAsync();

        var mirror = new ArticleApiFactory();
        await ((IAsyncLifetime)mirror).InitializeAsync();
        try
        {
            var posted = await mirror.AsEditor().PostNinjsAsync(ninjs.GetRawText());
            var copy = await posted.ReadAsync<ArticleResponse>(HttpStatusCode.Created);

            Assert.NotEqual(original.Id, copy.Id);
            Assert.Equal(1, copy.Version);
            Assert.Equal(original.Source, copy.Source);
            Assert.Equal(original.ExternalId, copy.ExternalId);
            Assert.Equal(original.Headline, copy.Headline);
            Assert.Equal(original.Summary, copy.Summary);
            Assert.Equal(original.Body, copy.Body);
            Assert.Equal(original.Dateline, copy.Dateline);
            Assert.Equal(original.DatelinePlace, copy.DatelinePlace);
            Assert.Equal(original.Language, copy.Language);
            Assert.Equal(original.Byline, copy.Byline);
            Assert.Equal(original.Url, copy.Url);
            Assert.Equal(original.PublishedAt, copy.PublishedAt);
            Assert.Equal(original.Entities, copy.Entities);

            // And out again: the same item but for what the other service assigns (its id, its dates).
            var again = await (await mirror.Anonymous().GetAsync($"/articles/{copy.Id}", NinjsCalls.MediaType)).ReadNinjsAsync();
            string[] assigned = ["uri", "firstcreated", "versioncreated"];
            Assert.Equal(Without(ninjs, assigned), Without(again, assigned));
        }
        finally
        {
            await ((IAsyncLifetime)mirror).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_ninjs_item_is_stored_and_answered_as_json_or_as_ninjs_when_Accept_asks()
    {
        var item = NinjsCalls.Item();

        var asJson = await editor.PostNinjsAsync(item);
        var article = await asJson.ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal($"/articles/{article.Id}", asJson.Headers.Location?.OriginalString);
        Assert.Equal($"\"{article.Id:N}-1\"", asJson.Headers.ETag?.Tag);
        Assert.Equal("ANP", article.Source);
        Assert.Equal(item["altids"]![0]!["value"]!.GetValue<string>(), article.ExternalId);
        Assert.Equal("Militaire leiders komen donderdag in Londen bijeen.", article.Summary);
        Assert.Equal(SampleBody.Trim(), article.Body);
        Assert.Equal("LONDEN", article.Dateline);
        Assert.Equal("Redactie Buitenland", article.Byline);
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 9, 15, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Contains(article.Entities, e => e is { Name: "Coalitie van bereidwillige landen", Type: EntityType.Organization, Origin: EntityOrigin.Editor });
        Assert.Contains(article.Entities, e => e is { Key: "person:keir-starmer", Origin: EntityOrigin.Extracted });

        var asNinjs = await editor.PostNinjsAsync(NinjsCalls.Item(), NinjsCalls.MediaType);
        var created = await asNinjs.ReadNinjsAsync(HttpStatusCode.Created);
        var id = Guid.Parse(created.GetProperty("uri").GetString()!["urn:uuid:".Length..]);
        Assert.Equal($"/articles/{id}", asNinjs.Headers.Location?.OriginalString);
        Assert.Equal($"\"{id:N}-1-ninjs\"", asNinjs.Headers.ETag?.Tag);
        Assert.Equal("1", created.GetProperty("version").GetString());
    }

    [Fact]
    public async Task The_same_agency_id_twice_is_a_409_as_for_json()
    {
        var item = NinjsCalls.Item();
        var first = await (await editor.PostNinjsAsync(item)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        var problem = await (await editor.PostNinjsAsync(item)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id, problem.ExistingArticleId);
    }

    [Fact]
    public async Task An_html_body_is_stored_as_its_text()
    {
        var item = NinjsCalls.Item();
        item["bodies"] = new JsonArray(
            new JsonObject { ["contenttype"] = "application/nitf+xml", ["value"] = "<nitf/>" },
            new JsonObject { ["role"] = "html", ["contenttype"] = "text/html", ["value"] = """
                <section class="main"><p>LONDEN (ANP) - Premier <b>Keir Starmer</b> sprak
                  met de &#39;coalitie&#39;.</p><p>Rusland &amp; Oekraïne<br>reageren.</p><script>track()</script></section>
                """ });

        var article = await (await editor.PostNinjsAsync(item)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal("LONDEN (ANP) - Premier Keir Starmer sprak met de 'coalitie'.\n\nRusland & Oekraïne\nreageren.", article.Body);
        Assert.Contains(article.Entities, e => e.Key == "person:keir-starmer");
    }

    [Fact]
    public async Task A_foreign_item_goes_in_with_what_an_article_keeps_and_the_rest_ignored()
    {
        // As NTB and dpa write ninjs: a regional language tag, firstcreated only, a description of another role,
        // classification subjects, and fields an article has no place for.
        var item = new JsonObject
        {
            ["uri"] = "urn:8d19cf88-b3ab-4972-8fec-1207599f2872",
            ["type"] = "text",
            ["profile"] = "Standard",
            ["version"] = "6",
            ["firstcreated"] = "2019-08-09T09:30:04Z",
            ["versioncreated"] = "2019-08-09T09:46:53Z",
            ["urgency"] = 5,
            ["copyrightholder"] = "NTB",
            ["ednote"] = "Noe utvidet.",
            ["slugline"] = "skien-google",
            ["language"] = "nb-NO",
            ["descriptions"] = new JsonArray(new JsonObject { ["role"] = "text", ["value"] = "IT-giganten Google har kjøpt en tomt i Skien." }),
            ["headlines"] = new JsonArray(new JsonObject { ["role"] = "main", ["value"] = "Google har kjøpt giganttomt i Skien" }),
            ["bodies"] = new JsonArray(new JsonObject { ["value"] = "SKIEN (NTB) - Google har kjøpt en tomt på nærmere 2.000 mål i Skien." }),
            ["places"] = new JsonArray(new JsonObject { ["name"] = "Telemark", ["literal"] = "Telemark" }),
            ["subjects"] = new JsonArray(new JsonObject { ["name"] = "Teknologi", ["literal"] = "13010000" }),
            ["by"] = "NTB",
        };

        var article = await (await editor.PostNinjsAsync(item)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal("NTB", article.Source); // the copyright holder
        Assert.Equal("urn:8d19cf88-b3ab-4972-8fec-1207599f2872", article.ExternalId); // the uri, as there is no externalId altid
        Assert.Equal("nb", article.Language);
        Assert.Equal(new DateTimeOffset(2019, 8, 9, 9, 30, 4, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("IT-giganten Google har kjøpt en tomt i Skien.", article.Summary);
        Assert.Contains(article.Entities, e => e is { Name: "Telemark", Type: EntityType.Location, Origin: EntityOrigin.Editor });
        Assert.DoesNotContain(article.Entities, e => e.Name == "Teknologi");
    }

    public static TheoryData<string, Func<JsonObject, JsonObject>> Unrepresentable => new()
    {
        { "type", i => Set(i, "type", "picture") },
        { "pubstatus", i => Set(i, "pubstatus", "withheld") },
        { "embargoed", i => Set(i, "embargoed", DateTimeOffset.UtcNow.AddDays(1).ToString("O")) },
        { "headlines", i => Remove(i, "headlines") },
        { "headlines", i => Set(i, "headlines", new JsonArray()) },
        { "headlines", i => Set(i, "headlines", new JsonArray(new JsonObject { ["value"] = "Een" }, new JsonObject { ["value"] = "Twee" })) },
        { "headlines[0].value", i => Set(i, "headlines", new JsonArray(new JsonObject { ["value"] = "  " })) },
        { "headlines[0].value", i => Set(i, "headlines", new JsonArray(new JsonObject { ["value"] = 42 })) },
        { "headlines[0].value", i => Set(i, "headlines", new JsonArray(new JsonObject { ["role"] = "main" })) },
        { "headlines[0]", i => Set(i, "headlines", new JsonArray("Kop")) },
        { "bodies", i => Remove(Remove(i, "bodies"), "descriptions") },
        { "bodies", i => Set(i, "bodies", new JsonObject { ["value"] = "Tekst" }) },
        { "bodies", i => Set(i, "bodies", new JsonArray(new JsonObject { ["contenttype"] = "application/nitf+xml", ["value"] = "<nitf/>" })) },
        { "bodies", i => Set(i, "bodies", new JsonArray(new JsonObject { ["value"] = "Een" }, new JsonObject { ["contenttype"] = "text/plain", ["value"] = "Twee" })) },
        { "bodies[0].value", i => Set(i, "bodies", new JsonArray(new JsonObject { ["contenttype"] = "text/plain", ["value"] = "" })) },
        { "language", i => Remove(i, "language") },
        { "language", i => Set(i, "language", "english") },
        { "infosources", i => Set(i, "infosources", new JsonArray(new JsonObject { ["name"] = "ANP" }, new JsonObject { ["name"] = "Reuters" })) },
        { "infosources", i => Set(Remove(i, "infosources"), "bodies", new JsonArray(new JsonObject { ["value"] = "Tekst zonder dateline." })) },
        { "altids", i => Set(i, "altids", new JsonArray(new JsonObject { ["role"] = "externalId", ["value"] = "a" }, new JsonObject { ["role"] = "externalId", ["value"] = "b" })) },
        { "contentcreated", i => Set(i, "contentcreated", "20 maart 2025") },
        { "contentcreated", i => Set(i, "contentcreated", "2025-03-20T10:15:00") },
        { "contentcreated", i => Set(i, "contentcreated", DateTimeOffset.UtcNow.AddDays(3).ToString("O")) },
        { "contentcreated", i => Remove(i, "contentcreated") },
        { "versioncreated", i => Set(i, "versioncreated", "gisteren") },
        { "Headlines", i => Set(i, "Headlines", new JsonArray()) },
        { "body", i => Set(i, "body", "Tekst") },
        { "people[0].name", i => Set(i, "people", new JsonArray(new JsonObject { ["uri"] = "http://example.org/p/1" })) },
        { "people[0].name", i => Set(i, "people", new JsonArray(new JsonObject { ["name"] = "!!!" })) },
        { "renditions[0].href", i => Set(i, "renditions", new JsonArray(new JsonObject { ["name"] = "web", ["href"] = "ftp://example.nl/a" })) },
        { "by", i => Set(i, "by", new string('x', 201)) },
        { "located", i => Set(i, "located", "LONDEN\nPARIJS") },
        { "descriptions", i => Set(i, "descriptions", new JsonArray(new JsonObject { ["value"] = "a" }, new JsonObject { ["value"] = "b" })) },
    };

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task An_item_that_cannot_be_an_article_is_a_400_naming_its_ninjs_field_and_stores_nothing(string field, Func<JsonObject, JsonObject> change)
    {
        var before = await StoredAsync();

        var message = await (await editor.PostNinjsAsync(change(NinjsCalls.Item()))).ReadFieldErrorAsync(field);

        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData("$", "[]")]
    [InlineData("$", "\"a ninjs item\"")]
    [InlineData("language", """{"language":"en",""")]
    [InlineData("located", """{"located":"LONDEN \ud800",""")]
    public async Task Json_that_is_no_item_is_a_400_naming_the_field(string field, string start)
    {
        var before = await StoredAsync();
        var body = start.StartsWith('{') ? start + NinjsCalls.Item().ToJsonString()[1..] : start;

        await (await editor.PostNinjsAsync(body)).ReadFieldErrorAsync(field);

        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Malformed_and_truncated_json_is_a_400_saying_where_and_stores_nothing()
    {
        var before = await StoredAsync();
        var whole = NinjsCalls.Item().ToJsonString();

        foreach (var body in new[] { "this is not json", whole[..(whole.Length / 2)], whole[..^1], "{\"uri\": \"urn:x\",}" })
        {
            var problem = await (await editor.PostNinjsAsync(body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("Malformed JSON", problem.Title);
            Assert.True(problem.Extensions.ContainsKey("line") && problem.Extensions.ContainsKey("bytePositionInLine"), problem.Detail);
        }
        await (await editor.PostNinjsAsync("")).ReadFieldErrorAsync("body");
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Another_content_type_is_a_415_naming_every_type_POST_takes()
    {
        var response = await editor.PostAsync("/articles", new StringContent("<newsItem/>", System.Text.Encoding.UTF8, "application/xml"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.StartsWith("Send the request body as application/json, text/plain or application/ninjs+json in UTF-8", problem.Detail);
        var latin1 = new StringContent("{}", System.Text.Encoding.Latin1, NinjsCalls.MediaType);
        await (await editor.PostAsync("/articles", latin1)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Posting_ninjs_needs_an_editor_and_takes_no_query_parameters()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostNinjsAsync(NinjsCalls.Item())).StatusCode);
        var response = await editor.PostAsync("/articles?format=ninjs", new StringContent(NinjsCalls.Item().ToJsonString(), System.Text.Encoding.UTF8, NinjsCalls.MediaType));
        await response.ReadFieldErrorAsync("format");
    }

    [Fact]
    public async Task A_retry_with_the_same_Idempotency_Key_answers_the_first_response_again()
    {
        var body = NinjsCalls.Item().ToJsonString();
        async Task<HttpResponseMessage> PostAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(body, System.Text.Encoding.UTF8, NinjsCalls.MediaType) };
            request.Headers.Add("Idempotency-Key", "ninjs-retry-1");
            return await editor.SendAsync(request);
        }

        var first = await (await PostAsync()).ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        var again = await PostAsync();

        Assert.Equal(first.Id, (await again.ReadAsync<ArticleResponse>(HttpStatusCode.Created)).Id);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
    }

    public static TheoryData<string, Func<JsonObject, JsonObject>, string> WordedInNinjs => new()
    {
        { "contentcreated", i => Set(i, "contentcreated", "1700-01-01T00:00:00Z"), "'contentcreated' must not be before 1800-01-01." },
        { "by", i => Set(i, "by", new string('x', 201)), "'by' must be at most 200" },
        { "altids[0].value", i => Set(i, "altids", new JsonArray(new JsonObject { ["role"] = "externalId", ["value"] = new string('x', 201) })), "'altids[0].value' must be at most 200" },
        { "uri", i => Set(Remove(i, "altids"), "uri", "urn:x:" + new string('x', 200)), "'uri' must be at most 200" },
        { "infosources", i => Set(Remove(i, "infosources"), "bodies", new JsonArray(new JsonObject { ["value"] = "Tekst zonder dateline." })), "in infosources" },
        { "copyrightholder", i => Set(Set(Remove(i, "infosources"), "copyrightholder", " "), "bodies", new JsonArray(new JsonObject { ["value"] = "Tekst." })), "in copyrightholder" },
    };

    [Theory]
    [MemberData(nameof(WordedInNinjs))]
    public async Task The_articles_rules_speak_of_ninjs_fields_by_their_ninjs_names(string field, Func<JsonObject, JsonObject> change, string wording)
    {
        var message = await (await editor.PostNinjsAsync(change(NinjsCalls.Item()))).ReadFieldErrorAsync(field);

        Assert.Contains(wording, message);
        foreach (var jsonName in new[] { "'publishedAt'", "'byline'", "'externalId'", "'source'" }) Assert.DoesNotContain(jsonName, message);
    }

    [Fact]
    public async Task A_query_parameter_of_wire_text_on_a_ninjs_post_is_told_it_is_for_text_plain_bodies()
    {
        var response = await editor.PostAsync("/articles?headline=Kop",
            new StringContent(NinjsCalls.Item().ToJsonString(), System.Text.Encoding.UTF8, NinjsCalls.MediaType));

        var message = await response.ReadFieldErrorAsync("headline");

        Assert.Equal("Query parameter 'headline' is only for text/plain bodies; this request's body is application/ninjs+json, which carries every field itself.", message);
    }

    [Fact]
    public async Task Every_post_answers_ninjs_when_Accept_asks_whatever_its_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = Infrastructure.Articles.JsonContent(Infrastructure.Articles.Sample()) };
        request.Headers.TryAddWithoutValidation("Accept", NinjsCalls.MediaType);

        var response = await editor.SendAsync(request);

        var item = await response.ReadNinjsAsync(HttpStatusCode.Created);
        var id = Guid.Parse(item.GetProperty("uri").GetString()!["urn:uuid:".Length..]);
        Assert.Equal($"/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"\"{id:N}-1-ninjs\"", response.Headers.ETag?.Tag);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task A_url_that_is_no_uri_as_written_is_escaped_in_the_ninjs_href()
    {
        var article = Infrastructure.Articles.Sample();
        article["url"] = "https://example.com/ä b";
        var created = await editor.CreateArticleAsync(article);

        var item = await (await api.Anonymous().GetAsync($"/articles/{created.Id}?format=ninjs")).ReadNinjsAsync();

        Assert.Equal(["https://example.com/%C3%A4%20b"], item.Strings("renditions", "href"));
    }

    [Fact]
    public async Task A_replay_answers_the_first_response_as_it_was_with_its_Vary()
    {
        var body = NinjsCalls.Item().ToJsonString();
        async Task<HttpResponseMessage> PostAsync(string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(body, System.Text.Encoding.UTF8, NinjsCalls.MediaType) };
            request.Headers.Add("Idempotency-Key", "ninjs-replay-vary");
            request.Headers.TryAddWithoutValidation("Accept", accept);
            return await editor.SendAsync(request);
        }

        var first = await PostAsync(NinjsCalls.MediaType);
        var uri = (await first.ReadNinjsAsync(HttpStatusCode.Created)).GetProperty("uri").GetString();
        var again = await PostAsync("application/json");

        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(uri, (await again.ReadNinjsAsync(HttpStatusCode.Created)).GetProperty("uri").GetString());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Contains("Accept", again.Headers.Vary);
    }

    private static JsonObject Set(JsonObject item, string name, JsonNode? value)
    {
        item[name] = value;
        return item;
    }

    private static JsonObject Remove(JsonObject item, string name)
    {
        item.Remove(name);
        return item;
    }

    private static string Without(JsonElement item, string[] names) =>
        new JsonObject(item.EnumerateObject().Where(p => !names.Contains(p.Name))
            .Select(p => KeyValuePair.Create(p.Name, JsonNode.Parse(p.Value.GetRawText())))).ToJsonString();
}
