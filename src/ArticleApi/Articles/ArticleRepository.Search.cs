using System.Text;
using System.Text.Json;
using Dapper;

namespace ArticleApi.Articles;

/// <summary>
/// Lists and facets. The SQL is assembled from the fragments below, only those a query uses, so each
/// statement PostgreSQL plans is the plain one for that combination of filters (see bench/plans/).
/// </summary>
public sealed partial class ArticleRepository
{
    private const string EntityIdsByName = "SELECT name_key, id FROM entities WHERE name_key = ANY(@Keys)";
    private const string EntityIdsByNameAndType = "SELECT name_key, id FROM entities WHERE name_key = ANY(@Keys) AND type = @Type";

    private const string SourceFilter = "a.source_key = ANY(@SourceKeys)";
    private const string FromFilter = "a.published_at >= @From";
    private const string ToFilter = "a.published_at < @To";
    private const string LanguageFilter = "a.language = @Language";
    private const string DatelineFilter = "a.dateline_key = @DatelineKey";
    // The entity's own index walks its articles by date, so the date window is repeated on it.
    private const string EntityFilter = """
        EXISTS (SELECT 1 FROM article_entities m
                WHERE m.article_id = a.id AND m.entity_id = ANY(@{0}){1})
        """;
    private const string EntityFromFilter = " AND m.published_at >= @From";
    private const string EntityToFilter = " AND m.published_at < @To";

    // Full text: each article is matched with its own language's configuration. The OR of all three
    // queries lets one GIN index scan find candidates; the CASE keeps only real matches (an excluded
    // word stems differently per language, so the OR alone could let it through).
    private const string TextAnyLanguage = """
        a.search @@ (websearch_to_tsquery('articleapi_dutch', @Text) || websearch_to_tsquery('articleapi_english', @Text)
                     || websearch_to_tsquery('articleapi_simple', @Text))
        AND a.search @@ CASE a.language WHEN 'nl' THEN websearch_to_tsquery('articleapi_dutch', @Text)
                                        WHEN 'en' THEN websearch_to_tsquery('articleapi_english', @Text)
                                        ELSE websearch_to_tsquery('articleapi_simple', @Text) END
        """;
    private const string TextOneLanguage = "a.search @@ websearch_to_tsquery(article_search_config(@Language), @Text)";
    private const string Rank = "ts_rank_cd(a.search, websearch_to_tsquery(article_search_config(a.language), @Text))";

    private const string NewestFirst = "a.published_at DESC, a.id DESC";
    private const string OldestFirst = "a.published_at, a.id";
    private const string BestFirst = "rank DESC, a.published_at DESC, a.id DESC";
    private const string AfterNewest = "(a.published_at, a.id) < (@AfterPublishedAt, @AfterId)";
    private const string AfterOldest = "(a.published_at, a.id) > (@AfterPublishedAt, @AfterId)";
    private const string AfterBest = $"({Rank}, a.published_at, a.id) < (@AfterRank, @AfterPublishedAt, @AfterId)";

    // Pick the page's ids first, narrowly; only then read the wide columns and entities of those rows.
    private const string Page = """
        WITH page AS (
            SELECT a.id{0}
            FROM articles a
            {1}
            ORDER BY {2}
            LIMIT @Limit OFFSET @Offset
        )
        SELECT {3}
        FROM page JOIN articles a ON a.id = page.id
        {4}
        ORDER BY {5}
        """;
    private const string HighlightMarks = "StartSel=\uE000, StopSel=\uE001";
    private const string Snippet = $"""
        ts_headline(article_search_config(a.language), left(a.body, 5000),
                    websearch_to_tsquery(article_search_config(a.language), @Text),
                    'MaxFragments=2, MinWords=8, MaxWords=22, FragmentDelimiter=" … ", {HighlightMarks}') AS snippet
        """;

    private const string Facets = """
        WITH candidates AS (
            SELECT a.id, a.source_key, a.source, a.language
            FROM articles a
            {0}
            ORDER BY a.published_at DESC, a.id DESC
            LIMIT @SampleSize + 1
        ), counted AS (
            SELECT * FROM candidates LIMIT @SampleSize
        )
        SELECT 'size' AS facet, NULL AS value, (SELECT count(*) FROM candidates) AS count
        UNION ALL
        SELECT 'source', min(source), count(*) FROM counted GROUP BY source_key
        UNION ALL
        SELECT 'language', language, count(*) FROM counted GROUP BY language
        UNION ALL
        SELECT type, name, mentions FROM (
            SELECT e.type, e.name, count(*) AS mentions,
                   row_number() OVER (PARTITION BY e.type ORDER BY count(*) DESC, e.name) AS place
            FROM counted JOIN article_entities m ON m.article_id = counted.id JOIN entities e ON e.id = m.entity_id
            GROUP BY e.id, e.type, e.name
        ) ranked
        WHERE place <= @Top
        """;

    private const string CountAll = "SELECT coalesce(sum(article_count), 0) FROM article_sources";
    private const string CountBySource = "SELECT coalesce(sum(article_count), 0) FROM article_sources WHERE source_key = ANY(@SourceKeys)";
    private const string CountByEntities = "SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = ANY(@AllEntityIds)";
    private const string CountUpToBound = "SELECT count(*) FROM (SELECT 1 FROM articles a {0} LIMIT @CountLimit) matched";
    private const string EstimateCount = "EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a {0}";

    /// <summary>The ids of the entities each name (folded key) stands for, optionally of one type.</summary>
    public async Task<IReadOnlyDictionary<string, long[]>> EntityIdsAsync(string[] keys, string? type, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string NameKey, long Id)>(new CommandDefinition(
            type is null ? EntityIdsByName : EntityIdsByNameAndType, new { Keys = keys, Type = type }, cancellationToken: cancellationToken));
        return rows.GroupBy(r => r.NameKey).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToArray());
    }

    /// <summary>One page of articles, and how many match in all (unless not asked for).</summary>
    public async Task<ArticlePage> ListAsync(ArticleSearch search, CancellationToken cancellationToken)
    {
        var (parameters, where) = Where(search);
        var pageWhere = where;
        if (search.After is { } after)
        {
            pageWhere = And(where, search.Sort switch
            {
                ArticleSort.Oldest => AfterOldest,
                ArticleSort.Relevance => AfterBest,
                _ => AfterNewest,
            });
            parameters.Add("AfterPublishedAt", after.PublishedAt);
            parameters.Add("AfterId", after.Id);
            parameters.Add("AfterRank", after.Rank ?? 0f);
        }
        parameters.Add("Limit", search.PageSize + 1);
        parameters.Add("Offset", search.Offset);

        var order = search.Sort switch
        {
            ArticleSort.Oldest => OldestFirst,
            ArticleSort.Relevance => BestFirst,
            _ => NewestFirst,
        };
        var relevance = search.Sort == ArticleSort.Relevance;
        var sql = string.Format(Page,
            relevance ? $", {Rank} AS rank" : "",
            pageWhere,
            order,
            Columns(search.Fields, relevance),
            search.Fields.HasFlag(ArticleFields.Entities) ? MentionedEntities : "",
            relevance ? "page.rank DESC, a.published_at DESC, a.id DESC" : order);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ArticleRecord>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
        var hasMore = rows.Count > search.PageSize;
        if (hasMore) rows.RemoveAt(rows.Count - 1);

        (long Count, bool IsEstimate)? total = search.Count ? await CountAsync(connection, search.Filter, search.EntityIds, where, parameters, cancellationToken) : null;
        return new ArticlePage(rows, hasMore, total?.Count, total?.IsEstimate ?? false);
    }

    /// <summary>Sources, languages and top entities over the matching articles (at most the newest FacetSampleSize).</summary>
    public async Task<FacetsResponse> FacetsAsync(ArticleSearchFilter search, int top, CancellationToken cancellationToken)
    {
        var (parameters, where) = Where(search);
        var sampleSize = limits.Value.FacetSampleSize;
        parameters.Add("SampleSize", sampleSize);
        parameters.Add("Top", top);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(string Facet, string? Value, long Count)>(
            new CommandDefinition(string.Format(Facets, where), parameters, cancellationToken: cancellationToken))).AsList();
        var (total, isEstimate) = await CountAsync(connection, search.Filter, search.EntityIds, where, parameters, cancellationToken);

        var candidates = rows.Single(r => r.Facet == "size").Count;
        IReadOnlyList<FacetCount> Facet(string name) =>
            [.. rows.Where(r => r.Facet == name).OrderByDescending(r => r.Count).ThenBy(r => r.Value).Select(r => new FacetCount(r.Value!, r.Count))];
        return new FacetsResponse(
            total, isEstimate, Math.Min(candidates, sampleSize), candidates > sampleSize,
            Facet("source"), Facet("language"),
            ArticleFilterRequest.EntityTypeNames.ToDictionary(type => type, Facet));
    }

    private async Task<(long Count, bool IsEstimate)> CountAsync(
        Npgsql.NpgsqlConnection connection, ArticleFilter filter, long[][]? entityIds, string where, DynamicParameters parameters,
        CancellationToken cancellationToken)
    {
        var onlyEntities = filter with { EntityKeys = null, AnyEntity = false, EntityType = null } == ArticleFilter.None;
        var exact = filter switch
        {
            _ when filter == ArticleFilter.None => CountAll,
            _ when filter with { SourceKeys = null } == ArticleFilter.None => CountBySource,
            _ when onlyEntities && entityIds is { Length: 1 } || onlyEntities && filter.AnyEntity => CountByEntities,
            _ => null,
        };
        if (exact is not null)
        {
            parameters.Add("AllEntityIds", entityIds?.SelectMany(ids => ids).ToArray() ?? []);
            return (await connection.ExecuteScalarAsync<long>(new CommandDefinition(exact, parameters, cancellationToken: cancellationToken)), false);
        }

        var bound = limits.Value.ExactCountLimit;
        parameters.Add("CountLimit", bound + 1);
        var counted = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(string.Format(CountUpToBound, where), parameters, cancellationToken: cancellationToken));
        if (counted <= bound) return (counted, false);

        var plan = await connection.ExecuteScalarAsync<string>(
            new CommandDefinition(string.Format(EstimateCount, where), parameters, cancellationToken: cancellationToken));
        var estimate = (long)JsonDocument.Parse(plan!).RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        return (Math.Max(estimate, counted), true);
    }

    /// <summary>The WHERE clause for a filter, and its parameters.</summary>
    private static (DynamicParameters Parameters, string Where) Where(ArticleSearchFilter search)
    {
        var filter = search.Filter;
        var parameters = new DynamicParameters();
        var conditions = new List<string>();
        if (filter.SourceKeys is not null)
        {
            conditions.Add(SourceFilter);
            parameters.Add("SourceKeys", filter.SourceKeys);
        }
        if (filter.From is { } from)
        {
            conditions.Add(FromFilter);
            parameters.Add("From", from.ToUniversalTime());
        }
        if (filter.To is { } to)
        {
            conditions.Add(ToFilter);
            parameters.Add("To", to.ToUniversalTime());
        }
        if (filter.Language is not null)
        {
            conditions.Add(LanguageFilter);
            parameters.Add("Language", filter.Language);
        }
        if (filter.DatelineKey is not null)
        {
            conditions.Add(DatelineFilter);
            parameters.Add("DatelineKey", filter.DatelineKey);
        }
        if (filter.Text is not null)
        {
            conditions.Add(filter.Language is null ? TextAnyLanguage : TextOneLanguage);
            parameters.Add("Text", filter.Text);
        }
        var dateWindow = (filter.From is null ? "" : EntityFromFilter) + (filter.To is null ? "" : EntityToFilter);
        var groups = search.EntityIds ?? [];
        for (var i = 0; i < groups.Length; i++)
        {
            conditions.Add(string.Format(EntityFilter, $"EntityIds{i}", dateWindow));
            parameters.Add($"EntityIds{i}", groups[i]);
        }
        return (parameters, conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", conditions));
    }

    private static string And(string where, string condition) =>
        where.Length == 0 ? "WHERE " + condition : where + "\n  AND " + condition;

    private static string Columns(ArticleFields fields, bool relevance)
    {
        var columns = new StringBuilder("a.id, a.published_at");
        void Add(ArticleFields field, string column)
        {
            if (fields.HasFlag(field)) columns.Append(", ").Append(column);
        }
        Add(ArticleFields.Source, "a.source");
        Add(ArticleFields.ExternalId, "a.external_id");
        Add(ArticleFields.Headline, "a.headline");
        Add(ArticleFields.Summary, "a.summary");
        Add(ArticleFields.Body, "a.body");
        Add(ArticleFields.Dateline, "a.dateline");
        Add(ArticleFields.Language, "a.language");
        Add(ArticleFields.Byline, "a.byline");
        Add(ArticleFields.Url, "a.url");
        Add(ArticleFields.Entities, "mentioned.entity_names, mentioned.entity_types");
        Add(ArticleFields.Version, "a.version");
        Add(ArticleFields.CreatedAt, "a.created_at");
        Add(ArticleFields.UpdatedAt, "a.updated_at");
        Add(ArticleFields.Snippet, Snippet);
        if (relevance) columns.Append(", page.rank");
        return columns.ToString();
    }
}

/// <summary>What to filter on, with entity names already resolved to ids (one array per requested name).</summary>
public record ArticleSearchFilter(ArticleFilter Filter, long[][]? EntityIds);

/// <summary>A list query, ready for SQL.</summary>
public sealed record ArticleSearch(
    ArticleFilter Filter,
    long[][]? EntityIds,
    ArticleSort Sort,
    ArticleFields Fields,
    int PageSize,
    long Offset,
    ListCursor? After,
    bool Count) : ArticleSearchFilter(Filter, EntityIds);

/// <summary>One page of rows; whether more follow; the total, if counted.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleRecord> Rows, bool HasMore, long? TotalCount, bool TotalCountIsEstimate);
