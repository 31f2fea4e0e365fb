using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>Create, read, replace and delete one article, as an editor and a reader see it.</summary>
public sealed class ArticleLifecycleTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    [Fact]
    public async Task Posting_the_ANP_sample_stores_it_and_answers_201_with_its_location()
    {
        var response = await editor.PostArticleAsync(Sample());

        var created = await response.ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal($"/articles/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(7, created.Id.Version);
        Assert.Equal("ANP", created.Source);
        Assert.Equal(SampleBody.Trim(), created.Body);
        Assert.Equal("LONDEN", created.Dateline);
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 9, 15, 0, TimeSpan.Zero), created.PublishedAt);
        Assert.Equal(TimeSpan.Zero, created.PublishedAt.Offset);
        Assert.Equal(1, created.Version);
        Assert.Equal(created.CreatedAt, created.UpdatedAt);
        Assert.Contains(("Keir Starmer", EntityType.Person), created.Entities.Listed());
        Assert.Contains(("Oekraïne", EntityType.Location), created.Entities.Listed());

        var fetched = await (await reader.GetAsync($"/articles/{created.Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal(created with { Entities = [] }, fetched with { Entities = [] });
        Assert.Equal(created.Entities, fetched.Entities);
    }

    [Fact]
    public async Task The_response_writes_times_in_UTC_with_Z_and_omits_nothing_that_is_null()
    {
        var article = Valid(publishedAt: "2025-03-20T11:15:00.1234567+01:00");
        article.Remove("summary");
        article.Remove("byline");

        var response = await editor.PostArticleAsync(article);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("2025-03-20T10:15:00.123456Z", (string?)json["publishedAt"]);
        Assert.True(json.ContainsKey("summary") && json["summary"] is null);
        Assert.True(json.ContainsKey("byline") && json["byline"] is null);
        Assert.Equal(
            ["id", "source", "externalId", "headline", "summary", "body", "dateline", "datelinePlace", "language", "byline", "url",
             "publishedAt", "entities", "version", "createdAt", "updatedAt", "createdBy", "updatedBy"],
            json.Select(p => p.Key));
    }

    [Fact]
    public async Task Strings_are_trimmed_empty_optionals_become_null_and_the_language_is_lower_case()
    {
        var article = Valid();
        article["headline"] = "  Kabinet valt  \n";
        article["summary"] = "   ";
        article["language"] = "NL";
        article["entities"] = new JsonArray(Entity("  Mark Rutte ", "person"));

        var created = await editor.CreateArticleAsync(article);

        Assert.Equal("Kabinet valt", created.Headline);
        Assert.Null(created.Summary);
        Assert.Equal("nl", created.Language);
        Assert.Equal([("Mark Rutte", EntityType.Person)], created.Entities.Listed());
    }

    [Fact]
    public async Task Entities_that_differ_only_in_case_or_accents_are_folded_into_the_first_spelling()
    {
        var article = Valid();
        article["entities"] = new JsonArray(
            Entity("Oekraïne", "location"), Entity("oekraine", "location"), Entity("OEKRAÏNE", "location"),
            Entity("Oekraïne", "other"), Entity("Zelensky", "person"));

        var created = await editor.CreateArticleAsync(article);

        Assert.Equal(
            [("Oekraïne", EntityType.Location), ("Oekraïne", EntityType.Other),
             ("Zelensky", EntityType.Person)],
            created.Entities.Listed());
    }

    [Fact]
    public async Task An_unknown_id_answers_404_and_a_malformed_one_400_naming_the_id()
    {
        var unknown = await reader.GetAsync($"/articles/{Guid.CreateVersion7()}");
        var problem = await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Article not found", problem.Title);

        var malformed = await reader.GetAsync("/articles/not-a-uuid");
        Assert.Contains("not-a-uuid", await malformed.ReadFieldErrorAsync("id"));
    }

    [Fact]
    public async Task A_second_article_with_the_same_source_and_externalId_answers_409_naming_the_first()
    {
        var first = await editor.CreateArticleAsync(Valid(source: "Reuters-409", externalId: "LYNXMPE12345"));
        var again = Valid(source: "REUTERS-409", externalId: "LYNXMPE12345");

        var problem = await (await editor.PostArticleAsync(again)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id, problem.ExistingArticleId);
        Assert.Contains(first.Id.ToString(), problem.Detail);
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM articles WHERE source_key = 'reuters-409'"));
    }

    [Fact]
    public async Task Articles_without_an_externalId_never_conflict()
    {
        var source = UniqueSource();
        var article = Valid(source: source);
        article.Remove("externalId");

        await editor.CreateArticleAsync(article);
        await editor.CreateArticleAsync(article);

        Assert.Equal(2L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{source}'"));
    }

    [Fact]
    public async Task Replacing_an_article_changes_every_field_and_adds_one_to_its_version()
    {
        var created = await editor.CreateArticleAsync(Valid());
        var replacement = Valid(source: "dpa", externalId: $"dpa-{created.Id}", publishedAt: "2025-04-01T08:00:00Z");
        replacement["headline"] = "Correctie: kabinet presenteert plannen";
        replacement["entities"] = new JsonArray(Entity("Hugo de Jonge", "person"));

        var replaced = await (await editor.PutArticleAsync(created.Id, replacement)).ReadAsync<ArticleResponse>();

        Assert.Equal(created.Id, replaced.Id);
        Assert.Equal(2, replaced.Version);
        Assert.Equal("dpa", replaced.Source);
        Assert.Equal("Correctie: kabinet presenteert plannen", replaced.Headline);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero), replaced.PublishedAt);
        Assert.Equal([("Hugo de Jonge", EntityType.Person)], replaced.Entities.Listed());
        Assert.Equal(created.CreatedAt, replaced.CreatedAt);
        Assert.True(replaced.UpdatedAt > created.UpdatedAt);

        var fetched = await (await reader.GetAsync($"/articles/{created.Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal(2, fetched.Version);
        Assert.Equal(replaced.Entities, fetched.Entities);

        var third = await (await editor.PutArticleAsync(created.Id, replacement)).ReadAsync<ArticleResponse>();
        Assert.Equal(3, third.Version);
    }

    [Fact]
    public async Task Replacing_follows_the_same_rules_as_creating()
    {
        var created = await editor.CreateArticleAsync(Valid());
        var invalid = Valid();
        invalid["language"] = "dutch";

        Assert.Contains("ISO 639-1", await (await editor.PutArticleAsync(created.Id, invalid)).ReadFieldErrorAsync("language"));

        var fetched = await (await reader.GetAsync($"/articles/{created.Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal(1, fetched.Version);
    }

    [Fact]
    public async Task Replacing_onto_another_articles_source_and_externalId_answers_409_and_changes_nothing()
    {
        var source = UniqueSource();
        var first = await editor.CreateArticleAsync(Valid(source: source, externalId: "one"));
        var second = await editor.CreateArticleAsync(Valid(source: source, externalId: "two"));

        var clash = Valid(source: source, externalId: "one");
        clash["entities"] = new JsonArray();
        var problem = await (await editor.PutArticleAsync(second.Id, clash)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id, problem.ExistingArticleId);
        var unchanged = await (await reader.GetAsync($"/articles/{second.Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal("two", unchanged.ExternalId);
        Assert.Equal(1, unchanged.Version);
        Assert.Equal(2, unchanged.Entities.Count);
    }

    [Fact]
    public async Task Replacing_an_unknown_article_answers_404()
    {
        var response = await editor.PutArticleAsync(Guid.CreateVersion7(), Valid());
        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_answers_204_and_the_article_is_gone_from_reads_and_lists()
    {
        var source = UniqueSource();
        var created = await editor.CreateArticleAsync(Valid(source: source));

        var deleted = await editor.DeleteAsync($"/articles/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var gone = await (await reader.GetAsync($"/articles/{created.Id}")).ReadProblemAsync(HttpStatusCode.Gone);
        Assert.Equal("test-editor", gone.Extensions["deletedBy"].GetString());
        var list = await (await reader.GetAsync($"/articles?source={source}")).ReadAsync<ListPage<ArticleSummaryResponse>>();
        Assert.Empty(list.Items);
        Assert.Equal(0L, await api.ScalarAsync<long>($"SELECT count(*) FROM article_entities WHERE article_id = '{created.Id}'"));
        await (await editor.DeleteAsync($"/articles/{created.Id}")).ReadProblemAsync(HttpStatusCode.Gone);
        await (await editor.DeleteAsync($"/articles/{Guid.CreateVersion7()}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_problems_too()
    {
        await (await reader.GetAsync("/no-such-thing")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await editor.DeleteAsync("/articles")).ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
