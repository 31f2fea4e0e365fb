using ArticleApi.Articles.History;
using ArticleApi.Articles;
using ArticleApi.Bench.Generator;
using ArticleApi.Database;
using ArticleApi.Entities;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleApi.Bench.Scenarios;

/// <summary>
/// The scenarios of issue 3, with values taken from the loaded data, each with the exact SQL the API
/// runs for it: built by the API's own request → search → repository code.
/// </summary>
public sealed class ScenarioBuilder(NpgsqlDataSource dataSource)
{
    private readonly ArticleRepository articles = new(dataSource, new ReadDataSource(dataSource), Options.Create(new ListLimits()));
    private readonly CursorProtector cursors = new(new ArticleRepository(dataSource, new ReadDataSource(dataSource), Options.Create(new ListLimits())), new ConfigurationBuilder().Build());

    public async Task<IReadOnlyList<Scenario>> BuildAsync()
    {
        var generator = new ArticleGenerator();
        var popular = generator.PopularEntity;
        var rare = generator.RareEntity;
        var word = generator.CommonWord("nl");
        await using var connection = await dataSource.OpenConnectionAsync();
        var rareMonth = await connection.ExecuteScalarAsync<DateTime>("""
            SELECT date_trunc('month', max(m.published_at) AT TIME ZONE 'UTC')
            FROM article_entities m JOIN entities e ON e.id = m.entity_id WHERE e.name = @rare
            """, new { rare });
        var monthFrom = $"{rareMonth:yyyy-MM-dd}";
        var monthTo = $"{rareMonth.AddMonths(1).AddDays(-1):yyyy-MM-dd}";

        var scenarios = new List<Scenario>
        {
            await ListAsync("latest", "The 20 newest articles", new ListArticlesRequest()),
            await ListAsync("source", "The 20 newest from ANP, the largest source (35 %)", new ListArticlesRequest { Source = ["ANP"] }),
            await ListAsync("common-entity", $"The 20 newest mentioning '{popular}', in ~2.8 % of articles",
                new ListArticlesRequest { Entity = [popular] }),
            await ListAsync("rare-entity-month", $"'{rare}' (a few dozen articles) within {monthFrom} – {monthTo}",
                new ListArticlesRequest { Entity = [rare], From = monthFrom, To = monthTo }),
            await ListAsync("source-entity-year", $"ANP and '{popular}' within 2024",
                new ListArticlesRequest { Source = ["ANP"], Entity = [popular], From = "2024-01-01", To = "2024-12-31" }),
            await ListAsync("fulltext", $"q={word}: a Dutch word in ~1.4 % of articles, newest first",
                new ListArticlesRequest { Q = word }),
            await ListAsync("page-10000", "Page 501 of 20 (10,000 deep) by page number", new ListArticlesRequest { Page = 501 }),
            await CursorAsync("cursor-10000", "10,000 deep by cursor", 10_000),
            await CursorAsync("cursor-100000", "100,000 deep by cursor", 100_000),
            await ByIdAsync(connection),
            await ChangesAsync(connection),
            await EntityPrefixesAsync(connection),
            await EntityNamePrefixesAsync(connection),
            EntitiesMostMentioned(),
        };
        return scenarios;
    }

    private async Task<Scenario> ListAsync(string name, string description, ListArticlesRequest request, ListCursor? after = null, string? cursor = null)
    {
        var search = await ArticlesApi.SearchAsync(request, after, articles, CancellationToken.None)
            ?? throw new InvalidOperationException($"Scenario {name} matches nothing.");
        var statements = new List<(string Sql, DynamicParameters Parameters)>();
        if (search.Filter.EntityKeys is { } keys)
            statements.Add(ArticleRepository.EntityIdsCommand(keys, search.Filter.EntityType));
        var (sql, query, _) = articles.ListCommand(search);
        // One round trip holds the page and the count; pgbench and PREPARE want them one by one.
        statements.AddRange(sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (s, query.Parameters)));
        return new Scenario(name, description, "/articles" + QueryString(request, cursor), [statements]);
    }

    private async Task<Scenario> CursorAsync(string name, string description, int depth)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var (publishedAt, id) = await connection.QuerySingleAsync<(DateTime, Guid)>(
            "SELECT published_at, id FROM articles ORDER BY published_at DESC, id DESC OFFSET @skip LIMIT 1", new { skip = depth - 1 });
        var request = new ListArticlesRequest();
        var after = new ListCursor(ArticleSort.Newest, publishedAt, id, null);
        var cursor = await cursors.ProtectAsync(after, request.CursorScope(), CancellationToken.None);
        return await ListAsync(name, description, request with { Cursor = cursor }, after, cursor);
    }

    private static async Task<Scenario> ByIdAsync(NpgsqlConnection connection)
    {
        var ids = (await connection.QueryAsync<Guid>("SELECT id FROM articles ORDER BY md5(id::text) LIMIT 50")).ToList();
        return new Scenario("by-id", "One article by id, body included (50 ids in turn)", $"/articles/{ids[0]}",
            [.. ids.Select(id => (IReadOnlyList<(string, DynamicParameters)>)[(ArticleRepository.SelectById, Parameters(("Id", id)))])],
            [.. ids.Select(id => $"/articles/{id}")]);
    }

    // A mirror catching up: 100 changes from half-way through the feed.
    private static async Task<Scenario> ChangesAsync(NpgsqlConnection connection)
    {
        var (txid, seq) = await connection.QuerySingleAsync<(string, long)>(
            "SELECT txid::text, seq FROM article_changes ORDER BY txid, seq OFFSET (SELECT count(*) / 2 FROM article_changes) LIMIT 1");
        var after = new ChangeCursor(ulong.Parse(txid), seq);
        return new Scenario("changes", "The change feed: 100 changes from half-way through it", $"/articles/changes?after={after}&limit=100",
            [[(ArticleHistoryRepository.ListChanges, ArticleHistoryRepository.ChangesParameters(after, 101))]]);
    }

    // Autocomplete as a user types: the first two to four letters of names the articles mention, in turn.
    private static Task<Scenario> EntityPrefixesAsync(NpgsqlConnection connection) => AutocompleteAsync(connection,
        "entities-prefix", "Autocomplete: entities whose words start with 2–4 letters (50 prefixes in turn)", """
            SELECT left(word, 2 + (hashtext(word) & 1) + (hashtext(word) >> 1 & 1))
            FROM (SELECT DISTINCT w.word FROM entity_words w JOIN entities e ON e.id = w.entity_id
                  WHERE e.article_count > 0 AND length(w.word) >= 4) words
            ORDER BY md5(word) LIMIT 50
            """);

    // Autocomplete further on: a whole first word, then the start of the next ("willem ve", "van der p").
    private static Task<Scenario> EntityNamePrefixesAsync(NpgsqlConnection connection) => AutocompleteAsync(connection,
        "entities-name-prefix", "Autocomplete: a name's first word and 1–3 letters of the next (50 in turn)", """
            SELECT words[1] || ' ' || left(words[2], 1 + (hashtext(name) & 1) + (hashtext(name) >> 1 & 1))
            FROM (SELECT name, string_to_array(lower(name), ' ') AS words FROM entities
                  WHERE article_count > 0 AND name ~ '^[A-Za-z]+ [A-Za-z]{3}') named
            ORDER BY md5(name) LIMIT 50
            """);

    /// <summary>GET /entities?prefix= for each prefix the query picks, in turn.</summary>
    private static async Task<Scenario> AutocompleteAsync(NpgsqlConnection connection, string name, string description, string pickPrefixes)
    {
        var prefixes = (await connection.QueryAsync<string>(pickPrefixes)).ToList();
        var requests = prefixes
            .Select(p => EntityRepository.ListCommand(new ListEntitiesRequest { Prefix = p }.Prefixes(), null, ListEntitiesRequest.DefaultPageSize + 1, 0, new EntityListLimits()))
            .Select(c => Statements(c.Sql, c.Parameters))
            .ToList();
        var paths = prefixes.Select(p => $"/entities?prefix={Uri.EscapeDataString(p)}").ToList();
        return new Scenario(name, description, paths[0], requests, paths);
    }

    private static Scenario EntitiesMostMentioned()
    {
        var (sql, parameters) = EntityRepository.ListCommand([], null, ListEntitiesRequest.DefaultPageSize + 1, 0, new EntityListLimits());
        return new Scenario("entities-top", "The 20 most mentioned entities, with a total counted up to 1,000 then estimated", "/entities",
            [Statements(sql, parameters)]);
    }

    // pgbench runs one statement per line: a batch becomes its statements, sharing the parameters.
    private static IReadOnlyList<(string, DynamicParameters)> Statements(string sql, DynamicParameters parameters) =>
        [.. sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (s, parameters))];

    private static DynamicParameters Parameters(params (string Name, object Value)[] values)
    {
        var parameters = new DynamicParameters();
        foreach (var (name, value) in values) parameters.Add(name, value);
        return parameters;
    }

    private static string QueryString(ListArticlesRequest request, string? cursor)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        foreach (var source in request.Source ?? []) Add("source", source);
        foreach (var entity in request.Entity ?? []) Add("entity", entity);
        Add("from", request.From);
        Add("to", request.To);
        Add("q", request.Q);
        Add("page", request.Page?.ToString());
        Add("cursor", cursor);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
