using ArticleApi.Articles;
using ArticleApi.Database;
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

    // Every typed word must start a word of the entity. The longest typed word leads: its first four
    // letters find candidates in entity_prefixes, most mentioned tier first, and each is looked up
    // (OFFSET 0 keeps that a lookup by id) to check the other words ({1}: strpos on entities.words) and
    // sort it within its tier. The scan stops as soon as the page is full (an incremental sort by tier).
    private const string ListByPrefix = """
        SELECT e.key, e.name, e.type, e.article_count
        FROM entity_prefixes x
        CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = x.entity_id {0} {1} OFFSET 0) e
        WHERE x.prefix = @Head AND x.tier > 0
        ORDER BY x.tier DESC, e.article_count DESC, e.id
        LIMIT @Limit OFFSET @Offset;
        """;

    // For one typed word of at most four letters, and any type, its prefix rows are exactly the matches.
    private const string CountByHead = """
        SELECT count(*) FROM (SELECT FROM entity_prefixes x WHERE x.prefix = @Head AND x.tier > 0 LIMIT @CountLimit) counted;
        """;

    private const string HasWord = "AND strpos(e.words, @Word{0}) > 0";

    private const string EstimateMostMentioned = "EXPLAIN (FORMAT JSON) SELECT FROM entities e WHERE e.article_count > 0 {0}";

    private const string EstimateByPrefix = "EXPLAIN (FORMAT JSON) SELECT FROM entity_prefixes x WHERE x.prefix = @Head AND x.tier > 0";

    /// <summary>One page of entities, most mentioned first, optionally by the start of their words and of one type.</summary>
    public async Task<EntityPage> ListAsync(string[] prefixes, EntityType? type, int pageSize, int offset, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ListCommand(prefixes, type, pageSize + 1, offset, limits.Value);
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        List<EntityRow> rows;
        long? counted = null;
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
        {
            rows = (await results.ReadAsync<EntityRow>()).AsList();
            if (!results.IsConsumed && await results.ReadSingleAsync<long>() is var count && count < limits.Value.ExactCountLimit) counted = count;
        }

        var hasMore = rows.Count > pageSize;
        var items = rows.Take(pageSize).Select(r => r.ToSummary()).ToList();
        // The last page knows how many there are; so does a count below the limit.
        if (counted is null && !hasMore && (items.Count > 0 || offset == 0)) counted = offset + items.Count;
        if (counted is { } exact) return new EntityPage(items, hasMore, exact, false);
        var seen = offset + items.Count + (hasMore ? 1 : 0);
        var estimate = await EstimateAsync(connection, parameters, prefixes.Length > 0, type, cancellationToken);
        return new EntityPage(items, hasMore, Math.Max(estimate, seen), true);
    }

    /// <summary>The statements ListAsync runs (the page, and a count where it is cheap), with their parameters.</summary>
    public static (string Sql, DynamicParameters Parameters) ListCommand(
        string[] prefixes, EntityType? type, int limit, int offset, EntityListLimits limits)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Limit", limit);
        parameters.Add("Offset", offset);
        parameters.Add("CountLimit", limits.ExactCountLimit);
        if (type is { } t) parameters.Add("Type", t.ToDatabase());
        var typeFilter = type is null ? "" : TypeFilter;
        if (prefixes.Length == 0) return (string.Format(ListMostMentioned, typeFilter), parameters);

        var head = prefixes.MaxBy(p => p.Length)!;
        parameters.Add("Head", head.Length <= EntityPrefixLength ? head : head[..EntityPrefixLength]);
        // The head's prefix rows vouch for it only up to four letters; every other word is checked on the entity.
        var checkedWords = prefixes.Where(p => p != head || p.Length > EntityPrefixLength).ToList();
        for (var i = 0; i < checkedWords.Count; i++) parameters.Add($"Word{i}", " " + checkedWords[i]);
        var wordFilters = string.Join(" ", checkedWords.Select((_, i) => string.Format(HasWord, i)));
        var sql = string.Format(ListByPrefix, typeFilter, wordFilters);
        return (checkedWords.Count == 0 && type is null ? sql + CountByHead : sql, parameters);
    }

    /// <summary>How many letters of each word entity_prefixes keeps (migration 0007).</summary>
    private const int EntityPrefixLength = 4;

    // PostgreSQL's estimate from its statistics; for a prefix, of the entities with a word starting with
    // the longest typed word's first letters (an upper bound when more was typed).
    private static async Task<long> EstimateAsync(
        NpgsqlConnection connection, DynamicParameters parameters, bool byPrefix, EntityType? type, CancellationToken cancellationToken)
    {
        var estimate = byPrefix ? EstimateByPrefix : string.Format(EstimateMostMentioned, type is null ? "" : TypeFilter);
        var plan = await connection.ExecuteScalarAsync<string>(new CommandDefinition(estimate, parameters, cancellationToken: cancellationToken));
        return PlanEstimate.Rows(plan!);
    }
}

/// <summary>A page of entities, whether more follow, and how many match (exactly, or PostgreSQL's estimate).</summary>
public sealed record EntityPage(IReadOnlyList<EntitySummary> Items, bool HasMore, long TotalCount, bool TotalCountIsEstimate);
