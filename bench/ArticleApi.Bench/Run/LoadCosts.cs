using System.Diagnostics;
using Dapper;
using Npgsql;

namespace ArticleApi.Bench.Run;

/// <summary>
/// Where bulk-load time goes in PostgreSQL, per article, measured on 5,000 loaded articles: the
/// full-text vector alone, and inserting the rows into copies of the table with and without its indexes.
/// </summary>
public static class LoadCosts
{
    private const int Sample = 5_000;

    private const string Columns = "id, source, source_key, external_id, headline, summary, body, dateline, dateline_key, language, byline, url, published_at, entity_ids";

    public static async Task<IReadOnlyList<(string Step, double MicrosecondsPerArticle)>> MeasureAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("SET max_parallel_workers_per_gather = 0");
        await connection.ExecuteAsync($"CREATE TEMP TABLE sample AS SELECT {Columns} FROM articles LIMIT {Sample}");
        await connection.ExecuteAsync("CREATE TEMP TABLE bare (LIKE articles INCLUDING DEFAULTS)");
        await connection.ExecuteAsync("CREATE TEMP TABLE searchable (LIKE articles INCLUDING DEFAULTS INCLUDING GENERATED)");
        await connection.ExecuteAsync("CREATE TEMP TABLE indexed (LIKE articles INCLUDING ALL)");

        var results = new List<(string, double)>
        {
            ("computing the full-text vector (3 × to_tsvector, no insert)", await TimeAsync(connection, """
                SELECT count(v) FROM (
                    SELECT setweight(to_tsvector(article_search_config(language), headline), 'A') ||
                           setweight(to_tsvector(article_search_config(language), coalesce(summary, '')), 'B') ||
                           setweight(to_tsvector(article_search_config(language), body), 'C') AS v
                    FROM sample) s
                """)),
            ("insert, no vector, no index", await TimeAsync(connection, $"INSERT INTO bare ({Columns}) SELECT {Columns} FROM sample")),
            ("insert with the generated vector, no index", await TimeAsync(connection, $"INSERT INTO searchable ({Columns}) SELECT {Columns} FROM sample")),
            ("insert with the vector and every index (btree and GIN)", await TimeAsync(connection, $"INSERT INTO indexed ({Columns}) SELECT {Columns} FROM sample")),
            ("entity links: 6–7 rows per article with their two indexes", await TimeAsync(connection, """
                CREATE TEMP TABLE links AS SELECT * FROM article_entities LIMIT 0;
                ALTER TABLE links ADD PRIMARY KEY (article_id, entity_id);
                CREATE INDEX ON links (entity_id, published_at DESC, article_id DESC);
                INSERT INTO links SELECT m.* FROM article_entities m JOIN sample s ON s.id = m.article_id;
                """)),
        };
        await connection.ExecuteAsync("DISCARD TEMP");
        return results;
    }

    private static async Task<double> TimeAsync(NpgsqlConnection connection, string sql)
    {
        var clock = Stopwatch.StartNew();
        await connection.ExecuteAsync(sql, commandTimeout: 600);
        return clock.Elapsed.TotalMicroseconds / Sample;
    }
}
