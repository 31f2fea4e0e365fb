using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>GET /articles/facets counts what GET /articles lists.</summary>
public sealed class ArticleFacetsTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private async Task<FacetsResponse> FacetsAsync(string query) =>
        await (await reader.GetAsync($"/articles/facets?{query}")).ReadAsync<FacetsResponse>();

    private async Task<long> ListCountAsync(string query) =>
        (await (await reader.GetAsync($"/articles?{query}")).ReadAsync<ListPage<ArticleSummaryResponse>>()).TotalCount;

    [Fact]
    public async Task Facet_counts_equal_the_counts_of_the_filtered_list()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var anp = UniqueSource("ANP");
        var reuters = UniqueSource("Reuters");
        var people = new[] { $"Rutte {tag}", $"Schoof {tag}", $"Yeşilgöz {tag}" };
        for (var i = 0; i < 7; i++)
        {
            var article = Valid(source: i < 4 ? anp : reuters, publishedAt: $"2025-03-{10 + i}T12:00:00Z");
            article["language"] = i % 3 == 0 ? "en" : "nl";
            article["entities"] = new JsonArray(
                Entity(people[i % 3], "person"), Entity($"Den Haag {tag}", "location"), Entity($"NAVO {tag}", i < 2 ? "organization" : "other"));
            await editor.CreateArticleAsync(article);
        }
        var filter = $"source={anp}&source={reuters}";

        var facets = await FacetsAsync(filter);

        Assert.Equal(7, facets.TotalCount);
        Assert.Equal(7, facets.CountedArticles);
        Assert.False(facets.IsSample);
        foreach (var source in facets.Sources)
            Assert.Equal(await ListCountAsync($"source={source.Value}&entity=Den Haag {tag}"), source.Count);
        Assert.Equal([new FacetCount(anp, 4), new FacetCount(reuters, 3)], facets.Sources);
        foreach (var language in facets.Languages)
            Assert.Equal(await ListCountAsync($"{filter}&language={language.Value}"), language.Count);
        foreach (var (type, entities) in facets.Entities)
        foreach (var entity in entities)
            Assert.Equal(await ListCountAsync($"{filter}&entity={Uri.EscapeDataString(entity.Value)}&entityType={type}"), entity.Count);
        Assert.Equal(3, facets.Entities["person"].Count);
        Assert.Contains(new FacetCount($"Den Haag {tag}", 7), facets.Entities["location"]);  // beside the dateline's Den Haag
        Assert.Equal(new FacetCount($"NAVO {tag}", 5), Assert.Single(facets.Entities["other"]));
    }

    [Fact]
    public async Task Top_limits_the_entities_per_type()
    {
        var source = UniqueSource();
        var article = Valid(source: source);
        article["entities"] = new JsonArray([.. Enumerable.Range(0, 5).Select(i => (JsonNode)Entity($"Persoon {i} {source}", "person"))]);
        await editor.CreateArticleAsync(article);

        Assert.Equal(2, (await FacetsAsync($"source={source}&top=2")).Entities["person"].Count);
        Assert.Contains("between 1 and 50", await (await reader.GetAsync("/articles/facets?top=51")).ReadFieldErrorAsync("top"));
    }

    [Fact]
    public async Task Facets_of_nothing_are_empty()
    {
        var facets = await FacetsAsync($"source={UniqueSource()}&entity=Niemand {Guid.NewGuid():N}");

        Assert.Equal(0, facets.TotalCount);
        Assert.Empty(facets.Sources);
        Assert.All(facets.Entities.Values, Assert.Empty);
    }

    [Fact]
    public async Task Facets_take_only_filters()
    {
        Assert.Contains("Unknown query parameter", await (await reader.GetAsync("/articles/facets?page=2")).ReadFieldErrorAsync("page"));
    }
}

public sealed class FacetSampleTests(LowListLimitsFactory api) : IClassFixture<LowListLimitsFactory>
{
    [Fact]
    public async Task Beyond_the_sample_size_facets_count_the_newest_matches_and_say_so()
    {
        var source = UniqueSource();
        for (var i = 0; i < 6; i++) await api.AsEditor().CreateArticleAsync(Valid(source: source, publishedAt: $"2025-03-0{i + 1}T10:00:00Z"));

        var facets = await (await api.Anonymous().GetAsync($"/articles/facets?source={source}")).ReadAsync<FacetsResponse>();

        Assert.True(facets.IsSample);
        Assert.Equal(4, facets.CountedArticles);
        Assert.Equal(6, facets.TotalCount);
        Assert.Equal(4, Assert.Single(facets.Sources).Count);
    }
}
