using ArticleApi.Database;
using ArticleApi.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ArticleApi.Tests.Database;

/// <summary>
/// Migration 0003 on data as the previous release stored it: names that now share a key ("'s Hertogenbosch",
/// "'s-Hertogenbosch", "s-Hertogenbosch") become one entity, and no article or mention is lost or doubled.
/// </summary>
public sealed class EntitiesMigrationTests : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync()
    {
        connectionString = await TestDatabases.CreateEmptyAsync();
        DatabaseMigrator.Migrate(connectionString, NullLogger.Instance, upTo: "0002");
    }

    public Task DisposeAsync() => TestDatabases.DropAsync(connectionString);

    [Fact]
    public async Task Spellings_that_now_share_a_key_become_one_entity_keeping_every_article()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // As release 0002 stored them: three entities, one article naming two of the later spellings, one the first.
        var ids = (await connection.QueryAsync<long>("""
            INSERT INTO entities (name_key, type, name) VALUES
                ('''s hertogenbosch', 'location', '''s Hertogenbosch'),
                ('''s-hertogenbosch', 'location', '''s-Hertogenbosch'),
                ('rutte', 'person', 'Rutte'),
                ('s-hertogenbosch', 'location', 's-Hertogenbosch')
            RETURNING id
            """)).ToList();
        var (keeper, second, rutte, third) = (ids[0], ids[1], ids[2], ids[3]);
        var both = Guid.CreateVersion7();
        var one = Guid.CreateVersion7();
        await connection.ExecuteAsync("""
            INSERT INTO articles (id, source, source_key, headline, body, language, published_at, entity_ids)
            VALUES (@Both, 'ANP', 'anp', 'Twee spellingen', 'tekst', 'nl', now(), ARRAY[@Second, @Rutte, @Third]),
                   (@One, 'ANP', 'anp', 'Een spelling', 'tekst', 'nl', now(), ARRAY[@Keeper]);
            INSERT INTO article_entities (article_id, entity_id, ordinal, published_at)
            VALUES (@Both, @Second, 0, now()), (@Both, @Rutte, 1, now()), (@Both, @Third, 2, now()), (@One, @Keeper, 0, now());
            """, new { Both = both, One = one, Keeper = keeper, Second = second, Rutte = rutte, Third = third });

        DatabaseMigrator.Migrate(connectionString, NullLogger.Instance);

        var place = await connection.QuerySingleAsync<(long Id, string Key, int ArticleCount)>(
            "SELECT id, key, article_count FROM entities WHERE type = 'location'");
        Assert.Equal(("location:s-hertogenbosch", 2), (place.Key, place.ArticleCount));
        Assert.Equal(["'s Hertogenbosch", "'s-Hertogenbosch", "s-Hertogenbosch"],
            (await connection.QueryAsync<string>("SELECT alias FROM entity_aliases WHERE entity_id = @Id ORDER BY alias", new { place.Id })).ToList());
        Assert.Equal([place.Id, rutte], (await connection.QuerySingleAsync<long[]>("SELECT entity_ids FROM articles WHERE id = @Both", new { Both = both })).ToList());
        Assert.Equal([place.Id], (await connection.QuerySingleAsync<long[]>("SELECT entity_ids FROM articles WHERE id = @One", new { One = one })).ToList());
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_entities"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT article_count FROM entities WHERE id = @Rutte", new { Rutte = rutte }));
        Assert.Equal(place.Id, await connection.ExecuteScalarAsync<long>("SELECT entity_id FROM entity_keys WHERE key = 'location:s-hertogenbosch'"));
        // 0004: each entity's words beside it, for autocomplete.
        Assert.Equal(" rutte", await connection.ExecuteScalarAsync<string>("SELECT words FROM entities WHERE id = @Rutte", new { Rutte = rutte }));
        Assert.Equal(
            await connection.ExecuteScalarAsync<string>("SELECT string_agg(' ' || word, '' ORDER BY word) FROM entity_words WHERE entity_id = @Id", new { place.Id }),
            await connection.ExecuteScalarAsync<string>("SELECT words FROM entities WHERE id = @Id", new { place.Id }));
    }
}
