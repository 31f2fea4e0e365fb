using ArticleApi.Entities;
using ArticleApi.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static ArticleApi.Tests.Entities.EntityCalls;

namespace ArticleApi.Tests.Entities;

/// <summary>A count limit so low that totals beyond the last page are estimated.</summary>
public sealed class LowCountLimitApi : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Entities:ExactCountLimit", "2")];
}

/// <summary>
/// GET /entities?prefix= as autocomplete: the service reads words' first letters by popularity tier and
/// checks the rest on each entity. Checked against aliases, read by SQL, and against the counts.
/// </summary>
public sealed class EntityAutocompleteTests(LowCountLimitApi api) : IClassFixture<LowCountLimitApi>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private async Task PostAsync(params (string Name, string Type)[] entities) =>
        await editor.CreateArticleAsync(Article("Het kabinet wil tot 2030 jaarlijks 100.000 woningen laten bouwen.", null, entities));

    /// <summary>Keys of the mentioned entities that have, for each prefix, an alias word starting with it; most mentioned first.</summary>
    private async Task<List<string>> ExpectedAsync(string[] prefixes, string? type = null)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        return [.. await connection.QueryAsync<string>("""
            SELECT e.key FROM entities e
            WHERE e.article_count > 0 AND (@Type::text IS NULL OR e.type = @Type)
              AND NOT EXISTS (SELECT 1 FROM unnest(@Prefixes::text[]) p
                              WHERE NOT EXISTS (SELECT 1 FROM entity_aliases a, regexp_split_to_table(a.alias_key, '[ -]+') w
                                                WHERE a.entity_id = e.id AND starts_with(w, p)))
            ORDER BY e.article_count DESC, e.id
            """, new { Prefixes = prefixes, Type = type })];
    }

    private async Task<List<string>> AllPagesAsync(string query, int pageSize)
    {
        var keys = new List<string>();
        for (var number = 1; ; number++)
        {
            var page = await reader.ListEntitiesAsync($"{query}&pageSize={pageSize}&page={number}");
            keys.AddRange(page.Items.Select(i => i.Key));
            Assert.True(page.TotalCount >= keys.Count + (page.HasMore ? 1 : 0));
            if (!page.HasMore)
            {
                Assert.Equal((keys.Count, false), (page.TotalCount, page.TotalCountIsEstimate));
                return keys;
            }
        }
    }

    [Fact]
    public async Task A_prefix_finds_what_the_aliases_say_in_order_page_by_page()
    {
        var tag = Tag();
        var low = tag.ToLowerInvariant();
        await PostAsync(($"Anna {tag}", "person"), ($"Pieter {tag}", "person"), ($"{tag}dorp", "location"));
        await PostAsync(($"Pieter {tag}", "person"), ($"{tag}dorp", "location"), ($"Pieter {tag}sen", "person"));
        await PostAsync(($"{tag}dorp", "location"), ($"Pieter {tag}", "person"), ($"Stichting {tag}", "organization"));
        await PostAsync(($"Pieter {tag}", "person"), ($"Van {tag} Holding", "organization"));

        foreach (var (query, prefixes, type) in new (string, string[], string?)[]
        {
            ($"prefix={low[..5]}", [low[..5]], null),
            ($"prefix={tag}", [low], null),
            ($"prefix={tag}&type=person", [low], "person"),
            ($"prefix=pieter {low[..4]}", ["pieter", low[..4]], null),
            ($"prefix={tag} PIE", [low, "pie"], null),
            ($"prefix=van {tag}", ["van", low], null),
            ($"prefix={tag}s", [low + "s"], null),
            ($"prefix={low[2..]}", [low[2..]], null),
            ($"prefix={low[..3]} pie", [low[..3], "pie"], null),
            ($"prefix={low[..2]}&type=organization", [low[..2]], "organization"),
        })
        {
            var expected = await ExpectedAsync(prefixes, type);
            var page = await reader.ListEntitiesAsync(query);
            Assert.Equal(expected, page.Items.Select(i => i.Key));
            Assert.False(page.HasMore);
            Assert.Equal(expected, await AllPagesAsync(query, pageSize: 2));
        }
        Assert.Equal(6, (await ExpectedAsync([low])).Count);
        Assert.Equal($"person:pieter-{low}", (await reader.ListEntitiesAsync($"prefix={tag}")).Items[0].Key);
    }

    [Fact]
    public async Task A_rename_or_a_merge_makes_an_entity_findable_by_the_words_it_gained()
    {
        var tag = Tag();
        var low = tag.ToLowerInvariant();
        await PostAsync(($"Pieter {tag}", "person"), ($"{tag}burg", "location"), ($"{tag}stad", "location"));

        await editor.CorrectEntityAsync($"person:pieter-{low}", new { name = $"Wladimir {tag}", type = "person" });
        await editor.CorrectEntityAsync($"location:{low}burg", new { mergeInto = $"location:{low}stad" });

        Assert.Equal([$"person:wladimir-{low}"], (await reader.ListEntitiesAsync($"prefix=wlad {tag}")).Items.Select(i => i.Key));
        // The former name's words still find it: aliases are kept.
        Assert.Equal([$"person:wladimir-{low}"], (await reader.ListEntitiesAsync($"prefix=piet {tag}")).Items.Select(i => i.Key));
        Assert.Equal([$"location:{low}stad"], (await reader.ListEntitiesAsync($"prefix={low}bu")).Items.Select(i => i.Key));
        Assert.Equal(0L, await api.ScalarAsync<long>("""
            SELECT count(*) FROM entities e
            WHERE e.words <> (SELECT coalesce(string_agg(' ' || w.word, '' ORDER BY w.word), '') FROM entity_words w WHERE w.entity_id = e.id)
            """));
    }

    [Fact]
    public async Task Order_follows_exact_counts_across_and_within_tiers_as_counts_rise_and_fall()
    {
        var tag = Tag();
        var low = tag.ToLowerInvariant();
        // Counts 5, 4, 3, 2, 1: tiers 3, 3, 2, 2, 1.
        var names = new[] { "Ada", "Bob", "Cas", "Dirk", "Eva" }.Select(n => $"{n} {tag}").ToArray();
        var articles = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var article = await editor.CreateArticleAsync(Article("Nieuws.", null, [.. names.Take(5 - i).Select(n => (n, "person"))]));
            articles.Add(article.Id);
        }
        string[] Keys(params int[] order) => [.. order.Select(i => $"person:{names[i].Split(' ')[0].ToLowerInvariant()}-{low}")];

        Assert.Equal(Keys(0, 1, 2, 3, 4), (await reader.ListEntitiesAsync($"prefix={low[..3]}")).Items.Select(i => i.Key));
        Assert.Equal(Keys(0, 1, 2, 3, 4), await AllPagesAsync($"prefix={low[..3]}", pageSize: 2));

        // Eva rises from 1 to 6 articles (tier 1 to 3), Ada falls from 5 to 1 (tier 3 to 1).
        for (var i = 0; i < 5; i++) await PostAsync(($"Eva {tag}", "person"));
        foreach (var id in articles.Take(4)) await editor.PutArticleAsync(id, Article("Nieuws.", null, [.. names.Skip(1).Take(4 - articles.IndexOf(id)).Select(n => (n, "person"))]));

        var counts = (await reader.ListEntitiesAsync($"prefix={tag}")).Items.ToDictionary(i => i.Key, i => i.ArticleCount);
        Assert.Equal(await ExpectedAsync([low]), (await reader.ListEntitiesAsync($"prefix={low[..4]}")).Items.Select(i => i.Key));
        Assert.Equal(counts.OrderByDescending(c => c.Value).Select(c => c.Value), (await reader.ListEntitiesAsync($"prefix={low[..4]}")).Items.Select(i => i.ArticleCount));
        Assert.Equal(0L, await api.ScalarAsync<long>("""
            SELECT count(*) FROM entity_prefixes p JOIN entities e ON e.id = p.entity_id WHERE p.tier <> entity_tier(e.article_count)
            """));
        Assert.Equal(0L, await api.ScalarAsync<long>("""
            SELECT count(*) FROM (
                (SELECT DISTINCT left(w.word, n) AS prefix, w.entity_id FROM entity_words w, generate_series(1, least(4, length(w.word))) n
                 EXCEPT SELECT prefix, entity_id FROM entity_prefixes)
                UNION ALL
                (SELECT prefix, entity_id FROM entity_prefixes
                 EXCEPT SELECT DISTINCT left(w.word, n), w.entity_id FROM entity_words w, generate_series(1, least(4, length(w.word))) n)) differ
            """));
    }

    [Fact]
    public async Task Past_the_exact_count_limit_the_total_is_an_estimate_no_smaller_than_what_was_listed()
    {
        var tag = Tag();
        await PostAsync(($"Anna {tag}", "person"), ($"Pieter {tag}", "person"), ($"{tag}dorp", "location"));

        var first = await reader.ListEntitiesAsync("pageSize=2");

        Assert.True(first.TotalCountIsEstimate);
        Assert.True(first.HasMore);
        Assert.True(first.TotalCount >= 3, $"totalCount {first.TotalCount}");
        Assert.Equal((first.TotalCount + 1) / 2, first.TotalPages);
        var places = await reader.ListEntitiesAsync($"type=location&pageSize={ListEntitiesRequest.MaxPageSize}");
        Assert.Equal(await api.ScalarAsync<long>("SELECT count(*) FROM entities WHERE article_count > 0 AND type = 'location'"), places.Items.Count);
        Assert.False(places.HasMore);
    }
}
