using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>The filters added for finding at scale: entityMatch, entityType, dateline and timezone.</summary>
public sealed class ArticleFilterTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private async Task<List<Guid>> IdsAsync(string query) =>
        [.. (await (await reader.GetAsync($"/articles?{query}")).ReadAsync<ListPage<ArticleSummaryResponse>>()).Items.Select(i => i.Id)];

    private async Task<Guid> PostAsync(string source, string publishedAt = "2025-03-10T12:00:00Z", string? dateline = "DEN HAAG", params (string Name, string Type)[] entities)
    {
        var article = Valid(source: source, publishedAt: publishedAt);
        article["dateline"] = dateline;
        article["entities"] = new JsonArray([.. entities.Select(e => (JsonNode)Entity(e.Name, e.Type))]);
        return (await editor.CreateArticleAsync(article)).Id;
    }

    [Fact]
    public async Task EntityMatch_any_wants_at_least_one_of_the_entities()
    {
        var source = UniqueSource();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var a = await PostAsync(source, "2025-03-10T12:00:00Z", entities: ($"Rutte {tag}", "person"));
        var b = await PostAsync(source, "2025-03-11T12:00:00Z", entities: ($"Schoof {tag}", "person"));
        await PostAsync(source, "2025-03-12T12:00:00Z", entities: ($"Wilders {tag}", "person"));

        Assert.Equal([b, a], await IdsAsync($"entity=Rutte {tag}&entity=Schoof {tag}&entityMatch=any"));
        Assert.Empty(await IdsAsync($"entity=Rutte {tag}&entity=Schoof {tag}&entityMatch=all"));
        Assert.Equal([a], await IdsAsync($"entity=Rutte {tag}&entity=Nobody {tag}&entityMatch=any"));
        Assert.Empty(await IdsAsync($"entity=Rutte {tag}&entity=Nobody {tag}"));
    }

    [Fact]
    public async Task EntityType_counts_only_mentions_of_that_type()
    {
        var source = UniqueSource();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var place = await PostAsync(source, "2025-03-10T12:00:00Z", entities: ($"Washington {tag}", "location"));
        var person = await PostAsync(source, "2025-03-11T12:00:00Z", entities: ($"Washington {tag}", "person"));

        Assert.Equal([person, place], await IdsAsync($"entity=Washington {tag}"));
        Assert.Equal([place], await IdsAsync($"entity=Washington {tag}&entityType=location"));
        Assert.Equal([person], await IdsAsync($"entity=washington {tag}&entityType=PERSON"));
        Assert.Empty(await IdsAsync($"entity=Washington {tag}&entityType=organization"));
    }

    [Fact]
    public async Task An_article_mentioning_a_name_under_two_types_is_listed_once()
    {
        var source = UniqueSource();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var both = await PostAsync(source, entities: [($"Georgia {tag}", "location"), ($"Georgia {tag}", "person")]);

        var page = await (await reader.GetAsync($"/articles?entity=Georgia {tag}")).ReadAsync<ListPage<ArticleSummaryResponse>>();

        Assert.Equal([both], page.Items.Select(i => i.Id));
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task Dateline_matches_the_place_ignoring_case_and_accents()
    {
        var source = UniqueSource();
        var london = await PostAsync(source, dateline: "LONDEN");
        var sao = await PostAsync(source, dateline: "SÃO PAULO");
        await PostAsync(source, dateline: null);

        Assert.Equal([london], await IdsAsync($"source={source}&dateline=Londen"));
        Assert.Equal([sao], await IdsAsync($"source={source}&dateline=sao paulo"));
    }

    [Fact]
    public async Task Date_only_bounds_are_days_in_the_given_time_zone()
    {
        var source = UniqueSource();
        var lateEveningUtc = await PostAsync(source, "2025-03-01T23:30:00Z"); // 2 March, 00:30 in Amsterdam
        var middayUtc = await PostAsync(source, "2025-03-01T12:00:00Z");

        Assert.Equal([lateEveningUtc, middayUtc], await IdsAsync($"source={source}&from=2025-03-01&to=2025-03-01"));
        Assert.Equal([middayUtc], await IdsAsync($"source={source}&from=2025-03-01&to=2025-03-01&timezone=Europe/Amsterdam"));
        Assert.Equal([lateEveningUtc], await IdsAsync($"source={source}&from=2025-03-02&timezone=Europe/Amsterdam"));
        Assert.Equal([lateEveningUtc], await IdsAsync($"source={source}&from=2025-03-01T23:00:00Z&timezone=America/New_York"));
    }

    [Theory]
    [InlineData("timezone=Mars/Olympus", "timezone", "IANA")]
    [InlineData("timezone=America", "timezone", "IANA")]
    [InlineData("timezone=America/", "timezone", "IANA")]
    [InlineData("timezone=../../etc/passwd", "timezone", "IANA")]
    [InlineData("entityMatch=some&entity=x", "entityMatch", "all, any")]
    [InlineData("entityType=place&entity=x", "entityType", "person, organization, location, other")]
    [InlineData("entityType=person", "entityType", "needs 'entity'")]
    [InlineData("entityMatch=any", "entityMatch", "needs 'entity'")]
    [InlineData("dateline=", "dateline", "must not be empty")]
    [InlineData("count=all", "count", "auto, exact, none")]
    [InlineData("entity=a&entity=b&entity=c&entity=d&entity=e&entity=f&entity=g&entity=h&entity=i&entity=j&entity=k", "entity", "At most 10")]
    public async Task New_filters_are_validated(string query, string parameter, string message)
    {
        Assert.Contains(message, await (await reader.GetAsync($"/articles?{query}")).ReadFieldErrorAsync(parameter));
    }

    [Fact]
    public async Task A_bad_timezone_is_rejected_alongside_a_cursor_too()
    {
        var source = UniqueSource();
        for (var i = 0; i < 3; i++) await editor.CreateArticleAsync(Valid(source: source));
        var cursor = (string)JsonNode.Parse(await reader.GetStringAsync($"/articles?source={source}&pageSize=1"))!["nextCursor"]!;

        var message = await (await reader.GetAsync($"/articles?source={source}&pageSize=1&cursor={cursor}&timezone=Nowhere/Land"))
            .ReadFieldErrorAsync("timezone");

        Assert.Contains("IANA", message);
    }
}
