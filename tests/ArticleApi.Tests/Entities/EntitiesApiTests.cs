using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Entities;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Entities.EntityCalls;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Entities;

/// <summary>GET /entities (autocomplete, most mentioned first) and GET /entities/{key}, as a reader sees them.</summary>
public sealed class EntitiesApiTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    /// <summary>Articles listing these entities (the body names none of them).</summary>
    private async Task PostAsync(params (string Name, string Type)[] entities) =>
        await editor.CreateArticleAsync(Article("Het kabinet wil tot 2030 jaarlijks 100.000 woningen laten bouwen.", null, entities));

    /// <summary>Pieter {tag} in three articles, {tag}dorp in two, Anna {tag} in one.</summary>
    private async Task<(string Pieter, string Dorp, string Anna)> ThreeEntitiesAsync(string tag)
    {
        var (pieter, dorp, anna) = ($"Pieter {tag}", $"{tag}dorp", $"Anna {tag}");
        await PostAsync((anna, "person"), (pieter, "person"));
        await PostAsync((pieter, "person"), (dorp, "location"));
        await PostAsync((dorp, "location"), (pieter, "person"));
        var slug = tag.ToLowerInvariant();
        return ($"person:pieter-{slug}", $"location:{slug}dorp", $"person:anna-{slug}");
    }

    [Fact]
    public async Task A_prefix_finds_entities_by_the_start_of_any_word_most_mentioned_first()
    {
        var tag = Tag();
        var (pieter, dorp, anna) = await ThreeEntitiesAsync(tag);

        var page = await reader.ListEntitiesAsync($"prefix={tag.ToLowerInvariant()[..5]}");

        Assert.Equal([pieter, dorp, anna], page.Items.Select(i => i.Key));
        Assert.Equal([3, 2, 1], page.Items.Select(i => i.ArticleCount));
        Assert.Equal(new EntitySummary(pieter, $"Pieter {tag}", EntityType.Person, 3), page.Items[0]);
        Assert.Equal(new EntitySummary(dorp, $"{tag}dorp", EntityType.Location, 2), page.Items[1]);
        Assert.Equal((1, ListEntitiesRequest.DefaultPageSize, 3L, 1L), (page.Page, page.PageSize, page.TotalCount, page.TotalPages));
        Assert.False(page.HasMore);
        Assert.False(page.TotalCountIsEstimate);

        var people = await reader.ListEntitiesAsync($"prefix={tag}&type=person");
        Assert.Equal([pieter, anna], people.Items.Select(i => i.Key));
        Assert.Equal(2, people.TotalCount);
        Assert.Equal(people.Items, (await reader.ListEntitiesAsync($"prefix={tag}&type=PERSON")).Items);

        // The start of a word, not its middle.
        Assert.Empty((await reader.ListEntitiesAsync($"prefix={tag[2..]}")).Items);
    }

    [Fact]
    public async Task Every_word_of_a_prefix_must_start_a_word_of_the_same_entity()
    {
        // "an {tag}" must find Anna alone: not with a tag that itself starts with "an" (Pieter Anxyz).
        var tag = Tag();
        while (tag.StartsWith("An", StringComparison.Ordinal) || tag.StartsWith("Pie", StringComparison.Ordinal)) tag = Tag();
        var (pieter, _, anna) = await ThreeEntitiesAsync(tag);

        Assert.Equal([pieter], (await reader.ListEntitiesAsync($"prefix=pieter {tag[..4]}")).Items.Select(i => i.Key));
        Assert.Equal([pieter], (await reader.ListEntitiesAsync($"prefix={tag} PIE")).Items.Select(i => i.Key));
        Assert.Equal([anna], (await reader.ListEntitiesAsync($"prefix=an {tag}")).Items.Select(i => i.Key));
        var none = await reader.ListEntitiesAsync($"prefix=anna pieter {tag}");
        Assert.Empty(none.Items);
        Assert.Equal((0L, 0L), (none.TotalCount, none.TotalPages));
    }

    [Fact]
    public async Task Prefixes_ignore_case_and_accents()
    {
        var tag = Tag();
        await PostAsync(($"Élodie {tag}", "person"), ("Oekraïne", "location"));
        var key = $"person:elodie-{tag.ToLowerInvariant()}";

        Assert.Equal([key], (await reader.ListEntitiesAsync($"prefix=elodie {tag}")).Items.Select(i => i.Key));
        Assert.Equal([key], (await reader.ListEntitiesAsync($"prefix=ÉLO {tag.ToUpperInvariant()}")).Items.Select(i => i.Key));
        Assert.Equal($"Élodie {tag}", (await reader.ListEntitiesAsync($"prefix={tag}")).Items.Single().Name);

        var oekraine = await reader.ListEntitiesAsync("prefix=OEKR&type=location");
        Assert.Contains(oekraine.Items, i => i is { Key: "location:oekraine", Name: "Oekraïne" });
        Assert.Contains((await reader.ListEntitiesAsync("prefix=oekraï")).Items, i => i.Key == "location:oekraine");
    }

    [Fact]
    public async Task A_prefix_that_matches_nothing_answers_an_empty_page()
    {
        var response = await reader.GetAsync($"/entities?prefix={Tag()}");

        var page = await response.ReadAsync<EntityListResponse>();
        Assert.Empty(page.Items);
        Assert.Equal((1, 0L, 0L), (page.Page, page.TotalCount, page.TotalPages));
    }

    [Fact]
    public async Task Pages_of_a_prefix_split_the_matches_and_keep_the_total_even_past_the_last()
    {
        var tag = Tag();
        var (pieter, dorp, anna) = await ThreeEntitiesAsync(tag);

        // One word of up to four letters: its matches are counted (up to Entities:ExactCountLimit).
        var first = await reader.ListEntitiesAsync($"prefix={tag[..4]}&pageSize=2");
        var second = await reader.ListEntitiesAsync($"prefix={tag[..4]}&pageSize=2&page=2");
        var beyond = await reader.ListEntitiesAsync($"prefix={tag[..4]}&pageSize=2&page=3");

        Assert.Equal([pieter, dorp], first.Items.Select(i => i.Key));
        Assert.Equal([anna], second.Items.Select(i => i.Key));
        Assert.Empty(beyond.Items);
        foreach (var page in new[] { first, second, beyond })
            Assert.Equal((2, 3L, false, 2L), (page.PageSize, page.TotalCount, page.TotalCountIsEstimate, page.TotalPages));
        Assert.Equal([true, false, false], new[] { first, second, beyond }.Select(p => p.HasMore));
        Assert.Equal([1, 2, 3], new[] { first, second, beyond }.Select(p => p.Page));

        // A longer word is not counted: the first page estimates, the last knows.
        var longer = await reader.ListEntitiesAsync($"prefix={tag}&pageSize=2");
        Assert.Equal((true, true), (longer.HasMore, longer.TotalCountIsEstimate));
        Assert.True(longer.TotalCount >= 3);
        var last = await reader.ListEntitiesAsync($"prefix={tag}&pageSize=2&page=2");
        Assert.Equal((3L, false), (last.TotalCount, last.TotalCountIsEstimate));
    }

    [Fact]
    public async Task Without_a_prefix_every_mentioned_entity_is_listed_most_mentioned_first()
    {
        var tag = Tag();
        await ThreeEntitiesAsync(tag);
        await PostAsync(($"Kees {tag}", "person"));
        await editor.DeleteAsync($"/articles/{(await editor.CreateArticleAsync(Article("Niets.", null, ($"Weg {tag}", "other")))).Id}");

        var all = new List<EntitySummary>();
        EntityListResponse page;
        var number = 1;
        do
        {
            page = await reader.ListEntitiesAsync($"pageSize=3&page={number++}");
            all.AddRange(page.Items);
        } while (page.Items.Count > 0);

        Assert.Equal(await api.ScalarAsync<long>("SELECT count(*) FROM entities WHERE article_count > 0"), page.TotalCount);
        Assert.False(page.TotalCountIsEstimate);
        Assert.Equal(page.TotalCount, all.Count);
        Assert.Equal((page.TotalCount + 2) / 3, page.TotalPages);
        Assert.Equal(all.Count, all.Select(e => e.Key).Distinct().Count());
        Assert.Equal(all.Select(e => e.ArticleCount).OrderDescending(), all.Select(e => e.ArticleCount));
        Assert.All(all, e => Assert.True(e.ArticleCount > 0));
        // An entity whose only article went is no longer listed, but can still be looked up.
        Assert.DoesNotContain(all, e => e.Key == $"other:weg-{tag.ToLowerInvariant()}");
        Assert.Equal(0, (await reader.GetEntityAsync($"other:weg-{tag.ToLowerInvariant()}")).ArticleCount);

        var places = await reader.ListEntitiesAsync("type=location&pageSize=100");
        Assert.NotEmpty(places.Items);
        Assert.All(places.Items, e => Assert.Equal(EntityType.Location, e.Type));
        Assert.Equal(await api.ScalarAsync<long>("SELECT count(*) FROM entities WHERE article_count > 0 AND type = 'location'"), places.TotalCount);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("page=102&pageSize=100", "page")]
    [InlineData("type=planet", "type")]
    [InlineData("type=persons&prefix=zel", "type")]
    [InlineData("prefix=a%0Ab", "prefix")]
    [InlineData("sort=name", "sort")]
    public async Task Invalid_list_parameters_answer_400_naming_the_field(string query, string field)
    {
        var response = await reader.GetAsync($"/entities?{query}");

        Assert.False(string.IsNullOrWhiteSpace(await response.ReadFieldErrorAsync(field)));
    }

    [Fact]
    public async Task A_prefix_longer_than_100_characters_is_refused()
    {
        var response = await reader.GetAsync($"/entities?prefix={new string('a', 101)}");

        Assert.Contains("100", await response.ReadFieldErrorAsync("prefix"));
        await (await reader.GetAsync($"/entities?prefix={new string('a', 100)}")).ReadAsync<EntityListResponse>();
    }

    [Fact]
    public async Task An_entity_answers_with_its_name_type_aliases_and_article_count()
    {
        var tag = Tag();
        var key = $"person:pieter-{tag.ToLowerInvariant()}";
        await editor.CreateArticleAsync(Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag. Volgens {tag} gaat het goed."));
        await editor.CreateArticleAsync(Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak woensdag opnieuw."));

        var response = await reader.GetAsync($"/entities/{key}");

        var entity = await response.ReadAsync<EntityDetailsResponse>();
        Assert.Equal((key, $"Pieter {tag}", EntityType.Person, 2), (entity.Key, entity.Name, entity.Type, entity.ArticleCount));
        Assert.Equal(new[] { $"Pieter {tag}", tag }.Order(StringComparer.Ordinal), entity.Aliases.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PERSON:PIETER-{0}")]
    [InlineData("Person:Piëter-{0}")]
    [InlineData("person:pieter-{0}")]
    public async Task A_key_in_another_case_or_with_accents_finds_the_entity(string written)
    {
        var tag = Tag();
        await editor.CreateArticleAsync(Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag."));

        var entity = await reader.GetEntityAsync(Uri.EscapeDataString(string.Format(written, tag.ToUpperInvariant())).Replace("%3A", ":"));

        Assert.Equal($"person:pieter-{tag.ToLowerInvariant()}", entity.Key);
        Assert.Equal($"Pieter {tag}", entity.Name);
    }

    [Fact]
    public async Task An_unknown_key_answers_404_problem()
    {
        var key = $"person:nobody-{Tag().ToLowerInvariant()}";

        var problem = await (await reader.GetAsync($"/entities/{key}")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains(key, problem.Detail);
    }

    [Theory]
    [InlineData("zelensky")]
    [InlineData("planet:mars")]
    [InlineData("person:")]
    [InlineData(":zelensky")]
    [InlineData("person:volodymyr--zelensky")]
    [InlineData("person:volodymyr%20zelensky")]
    [InlineData("person:-zelensky")]
    public async Task A_malformed_key_answers_400_naming_the_key(string key)
    {
        var response = await reader.GetAsync($"/entities/{key}");

        Assert.Contains("person:volodymyr-zelensky", await response.ReadFieldErrorAsync("key"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_entity_endpoints()
    {
        var response = await reader.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paths"]!;

        foreach (var (path, method) in new[] { ("/entities", "get"), ("/entities/{key}", "get"), ("/entities/{key}", "put") })
        {
            var operation = paths[path]?[method];
            Assert.True(operation is not null, $"{method.ToUpperInvariant()} {path} is not in swagger.json");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation!["summary"]), $"{method.ToUpperInvariant()} {path} has no summary");
        }
        var list = paths["/entities"]!["get"]!;
        Assert.Equal(["page", "pageSize", "prefix", "type"],
            list["parameters"]!.AsArray().Select(p => (string)p!["name"]!).Order(StringComparer.Ordinal));
        Assert.NotNull(paths["/entities/{key}"]!["get"]!["responses"]!["301"]);
        Assert.NotNull(paths["/entities/{key}"]!["get"]!["responses"]!["404"]);
        var put = paths["/entities/{key}"]!["put"]!;
        foreach (var status in new[] { "200", "308", "400", "401", "404", "409" })
            Assert.True(put["responses"]![status] is not null, $"PUT /entities/{{key}} does not document {status}");
        Assert.NotNull(put["requestBody"]?["content"]?["application/json"]);
    }
}
