using System.Text.Json.Nodes;
using ArticleApi.Sources;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Sources;

/// <summary>GET /sources stays exact through creates, replacements and deletes.</summary>
public sealed class SourcesTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();

    private async Task<SourceResponse?> SourceAsync(string source) =>
        (await (await api.Anonymous().GetAsync("/sources")).ReadAsync<List<SourceResponse>>())
            .SingleOrDefault(s => s.Source.Equals(source, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Counts_and_newest_dates_follow_every_write()
    {
        var anp = UniqueSource("ANP");
        var dpa = UniqueSource("dpa");
        var first = await editor.CreateArticleAsync(Valid(source: anp, publishedAt: "2025-03-01T10:00:00Z"));
        var newest = await editor.CreateArticleAsync(Valid(source: anp.ToLowerInvariant(), publishedAt: "2025-03-05T10:00:00Z"));

        Assert.Equal(new SourceResponse(anp, 2, DateTimeOffset.Parse("2025-03-05T10:00:00Z")), await SourceAsync(anp));

        await editor.DeleteAsync($"/articles/{newest.Id}");
        Assert.Equal(new SourceResponse(anp, 1, DateTimeOffset.Parse("2025-03-01T10:00:00Z")), await SourceAsync(anp));

        await editor.PutArticleAsync(first.Id, Valid(source: dpa, publishedAt: "2025-03-02T10:00:00Z"));
        Assert.Null(await SourceAsync(anp));
        Assert.Equal(new SourceResponse(dpa, 1, DateTimeOffset.Parse("2025-03-02T10:00:00Z")), await SourceAsync(dpa));
    }

    [Fact]
    public async Task Sources_are_listed_most_articles_first()
    {
        var small = UniqueSource();
        var big = UniqueSource();
        await editor.CreateArticleAsync(Valid(source: small));
        for (var i = 0; i < 3; i++) await editor.CreateArticleAsync(Valid(source: big));

        var sources = await (await api.Anonymous().GetAsync("/sources")).ReadAsync<List<SourceResponse>>();

        Assert.True(sources.FindIndex(s => s.Source == big) < sources.FindIndex(s => s.Source == small));
        Assert.Equal(sources.OrderByDescending(s => s.ArticleCount).Select(s => s.ArticleCount), sources.Select(s => s.ArticleCount));
    }
}
