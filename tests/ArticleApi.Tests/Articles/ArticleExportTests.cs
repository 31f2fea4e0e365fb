using System.Net;
using System.Text.Json;
using ArticleApi.Articles;
using ArticleApi.Entities.Extraction;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>GET /articles/export: every match of the list's filters, as NDJSON, over as many pages as it takes.</summary>
public sealed class ArticleExportTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient reader = api.Anonymous();

    /// <summary>Articles from one new source, with published times spread over a year and some sharing a time.</summary>
    private async Task<string> BulkAsync(int count)
    {
        var source = UniqueSource("EXP");
        var drafts = Enumerable.Range(0, count).Select(i => (Guid.CreateVersion7(), ArticleDraft.From(new ArticleRequest
        {
            Source = source,
            ExternalId = $"e-{i}",
            Headline = $"Kop {i}",
            Body = $"DEN HAAG (ANP) - Tekst {i} over Mark Rutte.",
            Language = "nl",
            PublishedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i % 400 * 20),
        }, EntityExtractor.Default))).ToList();
        await api.Services.GetRequiredService<ArticleBulkWriter>().WriteAsync(drafts, CancellationToken.None);
        return source;
    }

    private async Task<List<JsonElement>> ExportAsync(string query)
    {
        var response = await reader.GetAsync($"/articles/export?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ArticlesApi.NdjsonContentType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length == 0 || text.EndsWith('\n'));
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    /// <summary>The ids GET /articles gives for the query, every page, by cursor.</summary>
    private async Task<List<Guid>> ListedAsync(string query)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = JsonDocument.Parse(await (await reader.GetAsync($"/articles?{query}&pageSize=100&count=none"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).Content.ReadAsStringAsync()).RootElement;
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        return ids;
    }

    [Fact]
    public async Task An_export_of_several_pages_holds_every_match_once_newest_first_with_its_body()
    {
        var source = await BulkAsync(1_234);

        var exported = await ExportAsync($"source={source}");

        Assert.Equal(1_234, exported.Count);
        var ids = exported.Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(await ListedAsync($"source={source}"), ids);
        Assert.All(exported, a => Assert.StartsWith("DEN HAAG (ANP) - Tekst", a.GetProperty("body").GetString()));
        Assert.Contains(exported[0].GetProperty("entities").EnumerateArray(), e => e.GetProperty("key").GetString() == "person:mark-rutte");
    }

    [Fact]
    public async Task Every_list_filter_applies()
    {
        var source = await BulkAsync(300);

        foreach (var query in new[]
        {
            $"source={source}&from=2025-06-01&to=2025-09-01",
            $"source={source}&entity=Mark%20Rutte&to=2025-03-01",
            $"source={source}&q=tekst&language=nl&from=2025-08-01",
            $"source={source}&dateline=den%20haag&to=2025-02-01",
        })
        {
            var exported = (await ExportAsync(query)).Select(a => a.GetProperty("id").GetGuid()).ToList();
            Assert.NotEmpty(exported);
            Assert.Equal(await ListedAsync(query), exported);
        }
        Assert.Empty(await ExportAsync($"source={source}&entity=NoSuchEntityAnywhere"));
        Assert.Empty(await ExportAsync($"source={UniqueSource()}"));
    }

    [Fact]
    public async Task Each_exported_article_has_what_GET_by_id_answers_entities_with_their_origin_and_count_included()
    {
        var source = UniqueSource("EXP");
        var created = await api.AsEditor().CreateArticleAsync(Sample(source));

        var exported = Assert.Single(await ExportAsync($"source={source}"));

        var article = JsonDocument.Parse(await reader.GetStringAsync($"/articles/{created.Id}")).RootElement;
        foreach (var field in new[] { "id", "source", "externalId", "headline", "summary", "body", "dateline", "datelinePlace", "language", "byline", "url", "publishedAt", "entities", "version", "createdAt", "updatedAt" })
            Assert.Equal(article.GetProperty(field).GetRawText(), exported.GetProperty(field).GetRawText());
        Assert.Contains(exported.GetProperty("entities").EnumerateArray(), e => e.GetProperty("origin").GetString() == "extracted");
        Assert.Contains(exported.GetProperty("entities").EnumerateArray(), e => e.GetProperty("count").GetInt32() > 1);
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("pageSize=10", "pageSize")]
    [InlineData("entityType=planet", "entityType")]
    public async Task Bad_filters_answer_400_naming_them(string query, string field)
    {
        await (await reader.GetAsync($"/articles/export?{query}")).ReadFieldErrorAsync(field);
    }
}
