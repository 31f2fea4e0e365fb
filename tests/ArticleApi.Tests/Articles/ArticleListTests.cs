using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>GET /articles: order, paging and every filter, alone and combined.</summary>
public sealed class ArticleListTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private async Task<ListPage<ArticleSummaryResponse>> ListAsync(string query) =>
        await (await reader.GetAsync($"/articles?{query}")).ReadAsync<ListPage<ArticleSummaryResponse>>();

    private async Task<ArticleResponse> PostAsync(string source, string publishedAt, params string[] entities)
    {
        var article = Valid(source: source, publishedAt: publishedAt);
        article["entities"] = new JsonArray(entities.Select(e => (JsonNode)Entity(e, "other")).ToArray());
        return await editor.CreateArticleAsync(article);
    }

    [Fact]
    public async Task Lists_newest_first_and_breaks_ties_by_id_so_pages_never_repeat_or_skip()
    {
        var source = UniqueSource();
        var created = new List<ArticleResponse>();
        for (var i = 0; i < 25; i++)
            created.Add(await PostAsync(source, $"2025-03-{10 + i % 4:00}T12:00:00Z")); // many share a timestamp

        var pages = new List<ArticleSummaryResponse>();
        for (var page = 1; page <= 4; page++)
        {
            var result = await ListAsync($"source={source}&pageSize=7&page={page}");
            Assert.Equal(page, result.Page);
            Assert.Equal(7, result.PageSize);
            Assert.Equal(25, result.TotalCount);
            Assert.Equal(4, result.TotalPages);
            pages.AddRange(result.Items);
        }

        var expected = created.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id.ToString()).Select(a => a.Id);
        Assert.Equal(expected, pages.Select(a => a.Id));
    }

    [Fact]
    public async Task Defaults_to_page_1_of_20_and_a_page_past_the_end_is_empty()
    {
        var source = UniqueSource();
        for (var i = 0; i < 3; i++) await PostAsync(source, "2025-03-10T12:00:00Z");

        var first = await ListAsync($"source={source}");
        Assert.Equal((1, 20, 3L, 1L), (first.Page, first.PageSize, first.TotalCount, first.TotalPages));

        var beyond = await ListAsync($"source={source}&page=5");
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.TotalCount);
    }

    [Fact]
    public async Task An_empty_result_has_zero_pages()
    {
        var result = await ListAsync($"source={UniqueSource()}");
        Assert.Equal((0L, 0L), (result.TotalCount, result.TotalPages));
    }

    [Fact]
    public async Task List_items_carry_everything_but_the_body()
    {
        var source = UniqueSource();
        var created = await PostAsync(source, "2025-03-10T12:00:00Z", "Den Haag");

        var json = JsonNode.Parse(await (await reader.GetAsync($"/articles?source={source}")).Content.ReadAsStringAsync())!;
        var item = json["items"]![0]!.AsObject();

        Assert.False(item.ContainsKey("body"));
        Assert.Equal(created.Id.ToString(), (string?)item["id"]);
        Assert.Equal("Den Haag", (string?)item["entities"]![0]!["name"]);
        Assert.Equal(["items", "page", "pageSize", "totalCount", "totalCountIsEstimate", "totalPages", "nextCursor"],
            json.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData("İSTA")]
    [InlineData("ÄNP")]
    [InlineData("Ωmega")]
    public async Task Sources_outside_ASCII_fold_the_same_on_write_and_read(string source)
    {
        var unique = $"{source}-{Guid.NewGuid():N}"[..20];
        var article = await PostAsync(unique, "2025-03-10T12:00:00Z");

        Assert.Equal([article.Id], (await ListAsync($"source={Uri.EscapeDataString(unique)}")).Items.Select(i => i.Id));
        Assert.Equal([article.Id], (await ListAsync($"source={Uri.EscapeDataString(unique.ToLowerInvariant())}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Source_matches_case_insensitively_and_repeated_sources_match_any_of_them()
    {
        var anp = UniqueSource("ANP");
        var reuters = UniqueSource("Reuters");
        var a = await PostAsync(anp, "2025-03-10T12:00:00Z");
        var r = await PostAsync(reuters, "2025-03-11T12:00:00Z");
        await PostAsync(UniqueSource("AP"), "2025-03-12T12:00:00Z");

        Assert.Equal([a.Id], (await ListAsync($"source={anp.ToLowerInvariant()}")).Items.Select(i => i.Id));
        Assert.Equal([r.Id, a.Id], (await ListAsync($"source={anp}&source={reuters.ToUpperInvariant()}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task From_is_inclusive_and_a_date_time_to_is_exclusive()
    {
        var source = UniqueSource();
        var before = await PostAsync(source, "2025-03-01T08:59:59.999999Z");
        var atFrom = await PostAsync(source, "2025-03-01T09:00:00Z");
        var inside = await PostAsync(source, "2025-03-01T09:30:00Z");
        var atTo = await PostAsync(source, "2025-03-01T10:00:00Z");

        var result = await ListAsync($"source={source}&from=2025-03-01T09:00:00Z&to=2025-03-01T10:00:00Z");

        Assert.Equal([inside.Id, atFrom.Id], result.Items.Select(i => i.Id));
        Assert.DoesNotContain(before.Id, result.Items.Select(i => i.Id));
        Assert.DoesNotContain(atTo.Id, result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Date_only_bounds_are_whole_UTC_days_and_to_includes_its_last_microsecond()
    {
        var source = UniqueSource();
        await PostAsync(source, "2025-02-28T23:59:59.999999Z");
        var firstMoment = await PostAsync(source, "2025-03-01T00:00:00Z");
        var lastMoment = await PostAsync(source, "2025-03-02T23:59:59.999999Z");
        await PostAsync(source, "2025-03-03T00:00:00Z");

        var result = await ListAsync($"source={source}&from=2025-03-01&to=2025-03-02");

        Assert.Equal([lastMoment.Id, firstMoment.Id], result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_single_day_is_from_and_to_the_same_date()
    {
        var source = UniqueSource();
        var inDay = await PostAsync(source, "2025-03-05T13:00:00Z");
        await PostAsync(source, "2025-03-06T00:00:00Z");

        Assert.Equal([inDay.Id], (await ListAsync($"source={source}&from=2025-03-05&to=2025-03-05")).Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("from=2025-03-01T10:00:00%2B01:00")]
    [InlineData("from=2025-03-01T10:00:00+01:00")] // an unencoded '+' arrives as a space
    [InlineData("from=2025-03-01T09:00:00Z")]
    public async Task Date_times_with_an_offset_mean_that_instant(string from)
    {
        var source = UniqueSource();
        await PostAsync(source, "2025-03-01T08:59:00Z");
        var after = await PostAsync(source, "2025-03-01T09:00:00Z");

        Assert.Equal([after.Id], (await ListAsync($"source={source}&{from}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Repeated_entities_must_all_be_mentioned()
    {
        var source = UniqueSource();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var both = await PostAsync(source, "2025-03-10T12:00:00Z", $"Rutte {tag}", $"NAVO {tag}");
        var one = await PostAsync(source, "2025-03-11T12:00:00Z", $"Rutte {tag}");
        await PostAsync(source, "2025-03-12T12:00:00Z", $"NAVO {tag}x");

        Assert.Equal([one.Id, both.Id], (await ListAsync($"entity=Rutte {tag}")).Items.Select(i => i.Id));
        Assert.Equal([both.Id], (await ListAsync($"entity=Rutte {tag}&entity=NAVO {tag}")).Items.Select(i => i.Id));
        Assert.Equal([both.Id], (await ListAsync($"entity=Rutte {tag}&entity=navo {tag}&entity=Rutte {tag}")).Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("oekraine")]
    [InlineData("OEKRAÏNE")]
    [InlineData("Oekraïne")]
    [InlineData("Oekrai%CC%88ne")] // decomposed: i followed by a combining diaeresis
    public async Task Entity_matching_ignores_case_and_accents(string entity)
    {
        var source = UniqueSource();
        var article = await PostAsync(source, "2025-03-10T12:00:00Z", "Oekraïne");

        Assert.Equal([article.Id], (await ListAsync($"source={source}&entity={entity}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Entity_matching_is_on_the_whole_name_not_a_part_of_it()
    {
        var source = UniqueSource();
        await PostAsync(source, "2025-03-10T12:00:00Z", "Keir Starmer");

        Assert.Empty((await ListAsync($"source={source}&entity=Starmer")).Items);
    }

    [Fact]
    public async Task Language_filters_by_ISO_code_in_any_case()
    {
        var source = UniqueSource();
        var dutch = await PostAsync(source, "2025-03-10T12:00:00Z");
        var english = Valid(source: source, publishedAt: "2025-03-11T12:00:00Z");
        english["language"] = "en";
        var en = await editor.CreateArticleAsync(english);

        Assert.Equal([en.Id], (await ListAsync($"source={source}&language=EN")).Items.Select(i => i.Id));
        Assert.Equal([dutch.Id], (await ListAsync($"source={source}&language=nl")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_sample_is_found_by_source_entity_and_date_together()
    {
        var sample = await editor.CreateArticleAsync(Sample(source: "ANP"));
        await editor.CreateArticleAsync(Sample(source: "Reuters"));
        var older = Sample(source: "ANP");
        older["publishedAt"] = "2025-02-20T10:00:00Z";
        await editor.CreateArticleAsync(older);

        var result = await ListAsync("source=anp&entity=Keir%20Starmer&from=2025-03-01");

        Assert.Equal([sample.Id], result.Items.Select(i => i.Id));
        Assert.Equal("Voorbereiding vredesmissie Oekraïne gaat volgende fase in", result.Items[0].Headline);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize", "between 1 and 100")]
    [InlineData("pageSize=1000", "pageSize", "between 1 and 100")]
    [InlineData("pageSize=ten", "pageSize", "whole number")]
    [InlineData("page=-1", "page", "greater than or equal to '1'")]
    [InlineData("page=0", "page", "greater than or equal to '1'")]
    [InlineData("page=99999999999", "page", "whole number")]
    [InlineData("page=1&page=2", "page", "given 2 times")]
    [InlineData("q=oekraine&q=starmer", "q", "given 2 times")]
    [InlineData("language=nl&language=en", "language", "given 2 times")]
    [InlineData("from=yesterday", "from", "RFC 3339")]
    [InlineData("from=2025-03-01T10:00:00", "from", "RFC 3339")]
    [InlineData("to=2025-02-30", "to", "RFC 3339")]
    [InlineData("from=2025-03-02&to=2025-03-01", "from", "earlier than 'to'")]
    [InlineData("from=2025-03-01T10:00:00Z&to=2025-03-01T10:00:00Z", "from", "earlier than 'to'")]
    [InlineData("to=9999-12-31", "to", "RFC 3339")]
    [InlineData("from=9999-12-31&to=9999-12-31", "from", "RFC 3339")]
    [InlineData("language=dutch", "language", "ISO 639-1")]
    [InlineData("language=", "language", "ISO 639-1")]
    [InlineData("source=", "source", "must not be empty")]
    [InlineData("entity=", "entity", "must not be empty")]
    [InlineData("sources=ANP", "sources", "Unknown query parameter")]
    [InlineData("query=oekraine", "query", "Unknown query parameter")]
    public async Task Invalid_parameters_answer_400_naming_the_parameter(string query, string parameter, string message)
    {
        var response = await reader.GetAsync($"/articles?{query}");

        Assert.Contains(message, await response.ReadFieldErrorAsync(parameter));
    }

    [Theory]
    [InlineData("from=0002-01-01&to=9998-12-31")]
    [InlineData("from=0001-01-01T00:00:00Z")]
    [InlineData("to=9999-12-31T23:59:59.999999Z")]
    [InlineData("from=1970-01-01T00:00:00-14:00")]
    public async Task The_widest_date_bounds_still_answer(string query)
    {
        var source = UniqueSource();
        var article = await PostAsync(source, "2025-03-10T12:00:00Z");

        Assert.Equal([article.Id], (await ListAsync($"source={source}&{query}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Query_parameter_names_are_case_insensitive_like_ASP_NET_binding()
    {
        var source = UniqueSource();
        var article = await PostAsync(source, "2025-03-10T12:00:00Z");

        Assert.Equal([article.Id], (await ListAsync($"Source={source}&PAGESIZE=5")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Other_endpoints_reject_query_parameters_they_do_not_take()
    {
        var article = await PostAsync(UniqueSource(), "2025-03-10T12:00:00Z");

        Assert.Contains("Known parameters: format.", await (await reader.GetAsync($"/articles/{article.Id}?fields=body")).ReadFieldErrorAsync("fields"));
    }

    [Fact]
    public async Task SQL_in_filter_values_is_only_ever_a_value()
    {
        var source = UniqueSource();
        await PostAsync(source, "2025-03-10T12:00:00Z");

        var result = await ListAsync($"source={source}' OR '1'='1&entity=x'); DROP TABLE articles; --");

        Assert.Empty(result.Items);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles?source={source}")).StatusCode);
    }
}
