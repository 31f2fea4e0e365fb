using System.Net;
using ArticleApi.Articles;
using ArticleApi.Entities.Extraction;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>The bulk path stores what a POST would, and skips what is already there.</summary>
public sealed class ArticleBulkWriterTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private ArticleBulkWriter Writer => api.Services.GetRequiredService<ArticleBulkWriter>();

    private static (Guid, ArticleDraft) Draft(string source, string externalId, params (string Name, EntityType Type)[] entities) =>
        (Guid.CreateVersion7(), ArticleDraft.From(new ArticleRequest
        {
            Source = source,
            ExternalId = externalId,
            Headline = $"Kop {externalId}",
            Body = "DEN HAAG (ANP) - Tekst.",
            Dateline = "DEN HAAG",
            Language = "nl",
            PublishedAt = new DateTimeOffset(2025, 3, 20, 10, 0, 0, TimeSpan.Zero),
            Entities = [.. entities.Select(e => new EntityRequest { Name = e.Name, Type = e.Type })],
        }, EntityExtractor.Default));

    [Fact]
    public async Task Bulk_written_articles_read_back_like_posted_ones()
    {
        var source = UniqueSource();
        var batch = new[]
        {
            Draft(source, "1", ("Mark Rutte", EntityType.Person), ("NAVO", EntityType.Organization)),
            Draft(source, "2", ("NAVO", EntityType.Organization), ("Den Haag", EntityType.Location)),
        };

        var stored = await Writer.WriteAsync(batch, CancellationToken.None);

        Assert.Equal(batch.Select(b => b.Item1).ToHashSet(), stored);
        var first = await (await api.Anonymous().GetAsync($"/articles/{batch[0].Item1}")).ReadAsync<ArticleResponse>();
        Assert.Equal([("Mark Rutte", EntityType.Person), ("NAVO", EntityType.Organization)], first.Entities.Listed());
        Assert.Equal(1, first.Version);
        var byEntity = await (await api.Anonymous().GetAsync($"/articles?source={source}&entity=navo")).ReadAsync<ListPage<ArticleSummaryResponse>>();
        Assert.Equal(2, byEntity.TotalCount);
        var byText = await (await api.Anonymous().GetAsync($"/articles?source={source}&q=tekst")).ReadAsync<ListPage<ArticleSummaryResponse>>();
        Assert.Equal(2, byText.TotalCount);
        Assert.Equal(2L, await api.ScalarAsync<long>($"SELECT article_count FROM article_sources WHERE source_key = '{source.ToLowerInvariant()}'"));
    }

    [Fact]
    public async Task Replaying_a_batch_stores_nothing_twice()
    {
        var source = UniqueSource();
        var posted = await api.AsEditor().CreateArticleAsync(Valid(source: source, externalId: "already-posted"));
        var batch = new[] { Draft(source, "already-posted"), Draft(source, "new", ("Dilan Yeşilgöz", EntityType.Person)), Draft(source, "new") };

        var stored = await Writer.WriteAsync(batch, CancellationToken.None);
        var again = await Writer.WriteAsync(batch, CancellationToken.None);

        Assert.Equal([batch[1].Item1], stored);
        Assert.Empty(again);
        Assert.Equal(2L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{source}'"));
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/articles/{posted.Id}")).StatusCode);
        Assert.Equal(0L, await api.ScalarAsync<long>($"SELECT count(*) FROM article_entities WHERE article_id = '{batch[2].Item1}'"));
    }
}
