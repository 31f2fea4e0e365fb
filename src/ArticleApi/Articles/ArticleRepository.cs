using Dapper;
using Npgsql;

namespace ArticleApi.Articles;

/// <summary>All SQL for articles. Every statement is one round trip and leaves no partial write behind.</summary>
public sealed class ArticleRepository(NpgsqlDataSource dataSource)
{
    private const string DuplicateConstraint = "articles_source_external_id_key";

    private const string ArticleColumns = """
        a.id, a.source, a.external_id, a.headline, a.summary, a.dateline, a.language, a.byline, a.url,
        a.published_at, a.version, a.created_at, a.updated_at,
        ARRAY(SELECT e.name FROM article_entities e WHERE e.article_id = a.id ORDER BY e.ordinal) AS entity_names,
        ARRAY(SELECT e.type FROM article_entities e WHERE e.article_id = a.id ORDER BY e.ordinal) AS entity_types
        """;

    private const string SelectById = $"""
        SELECT {ArticleColumns}, a.body
        FROM articles a
        WHERE a.id = @Id
        """;

    private const string Insert = """
        WITH a AS (
            INSERT INTO articles (id, source, source_key, external_id, headline, summary, body, dateline, language, byline, url, published_at)
            VALUES (@Id, @Source, @SourceKey, @ExternalId, @Headline, @Summary, @Body, @Dateline, @Language, @Byline, @Url, @PublishedAt)
            RETURNING id, source, external_id, headline, summary, body, dateline, language, byline, url,
                      published_at, version, created_at, updated_at
        ), mentions AS (
            INSERT INTO article_entities (article_id, entity_key, type, name, ordinal, published_at)
            SELECT a.id, m.key, m.type, m.name, m.ordinal, a.published_at
            FROM a, unnest(@EntityKeys, @EntityTypes, @EntityNames) WITH ORDINALITY AS m (key, type, name, ordinal)
        )
        SELECT a.*, @EntityNames AS entity_names, @EntityTypes AS entity_types FROM a
        """;

    private const string Update = """
        UPDATE articles
        SET source = @Source, source_key = @SourceKey, external_id = @ExternalId, headline = @Headline, summary = @Summary, body = @Body,
            dateline = @Dateline, language = @Language, byline = @Byline, url = @Url, published_at = @PublishedAt,
            version = version + 1, updated_at = now()
        WHERE id = @Id
        RETURNING id, source, external_id, headline, summary, body, dateline, language, byline, url,
                  published_at, version, created_at, updated_at,
                  @EntityNames AS entity_names, @EntityTypes AS entity_types
        """;

    private const string ReplaceEntities = """
        DELETE FROM article_entities WHERE article_id = @Id;
        INSERT INTO article_entities (article_id, entity_key, type, name, ordinal, published_at)
        SELECT @Id, m.key, m.type, m.name, m.ordinal, @PublishedAt
        FROM unnest(@EntityKeys, @EntityTypes, @EntityNames) WITH ORDINALITY AS m (key, type, name, ordinal);
        """;

    private const string DeleteById = "DELETE FROM articles WHERE id = @Id";

    private const string SelectDuplicate = """
        SELECT id, source, external_id FROM articles WHERE source_key = @SourceKey AND external_id = @ExternalId
        """;

    // List filters: each is added only when the query uses it.
    private const string SourceFilter = "a.source_key = ANY(@SourceKeys)";
    private const string FromFilter = "a.published_at >= @From";
    private const string ToFilter = "a.published_at < @To";
    private const string LanguageFilter = "a.language = @Language";
    private const string EntityFilter = """
        a.id IN (SELECT m.article_id FROM article_entities m WHERE m.entity_key = ANY(@EntityKeys)
                 GROUP BY m.article_id HAVING count(DISTINCT m.entity_key) = cardinality(@EntityKeys))
        """;

    private const string ListPage = """
        SELECT {0}
        FROM articles a
        {1}
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT @PageSize OFFSET @Offset;
        SELECT count(*) FROM articles a {1};
        """;

    public async Task<ArticleRecord?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ArticleRecord>(
            new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<WriteOutcome> CreateAsync(Guid id, ArticleDraft draft, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var created = await connection.QuerySingleAsync<ArticleRecord>(
                new CommandDefinition(Insert, Parameters(id, draft), cancellationToken: cancellationToken));
            return new WriteOutcome.Written(created);
        }
        catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DuplicateConstraint })
        {
            return await DuplicateOf(connection, draft, cancellationToken);
        }
    }

    public async Task<WriteOutcome> ReplaceAsync(Guid id, ArticleDraft draft, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = Parameters(id, draft);
        try
        {
            var updated = await connection.QuerySingleOrDefaultAsync<ArticleRecord>(
                new CommandDefinition(Update, parameters, transaction, cancellationToken: cancellationToken));
            if (updated is null) return new WriteOutcome.NotFound();
            await connection.ExecuteAsync(
                new CommandDefinition(ReplaceEntities, parameters, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new WriteOutcome.Written(updated);
        }
        catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DuplicateConstraint })
        {
            await transaction.RollbackAsync(cancellationToken);
            return await DuplicateOf(connection, draft, cancellationToken);
        }
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(DeleteById, new { Id = id }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<(IReadOnlyList<ArticleRecord> Items, long TotalCount)> ListAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        if (query.SourceKeys is not null) filters.Add(SourceFilter);
        if (query.From is not null) filters.Add(FromFilter);
        if (query.To is not null) filters.Add(ToFilter);
        if (query.Language is not null) filters.Add(LanguageFilter);
        if (query.EntityKeys is not null) filters.Add(EntityFilter);
        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        var sql = string.Format(ListPage, ArticleColumns, where);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new
        {
            query.SourceKeys,
            From = query.From?.ToUniversalTime(),
            To = query.To?.ToUniversalTime(),
            query.Language,
            query.EntityKeys,
            query.PageSize,
            query.Offset,
        }, cancellationToken: cancellationToken));
        var items = (await results.ReadAsync<ArticleRecord>()).AsList();
        var total = await results.ReadSingleAsync<long>();
        return (items, total);
    }

    private static async Task<WriteOutcome> DuplicateOf(NpgsqlConnection connection, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var existing = await connection.QuerySingleOrDefaultAsync<ArticleRecord>(new CommandDefinition(
            SelectDuplicate, new { SourceKey = SourceKey.Of(draft.Source), draft.ExternalId }, cancellationToken: cancellationToken));
        return new WriteOutcome.Duplicate(draft.Source, draft.ExternalId!, existing);
    }

    private static object Parameters(Guid id, ArticleDraft draft) => new
    {
        Id = id,
        draft.Source,
        SourceKey = SourceKey.Of(draft.Source),
        draft.ExternalId,
        draft.Headline,
        draft.Summary,
        draft.Body,
        draft.Dateline,
        draft.Language,
        draft.Byline,
        draft.Url,
        PublishedAt = draft.PublishedAt.ToUniversalTime(),
        EntityKeys = draft.Entities.Select(e => e.Key).ToArray(),
        EntityTypes = draft.Entities.Select(e => e.Type.ToDatabase()).ToArray(),
        EntityNames = draft.Entities.Select(e => e.Name).ToArray(),
    };
}
