using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>Cursor and page-number paging, Link headers, counts and the fields items carry.</summary>
public sealed class ArticlePagingTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private async Task<(JsonObject Page, HttpResponseMessage Response)> GetAsync(string pathAndQuery)
    {
        var response = await reader.GetAsync(pathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (JsonNode.Parse(body)!.AsObject(), response);
    }

    private static List<string> Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(i => (string)i!["id"]!)];

    private async Task<List<string>> PostManyAsync(string source, int count, int startDay = 1)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var article = Valid(source: source, publishedAt: $"2025-03-{startDay + i % 5:00}T12:00:00Z"); // ties on purpose
            article["headline"] = $"Kabinet bespreekt begroting {i}";
            ids.Add((await editor.CreateArticleAsync(article)).Id.ToString());
        }
        return ids;
    }

    private static string? LinkTo(HttpResponseMessage response, string rel) =>
        response.Headers.TryGetValues("Link", out var values)
            ? values.SelectMany(v => v.Split(", <")).Select(l => l.TrimStart('<'))
                .FirstOrDefault(l => l.EndsWith($"rel=\"{rel}\"", StringComparison.Ordinal))?.Split('>')[0]
            : null;

    [Theory]
    [InlineData("")]
    [InlineData("&sort=oldest")]
    [InlineData("&q=begroting&sort=relevance")]
    public async Task Following_nextCursor_visits_every_article_once_in_order(string sort)
    {
        var source = UniqueSource();
        await PostManyAsync(source, 11);
        var everything = Ids((await GetAsync($"/articles?source={source}&pageSize=100{sort}")).Page);

        var visited = new List<string>();
        var (page, _) = await GetAsync($"/articles?source={source}&pageSize=3{sort}");
        visited.AddRange(Ids(page));
        while (page["nextCursor"] is { } cursor)
        {
            (page, _) = await GetAsync($"/articles?source={source}&pageSize=3{sort}&cursor={cursor}");
            Assert.Null(page["page"]);
            visited.AddRange(Ids(page));
        }

        Assert.Equal(11, everything.Count);
        Assert.Equal(everything, visited);
    }

    [Fact]
    public async Task Articles_arriving_between_pages_never_repeat_or_hide_what_the_cursor_already_passed()
    {
        var source = UniqueSource();
        var original = await PostManyAsync(source, 9, startDay: 10);
        var (page, _) = await GetAsync($"/articles?source={source}&pageSize=4");
        var visited = Ids(page);

        // Meanwhile: newer articles (before the cursor, so never shown), and one older than all (still ahead).
        await PostManyAsync(source, 3, startDay: 20);
        var late = Valid(source: source, publishedAt: "2025-01-01T00:00:00Z");
        var older = (await editor.CreateArticleAsync(late)).Id.ToString();

        while (page["nextCursor"] is { } cursor)
        {
            (page, _) = await GetAsync($"/articles?source={source}&pageSize=4&cursor={cursor}");
            visited.AddRange(Ids(page));
        }

        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.Equal(original.Append(older).Order(), visited.Order());
    }

    [Fact]
    public async Task Paging_by_cursor_while_editors_post_concurrently_shows_each_original_article_exactly_once()
    {
        var source = UniqueSource();
        var original = await PostManyAsync(source, 30, startDay: 10);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var day = 0;
            while (!stop.IsCancellationRequested)
            {
                // Some land before every cursor position, some after it, some in the same second as others.
                var publishedAt = (day++ % 3) switch
                {
                    0 => "2025-04-01T12:00:00Z",
                    1 => "2025-03-12T12:00:00Z",
                    _ => "2025-01-01T12:00:00Z",
                };
                await editor.PostArticleAsync(Valid(source: source, publishedAt: publishedAt));
            }
        });

        var visited = new List<string>();
        var (page, _) = await GetAsync($"/articles?source={source}&pageSize=4&count=none");
        visited.AddRange(Ids(page));
        while (page["nextCursor"] is { } cursor)
        {
            (page, _) = await GetAsync($"/articles?source={source}&pageSize=4&count=none&cursor={cursor}");
            visited.AddRange(Ids(page));
        }
        await stop.CancelAsync();
        await writer;

        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.All(original, id => Assert.Contains(id, visited));
    }

    [Fact]
    public async Task The_Link_header_points_to_the_next_and_previous_pages()
    {
        var source = UniqueSource();
        await PostManyAsync(source, 7);

        var (first, firstResponse) = await GetAsync($"/articles?source={source}&pageSize=3");
        var next = LinkTo(firstResponse, "next");
        Assert.Null(LinkTo(firstResponse, "prev"));
        Assert.Contains("page=2", next);

        var (second, secondResponse) = await GetAsync(next!);
        Assert.Equal(2, (int)second["page"]!);
        Assert.Contains("page=1", LinkTo(secondResponse, "prev"));

        var (_, cursorResponse) = await GetAsync($"/articles?source={source}&pageSize=3&cursor={first["nextCursor"]}");
        Assert.Contains("cursor=", LinkTo(cursorResponse, "next"));
        Assert.Null(LinkTo(cursorResponse, "prev"));
    }

    [Fact]
    public async Task The_last_page_has_no_next_cursor_or_link()
    {
        var source = UniqueSource();
        await PostManyAsync(source, 2);

        var (page, response) = await GetAsync($"/articles?source={source}&pageSize=2");

        Assert.Null(page["nextCursor"]);
        Assert.Null(LinkTo(response, "next"));
    }

    [Fact]
    public async Task A_tampered_cursor_is_a_400_not_a_wrong_page()
    {
        var source = UniqueSource();
        await PostManyAsync(source, 3);
        var cursor = (string)(await GetAsync($"/articles?source={source}&pageSize=1")).Page["nextCursor"]!;
        var tampered = cursor[..10] + (cursor[10] == 'A' ? 'B' : 'A') + cursor[11..];

        foreach (var query in new[]
        {
            $"source={source}&cursor={tampered}",
            $"source={source}&cursor=garbage",
            $"source={source}&cursor={cursor}x",
            $"source={UniqueSource()}&cursor={cursor}",
            $"source={source}&sort=oldest&cursor={cursor}",
        })
        {
            Assert.Contains("not valid here", await (await reader.GetAsync($"/articles?{query}")).ReadFieldErrorAsync("cursor"));
        }
        Assert.Contains("not both", await (await reader.GetAsync($"/articles?source={source}&page=2&cursor={cursor}")).ReadFieldErrorAsync("cursor"));
    }

    [Fact]
    public async Task A_cursor_does_not_depend_on_page_size_or_fields()
    {
        var source = UniqueSource();
        var ids = await PostManyAsync(source, 4);
        var all = Ids((await GetAsync($"/articles?source={source}")).Page);
        var cursor = (string)(await GetAsync($"/articles?source={source}&pageSize=1")).Page["nextCursor"]!;

        var (rest, _) = await GetAsync($"/articles?source={source}&pageSize=10&fields=id&cursor={cursor}");

        Assert.Equal(all.Skip(1), Ids(rest));
    }

    [Fact]
    public async Task Counting_can_be_skipped()
    {
        var source = UniqueSource();
        await PostManyAsync(source, 3);

        var (page, _) = await GetAsync($"/articles?source={source}&count=none&pageSize=2");

        Assert.Null(page["totalCount"]);
        Assert.Null(page["totalPages"]);
        Assert.NotNull(page["nextCursor"]);
    }

    [Fact]
    public async Task Fields_choose_what_items_carry()
    {
        var source = UniqueSource();
        await PostManyAsync(source, 1);

        var (page, _) = await GetAsync($"/articles?source={source}&fields=id,headline&fields=publishedAt,body");
        var item = page["items"]![0]!.AsObject();

        Assert.Equal(["id", "headline", "body", "publishedAt"], item.Select(p => p.Key));
        Assert.StartsWith("DEN HAAG (ANP)", (string)item["body"]!);
    }

    [Fact]
    public async Task Asked_for_fields_that_are_null_are_written_as_null()
    {
        var source = UniqueSource();
        var article = Valid(source: source);
        article.Remove("summary");
        await editor.CreateArticleAsync(article);

        var item = (await GetAsync($"/articles?source={source}&fields=id,summary")).Page["items"]![0]!.AsObject();

        Assert.True(item.ContainsKey("summary"));
        Assert.Null(item["summary"]);
    }

    [Fact]
    public async Task Unknown_fields_are_named_with_the_known_ones()
    {
        var message = await (await reader.GetAsync("/articles?fields=id,title")).ReadFieldErrorAsync("fields");

        Assert.Contains("'title'", message);
        Assert.Contains("headline", message);
    }
}

/// <summary>Limits set low, so the strategies beyond them can be seen with a handful of articles.</summary>
public sealed class LowListLimitsFactory : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Lists:ExactCountLimit", "5"), ("Lists:FacetSampleSize", "4"), ("Lists:MaxPageNumberOffset", "6"), ("Lists:RelevanceWindow", "4")];
}

public sealed class ListLimitTests(LowListLimitsFactory api) : IClassFixture<LowListLimitsFactory>
{
    [Fact]
    public async Task Counting_is_exact_when_free_estimated_otherwise_and_bounded_when_asked_for_exactly()
    {
        var editor = api.AsEditor();
        var source = UniqueSource();
        for (var i = 0; i < 8; i++) await editor.CreateArticleAsync(Valid(source: source, publishedAt: $"2025-03-0{i + 1}T10:00:00Z"));
        async Task<(int Count, bool Estimate)> CountAsync(string query)
        {
            var page = JsonNode.Parse(await api.Anonymous().GetStringAsync($"/articles?source={source}&{query}"))!;
            return ((int)page["totalCount"]!, (bool)page["totalCountIsEstimate"]!);
        }

        Assert.Equal((8, false), await CountAsync("language=nl")); // all on the first page
        Assert.Equal((8, false), await CountAsync("pageSize=2")); // only sources: from the statistics
        Assert.Equal((4, false), await CountAsync("to=2025-03-04&pageSize=2&count=exact"));
        Assert.Equal((8, false), await CountAsync("language=nl&pageSize=2&page=4")); // last page: exact by arithmetic

        await api.ScalarAsync<int>("ANALYZE articles; SELECT 1"); // the planner now knows the 8 rows
        Assert.Equal((8, true), await CountAsync("language=nl&pageSize=2"));
        Assert.Equal((8, true), await CountAsync("language=nl&pageSize=2&count=exact")); // beyond the limit of 5
    }

    [Fact]
    public async Task An_estimate_never_claims_fewer_articles_than_were_seen()
    {
        var editor = api.AsEditor();
        var source = UniqueSource();
        for (var i = 0; i < 7; i++) await editor.CreateArticleAsync(Valid(source: source, publishedAt: $"2024-06-0{i + 1}T10:00:00Z"));

        // Not analysed since these rows arrived, so the planner's guess for this source is stale and low.
        var page = JsonNode.Parse(await api.Anonymous().GetStringAsync($"/articles?source={source}&language=nl&pageSize=2&page=3"))!;

        Assert.True((bool)page["totalCountIsEstimate"]!);
        Assert.True((int)page["totalCount"]! >= 7, page.ToJsonString()); // page 3 of 2 with more to come: at least 4 + 2 + 1
    }

    [Fact]
    public async Task Page_numbers_stop_at_the_depth_limit_and_point_to_the_cursor()
    {
        var reader = api.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/articles?page=4&pageSize=2")).StatusCode);
        Assert.Contains("cursor", await (await reader.GetAsync("/articles?page=5&pageSize=2")).ReadFieldErrorAsync("page"));
    }

    [Fact]
    public async Task Relevance_pages_keep_ranking_the_first_pages_matches_while_newer_ones_arrive()
    {
        var editor = api.AsEditor();
        var reader = api.Anonymous();
        var source = UniqueSource();
        async Task<Guid> PostAsync(string day)
        {
            var article = Valid(source: source, publishedAt: $"2025-05-{day}T10:00:00Z");
            article["headline"] = "Waterschap waarschuwt voor hoogwater";
            return (await editor.CreateArticleAsync(article)).Id;
        }
        var original = new List<Guid>();
        foreach (var day in new[] { "01", "02", "03", "04", "05", "06" }) original.Add(await PostAsync(day));
        var ranked = original[2..]; // the window of 4: the newest matches, equal in rank, so newest first
        var query = $"/articles?source={source}&q=hoogwater&sort=relevance&pageSize=2";

        var first = JsonNode.Parse(await reader.GetStringAsync(query))!;
        foreach (var day in new[] { "10", "11", "12" }) await PostAsync(day);
        var second = JsonNode.Parse(await reader.GetStringAsync($"{query}&cursor={first["nextCursor"]}"))!;

        var visited = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => Guid.Parse((string)i!["id"]!));
        Assert.Equal(Enumerable.Reverse(ranked), visited);
    }
}
