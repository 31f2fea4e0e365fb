using System.Text;
using ArticleApi.Database;
using Dapper;
using Npgsql;

namespace ArticleApi.Articles;

/// <summary>
/// Lists and facets. The SQL is assembled from the fragments below, only those a query uses, so each
/// statement PostgreSQL plans is the plain one for that combination of filters. bench/plans/ holds
/// their plans at a million articles.
/// </summary>
public sealed partial class ArticleRepository
{
    // An entity filter names an entity by any of its names (aliases), or by its key.
    private const string EntityIdsByName = """
        SELECT alias_key AS name_key, entity_id AS id FROM entity_aliases WHERE alias_key = ANY(@Keys)
        UNION
        SELECT key, entity_id FROM entity_keys WHERE key = ANY(@Keys)
        """;
    private const string EntityIdsByNameAndType = """
        SELECT n.name_key, n.id
        FROM (SELECT alias_key AS name_key, entity_id AS id FROM entity_aliases WHERE alias_key = ANY(@Keys)
              UNION
              SELECT key, entity_id FROM entity_keys WHERE key = ANY(@Keys)) n
        JOIN entities e ON e.id = n.id
        WHERE e.type = @Type
        """;

    private const string SourceFilter = "a.source_key = ANY(@SourceKeys)";
    private const string FromFilter = "a.published_at >= @From";
    private const string ToFilter = "a.published_at < @To";
    private const string LanguageFilter = "a.language = @Language";
    private const string DatelineFilter = "a.dateline_key = @DatelineKey";

    // An entity named by one id is joined: its index (entity_id, published_at, article_id) can then
    // both find and order the articles, and the planner picks whichever table is most selective.
    // The date window is repeated on the link, which carries the article's date, so the index uses it.
    private const string EntityJoin = "JOIN article_entities {0} ON {0}.article_id = a.id AND {0}.entity_id = @{1}{2}";
    // A name that stands for several entities (one per type) is a semi-join, so no article appears twice.
    private const string EntityExists = """
        EXISTS (SELECT 1 FROM article_entities m
                WHERE m.article_id = a.id AND m.entity_id = ANY(@{0}){1})
        """;
    private const string LinkFrom = " AND {0}.published_at >= @From";
    private const string LinkTo = " AND {0}.published_at < @To";

    // Full text: each article is matched with its own language's configuration, and each branch is
    // answered by that language's partial GIN index (see migration 0002), so no article's vector is
    // re-read to check a match. An excluded word stems differently per language, which is why one
    // query for all languages would not do.
    private const string TextDutch = "(a.language = 'nl' AND a.search @@ websearch_to_tsquery('articleapi_dutch', @Text))";
    private const string TextEnglish = "(a.language = 'en' AND a.search @@ websearch_to_tsquery('articleapi_english', @Text))";
    private const string TextOther = "(a.language NOT IN ('nl', 'en') AND a.search @@ websearch_to_tsquery('articleapi_simple', @Text))";
    private const string TextAnyLanguage = $"({TextDutch} OR {TextEnglish} OR {TextOther})";
    private const string Rank = "ts_rank_cd(a.search, websearch_to_tsquery(article_search_config(a.language), @Text))";

    private const string AfterNewest = "({0}, {1}) < (@AfterPublishedAt, @AfterId)";
    private const string AfterOldest = "({0}, {1}) > (@AfterPublishedAt, @AfterId)";
    private const string AfterBest = "(rank, published_at, id) < (@AfterRank, @AfterPublishedAt, @AfterId)";

    // Without an offset the scan stops after the page, so the wide columns are read for its rows only.
    private const string FirstByDate = """
        SELECT {0}
        FROM articles a {1}
        {2}
        ORDER BY {3}
        LIMIT @Limit;
        """;

    // With an offset, skip through the narrow index first; only then read the wide columns of the page.
    private const string ByDate = """
        WITH page AS (
            SELECT a.id, a.published_at
            FROM articles a {0}
            {1}
            ORDER BY {2}
            LIMIT @Limit OFFSET @Offset
        )
        SELECT {3}
        FROM page JOIN articles a ON a.id = page.id
        ORDER BY {4};
        """;

    // Relevance ranks the newest RelevanceWindow matches and pages through them best first. Each row
    // also says which match is the oldest ranked, so the next pages keep ranking the same matches.
    private const string ByRelevance = $$"""
        WITH candidates AS (
            SELECT a.id, a.published_at, {{Rank}} AS rank
            FROM (SELECT a.id FROM articles a {0} {1} ORDER BY {2} LIMIT @RelevanceWindow) newest
            JOIN articles a ON a.id = newest.id
        ), oldest AS (
            SELECT published_at, id FROM candidates ORDER BY published_at, id LIMIT 1
        ), page AS (
            SELECT id, published_at, rank FROM candidates
            {4}
            ORDER BY rank DESC, published_at DESC, id DESC
            LIMIT @Limit OFFSET @Offset
        )
        SELECT {3}, oldest.published_at AS window_published_at, oldest.id AS window_id
        FROM page JOIN articles a ON a.id = page.id CROSS JOIN oldest
        ORDER BY page.rank DESC, page.published_at DESC, page.id DESC;
        """;
    // Later pages rank what the first ranked, and whatever has arrived since.
    private const string SinceWindow = "({0}, {1}) >= (@WindowPublishedAt, @WindowId)";

    private const string HighlightMarks = "StartSel=\u0002, StopSel=\u0003"; // Highlight.Start and Stop
    private const string Snippet = $"""
        ts_headline(article_search_config(a.language), left(a.body, 5000),
                    websearch_to_tsquery(article_search_config(a.language), @Text),
                    'MaxFragments=2, MinWords=8, MaxWords=22, FragmentDelimiter=" … ", {HighlightMarks}') AS snippet
        """;

    private const string CountAll = "SELECT coalesce(sum(article_count), 0) FROM article_sources";
    private const string CountBySource = "SELECT coalesce(sum(article_count), 0) FROM article_sources WHERE source_key = ANY(@SourceKeys)";
    private const string CountUpToLimit = "SELECT count(*) FROM (SELECT 1 FROM articles a {0} {1} LIMIT @CountLimit) matched";
    private const string EstimateCount = "EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a {0} {1}";

    private const string Facets = """
        WITH candidates AS (
            SELECT a.id, a.source_key, a.source, a.language
            FROM articles a {0}
            {1}
            ORDER BY {2}
            LIMIT @SampleSize + 1
        ), counted AS (
            SELECT * FROM candidates LIMIT @SampleSize
        )
        SELECT 'size' AS facet, NULL AS value, (SELECT count(*) FROM candidates) AS count
        UNION ALL
        SELECT 'source', min(s.source), count(*) FROM counted JOIN article_sources s USING (source_key) GROUP BY source_key
        UNION ALL
        SELECT 'language', language, count(*) FROM counted GROUP BY language
        UNION ALL
        SELECT type, name, mentions FROM (
            SELECT e.type, e.name, count(*) AS mentions,
                   row_number() OVER (PARTITION BY e.type ORDER BY count(*) DESC, e.name) AS place
            FROM counted JOIN article_entities m ON m.article_id = counted.id JOIN entities e ON e.id = m.entity_id
            GROUP BY e.id, e.type, e.name
        ) ranked
        WHERE place <= @Top;
        """;

    /// <summary>The ids of the entities each name (folded) or key stands for, optionally of one type.</summary>
    public async Task<IReadOnlyDictionary<string, long[]>> EntityIdsAsync(string[] keys, string? type, CancellationToken cancellationToken)
    {
        var (sql, parameters) = EntityIdsCommand(keys, type);
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string NameKey, long Id)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.GroupBy(r => r.NameKey).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToArray());
    }

    internal static (string Sql, DynamicParameters Parameters) EntityIdsCommand(string[] keys, string? type)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Keys", keys);
        if (type is not null) parameters.Add("Type", type);
        return (type is null ? EntityIdsByName : EntityIdsByNameAndType, parameters);
    }

    /// <summary>One page of articles, and how many match in all (unless not asked for).</summary>
    public async Task<ArticlePage> ListAsync(ArticleSearch search, CancellationToken cancellationToken)
    {
        var command = ListCommand(search);
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            command.Sql, command.Query.Parameters, commandTimeout: limits.Value.QueryTimeoutSeconds, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<ArticleRecord>()).AsList();
        var hasMore = rows.Count > search.PageSize;
        if (hasMore) rows.RemoveAt(rows.Count - 1);

        // Read every result: Dapper cancels the command (a costly round trip) when one is left unread.
        var counted = command.Count switch
        {
            Counting.None => null,
            Counting.Estimate => (object?)await results.ReadSingleAsync<string>(),
            _ => await results.ReadSingleAsync<long>(),
        };
        var (total, isEstimate) = command.Count switch
        {
            Counting.None => ((long?)null, false),
            // The last page by number (or everything on the first): the count is known exactly, for free.
            _ when search.After is null && !hasMore && (rows.Count > 0 || search.Offset == 0) => (search.Offset + rows.Count, false),
            Counting.Exact => ((long)counted!, false),
            Counting.Estimate => (Math.Max(Estimate((string)counted!), search.Offset + rows.Count + (hasMore ? 1 : 0)), true),
            _ => await BoundedAsync((long)counted!),
        };
        // Relevance ranks only the newest RelevanceWindow matches: that is all that can be paged through.
        if (search.Sort == ArticleSort.Relevance && total > limits.Value.RelevanceWindow) total = limits.Value.RelevanceWindow;
        return new ArticlePage(rows, hasMore, total, isEstimate);

        async Task<(long?, bool)> BoundedAsync(long counted) => counted <= limits.Value.ExactCountLimit
            ? (counted, false)
            : (Math.Max(await EstimateAsync(connection, command.Query, cancellationToken), counted), true);
    }

    /// <summary>
    /// The statements one list request runs, in one round trip: the page, then how it is counted.
    /// The benchmark runs these too.
    /// </summary>
    internal (string Sql, ArticleQuery Query, Counting Count) ListCommand(ArticleSearch search)
    {
        var query = ArticleQuery.For(search);
        var parameters = query.Parameters;
        parameters.Add("Limit", search.PageSize + 1);
        parameters.Add("Offset", search.Offset);
        var relevance = search.Sort == ArticleSort.Relevance;
        var relevanceWhere = query.Where;
        if (relevance)
        {
            var window = search.After?.WindowPublishedAt is not null;
            parameters.Add("RelevanceWindow", window ? 2 * limits.Value.RelevanceWindow : limits.Value.RelevanceWindow);
            if (window)
            {
                parameters.Add("WindowPublishedAt", search.After!.WindowPublishedAt);
                parameters.Add("WindowId", search.After.WindowId);
                relevanceWhere = And(query.Where, string.Format(SinceWindow, query.DateColumn, query.IdColumn));
            }
        }
        var order = search.Sort == ArticleSort.Oldest ? query.OldestFirst : query.NewestFirst;

        var where = query.Where;
        var afterRank = "";
        if (search.After is { } after)
        {
            parameters.Add("AfterPublishedAt", after.PublishedAt);
            parameters.Add("AfterId", after.Id);
            if (relevance)
            {
                parameters.Add("AfterRank", after.Rank ?? 0f);
                afterRank = "WHERE " + AfterBest;
            }
            else where = And(where, string.Format(search.Sort == ArticleSort.Oldest ? AfterOldest : AfterNewest, query.DateColumn, query.IdColumn));
        }

        var columns = Columns(search.Fields, relevance);
        var page = relevance
            ? string.Format(ByRelevance, query.Joins, relevanceWhere, query.NewestFirst, columns, afterRank)
            : search.Offset == 0
                ? string.Format(FirstByDate, columns, query.Joins, where, order)
                : string.Format(ByDate, query.Joins, where, order, columns,
                    search.Sort == ArticleSort.Oldest ? "page.published_at, page.id" : "page.published_at DESC, page.id DESC");

        var (count, counting) = Count(search, query);
        return (count is null ? page : page + "\n" + count, query, counting);
    }

    /// <summary>Sources, languages and top entities over the matching articles (at most the newest FacetSampleSize).</summary>
    public async Task<FacetsResponse> FacetsAsync(ArticleSearchFilter search, int top, CancellationToken cancellationToken)
    {
        var query = ArticleQuery.For(search);
        var parameters = query.Parameters;
        var sampleSize = limits.Value.FacetSampleSize;
        parameters.Add("SampleSize", sampleSize);
        parameters.Add("Top", top);

        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(string Facet, string? Value, long Count)>(new CommandDefinition(
            string.Format(Facets, query.Joins, query.Where, query.NewestFirst), parameters,
            commandTimeout: limits.Value.QueryTimeoutSeconds, cancellationToken: cancellationToken))).AsList();
        var candidates = rows.Single(r => r.Facet == "size").Count;
        // Within the sample every match was seen, so the count is exact; beyond it, from the statistics or estimated.
        var (total, isEstimate) = candidates <= sampleSize
            ? (candidates, false)
            : StatisticsCount(search.Filter) is { } statistics
                ? (await connection.ExecuteScalarAsync<long>(new CommandDefinition(statistics, parameters, cancellationToken: cancellationToken)), false)
                : (Math.Max(await EstimateAsync(connection, query, cancellationToken), candidates), true);

        IReadOnlyList<FacetCount> Facet(string name) =>
            [.. rows.Where(r => r.Facet == name).OrderByDescending(r => r.Count).ThenBy(r => r.Value).Select(r => new FacetCount(r.Value!, r.Count))];
        return new FacetsResponse(
            total, isEstimate, Math.Min(candidates, sampleSize), candidates > sampleSize,
            Facet("source"), Facet("language"),
            ArticleFilterRequest.EntityTypeNames.ToDictionary(type => type, Facet));
    }

    /// <summary>
    /// How a list is counted, cheapest first: from the per-source statistics when only sources (or
    /// nothing) filter; else by count=exact's bounded count; else, for count=auto, PostgreSQL's estimate.
    /// </summary>
    private (string? Sql, Counting Counting) Count(ArticleSearch search, ArticleQuery query)
    {
        if (search.Count == CountMode.None) return (null, Counting.None);
        if (StatisticsCount(search.Filter) is { } statistics) return (statistics + ";", Counting.Exact);
        if (search.Count == CountMode.Auto) return (string.Format(EstimateCount, query.Joins, query.Where) + ";", Counting.Estimate);
        query.Parameters.Add("CountLimit", limits.Value.ExactCountLimit + 1);
        return (string.Format(CountUpToLimit, query.Joins, query.Where) + ";", Counting.Bounded);
    }

    /// <summary>The count the per-source statistics give exactly, when only sources (or nothing) filter.</summary>
    private static string? StatisticsCount(ArticleFilter filter) =>
        filter == ArticleFilter.None ? CountAll
        : filter with { SourceKeys = null } == ArticleFilter.None ? CountBySource
        : null;

    internal enum Counting
    {
        None,
        Exact,
        Bounded,
        Estimate,
    }

    private static long Estimate(string plan) => PlanEstimate.Rows(plan);

    private static async Task<long> EstimateAsync(NpgsqlConnection connection, ArticleQuery query, CancellationToken cancellationToken) =>
        Estimate((await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            string.Format(EstimateCount, query.Joins, query.Where), query.Parameters, cancellationToken: cancellationToken)))!);

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
        // Each entity's mentions and origin too: without them every entity would read as the editor's, mentioned once.
        Add(ArticleFields.Entities, "a.entity_ids, a.entity_mentions, a.entity_from_editor");
        Add(ArticleFields.Version, "a.version");
        Add(ArticleFields.CreatedAt, "a.created_at");
        Add(ArticleFields.UpdatedAt, "a.updated_at");
        Add(ArticleFields.Snippet, Snippet);
        if (relevance) columns.Append(", page.rank");
        return columns.ToString();
    }

    /// <summary>A filter as SQL: the joins and conditions, their parameters, and the columns that order it.</summary>
    public sealed record ArticleQuery(DynamicParameters Parameters, string Joins, string Where, string DateColumn, string IdColumn)
    {
        public string NewestFirst => $"{DateColumn} DESC, {IdColumn} DESC";
        public string OldestFirst => $"{DateColumn}, {IdColumn}";

        public static ArticleQuery For(ArticleSearchFilter search)
        {
            var filter = search.Filter;
            var parameters = new DynamicParameters();
            var conditions = new List<string>();
            var joins = new StringBuilder();
            void Add(string condition, string name, object value)
            {
                conditions.Add(condition);
                parameters.Add(name, value);
            }
            if (filter.SourceKeys is not null) Add(SourceFilter, "SourceKeys", filter.SourceKeys);
            if (filter.From is { } from) Add(FromFilter, "From", from.ToUniversalTime());
            if (filter.To is { } to) Add(ToFilter, "To", to.ToUniversalTime());
            if (filter.Language is not null) Add(LanguageFilter, "Language", filter.Language);
            if (filter.DatelineKey is not null) Add(DatelineFilter, "DatelineKey", filter.DatelineKey);
            if (filter.Text is not null)
            {
                Add(filter.Language switch
                {
                    null => TextAnyLanguage,
                    "nl" => TextDutch,
                    "en" => TextEnglish,
                    _ => TextOther,
                }, "Text", filter.Text);
            }

            string? driver = null;
            var groups = search.EntityIds ?? [];
            for (var i = 0; i < groups.Length; i++)
            {
                var name = $"Entity{i}";
                if (groups[i].Length == 1)
                {
                    var alias = $"m{i}";
                    driver ??= alias;
                    joins.Append('\n').AppendFormat(EntityJoin, alias, name, DateWindow(filter, alias));
                    parameters.Add(name, groups[i][0]);
                }
                else
                {
                    conditions.Add(string.Format(EntityExists, name, DateWindow(filter, "m")));
                    parameters.Add(name, groups[i]);
                }
            }
            return new ArticleQuery(
                parameters,
                joins.ToString(),
                conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", conditions),
                driver is null ? "a.published_at" : $"{driver}.published_at",
                driver is null ? "a.id" : $"{driver}.article_id");
        }

        private static string DateWindow(ArticleFilter filter, string alias) =>
            (filter.From is null ? "" : string.Format(LinkFrom, alias)) + (filter.To is null ? "" : string.Format(LinkTo, alias));
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
    CountMode Count) : ArticleSearchFilter(Filter, EntityIds);

/// <summary>One page of rows; whether more follow; the total, if counted.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleRecord> Rows, bool HasMore, long? TotalCount, bool TotalCountIsEstimate);
