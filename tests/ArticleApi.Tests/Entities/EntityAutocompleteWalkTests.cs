using ArticleApi.Entities;
using ArticleApi.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static ArticleApi.Tests.Entities.EntityCalls;

namespace ArticleApi.Tests.Entities;

/// <summary>Limits so low that every prefix takes the way common prefixes take, and every total is estimated.</summary>
public sealed class WalkingEveryPrefixApi : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Entities:PrefixLookupLimit", "1"), ("Entities:ExactCountLimit", "2")];
}

/// <summary>
/// GET /entities for prefixes that start many words: the service walks the most mentioned entities and
/// keeps those whose words (kept beside them) start each typed word. Checked against aliases, read by SQL.
/// </summary>
public sealed class EntityAutocompleteWalkTests(WalkingEveryPrefixApi api) : IClassFixture<WalkingEveryPrefixApi>
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
            Assert.True(page.TotalCountIsEstimate || page.Items.Count == 0);
            Assert.True(page.TotalCount >= keys.Count + (page.HasMore ? 1 : 0));
            if (!page.HasMore) return keys;
        }
    }

    [Fact]
    public async Task A_walked_prefix_finds_what_the_aliases_say_in_order_page_by_page()
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
