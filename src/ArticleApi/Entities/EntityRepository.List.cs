using System.Text.Json;
using ArticleApi.Articles;
using Dapper;
using Npgsql;

namespace ArticleApi.Entities;

/// <summary>Entity lists: most mentioned first, optionally by the start of their words and of one type.</summary>
public sealed partial class EntityRepository
{
    private const string TypeFilter = "AND e.type = @Type";

    // The page comes from an index in count order; how many entities there are is counted only as far
    // as ExactCountLimit (counting all of them cost more than the page).
    private const string ListMostMentioned = """
        SELECT e.key, e.name, e.type, e.article_count
        FROM entities e
        WHERE e.article_count > 0 {0}
        ORDER BY e.article_count DESC, e.id
        LIMIT @Limit OFFSET @Offset;
        SELECT count(*) FROM (SELECT FROM entities e WHERE e.article_count > 0 {0} LIMIT @CountLimit) counted;
        """;

    // Every typed word must start a word of the entity ({1}: strpos on entities.words per typed word).
    // Which way is cheaper depends on the rarest typed word, counted in entity_words up to LookupLimit:
    // - fewer: look up each entity with a word it starts (OFFSET 0 keeps that a lookup by id: as a join,
    //   the generic plan reads every entity) and sort them; the count of all matches comes with it.
    // - as many or more: walk all entities, most mentioned first, and stop once the page is full; with
    //   one entity in LookupLimit/64,000 or more matching, that reads a few thousand rows at most.
    // Only one branch runs: the other's condition is false before it reads anything.
    private const string ListByPrefix = """
        WITH rarest AS MATERIALIZED (
            SELECT p.prefix,
                   (SELECT count(*) FROM (SELECT FROM entity_words w
                                          WHERE w.word >= p.prefix AND w.word < p.prefix || chr(1114111)
                                          LIMIT @LookupLimit) c) AS words
            FROM unnest(@Prefixes::text[]) AS p (prefix)
            ORDER BY 2, length(p.prefix) DESC
            LIMIT 1
        )
        SELECT * FROM (
            (SELECT e.id, e.key, e.name, e.type, e.article_count, count(*) OVER () AS total
             FROM (SELECT DISTINCT w.entity_id FROM rarest r
                   JOIN entity_words w ON w.word >= r.prefix AND w.word < r.prefix || chr(1114111)) matched
             CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = matched.entity_id AND e.article_count > 0 {0} OFFSET 0) e
             WHERE (SELECT words FROM rarest) < @LookupLimit {1}
             ORDER BY e.article_count DESC, e.id
             LIMIT @Limit OFFSET @Offset)
            UNION ALL
            (SELECT e.id, e.key, e.name, e.type, e.article_count, NULL::bigint
             FROM entities e
             WHERE (SELECT words FROM rarest) >= @LookupLimit AND e.article_count > 0 {0} {1}
             ORDER BY e.article_count DESC, e.id
             LIMIT @Limit OFFSET @Offset)
        ) page
        ORDER BY article_count DESC, id;
        """;

    private const string HasWord = "AND strpos(e.words, @Word{0}) > 0";

    private const string EstimateMostMentioned = "EXPLAIN (FORMAT JSON) SELECT FROM entities e WHERE e.article_count > 0 {0}";

    private const string EstimateByPrefix = """
        EXPLAIN (FORMAT JSON) SELECT FROM entities e
        WHERE e.article_count > 0 {0}
          AND e.id IN (SELECT w.entity_id FROM entity_words w WHERE w.word >= @Longest AND w.word < @Longest || chr(1114111))
        """;

    /// <summary>One page of entities, most mentioned first, optionally by the start of their words and of one type.</summary>
    public async Task<EntityPage> ListAsync(string[] prefixes, EntityType? type, int pageSize, int offset, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ListCommand(prefixes, type, pageSize + 1, offset, limits.Value);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        List<EntityRow> rows;
        long? counted;
        if (prefixes.Length == 0)
        {
            await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
            rows = (await results.ReadAsync<EntityRow>()).AsList();
            var count = await results.ReadSingleAsync<long>();
            counted = count < limits.Value.ExactCountLimit ? count : null;
        }
        else
        {
            rows = (await connection.QueryAsync<EntityRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
            // Past the last match no row carries the count: ask again for the first.
            counted = rows.Count > 0 ? rows[0].Total
                : offset == 0 ? 0 : await CountByPrefixAsync(connection, sql, parameters, cancellationToken);
        }

        var hasMore = rows.Count > pageSize;
        var items = rows.Take(pageSize).Select(r => r.ToSummary()).ToList();
        if (counted is { } exact) return new EntityPage(items, hasMore, exact, false);
        var seen = offset + items.Count + (hasMore ? 1 : 0);
        var estimate = await EstimateAsync(connection, prefixes, type, cancellationToken);
        return new EntityPage(items, hasMore, Math.Max(estimate, seen), true);
    }

    /// <summary>The statement (for a prefix, one; else the page and the count) ListAsync runs, with its parameters.</summary>
    public static (string Sql, DynamicParameters Parameters) ListCommand(
        string[] prefixes, EntityType? type, int limit, int offset, EntityListLimits limits)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Limit", limit);
        parameters.Add("Offset", offset);
        if (type is { } t) parameters.Add("Type", t.ToDatabase());
        var typeFilter = type is null ? "" : TypeFilter;
        if (prefixes.Length == 0)
        {
            parameters.Add("CountLimit", limits.ExactCountLimit);
            return (string.Format(ListMostMentioned, typeFilter), parameters);
        }
        parameters.Add("Prefixes", prefixes);
        parameters.Add("LookupLimit", limits.PrefixLookupLimit);
        for (var i = 0; i < prefixes.Length; i++) parameters.Add($"Word{i}", " " + prefixes[i]);
        var hasWords = string.Join(" ", prefixes.Select((_, i) => string.Format(HasWord, i)));
        return (string.Format(ListByPrefix, typeFilter, hasWords), parameters);
    }

    private static async Task<long?> CountByPrefixAsync(NpgsqlConnection connection, string sql, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        parameters.Add("Offset", 0);
        parameters.Add("Limit", 1);
        var first = await connection.QueryFirstOrDefaultAsync<EntityRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return first is null ? 0 : first.Total;
    }

    // PostgreSQL's estimate from its statistics; for a prefix, of the entities with a word starting with
    // the longest typed word (an upper bound when more words were typed).
    private static async Task<long> EstimateAsync(NpgsqlConnection connection, string[] prefixes, EntityType? type, CancellationToken cancellationToken)
    {
        var typeFilter = type is null ? "" : TypeFilter;
        var sql = prefixes.Length == 0 ? string.Format(EstimateMostMentioned, typeFilter) : string.Format(EstimateByPrefix, typeFilter);
        var parameters = new { Type = type?.ToDatabase(), Longest = prefixes.MaxBy(p => p.Length) };
        var plan = await connection.ExecuteScalarAsync<string>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return (long)JsonDocument.Parse(plan!).RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }
}

/// <summary>A page of entities, whether more follow, and how many match (exactly, or PostgreSQL's estimate).</summary>
public sealed record EntityPage(IReadOnlyList<EntitySummary> Items, bool HasMore, long TotalCount, bool TotalCountIsEstimate);
