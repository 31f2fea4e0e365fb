using ArticleApi.Common.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleApi.Articles;

/// <summary>
/// All SQL for articles: reads and writes here, lists and facets in ArticleRepository.Search.cs. Every
/// write is one round trip and leaves no partial write behind.
/// </summary>
public sealed partial class ArticleRepository(NpgsqlDataSource dataSource, IOptions<ListLimits> limits)
{
    private const string DuplicateConstraint = "articles_source_external_id_key";

    internal const string SelectById = """
        SELECT a.id, a.source, a.external_id, a.headline, a.summary, a.body, a.dateline, a.language, a.byline, a.url,
               a.published_at, a.entity_ids, a.version, a.created_at, a.updated_at
        FROM articles a
        WHERE a.id = @Id
        """;

    // New names become entities first, in a statement of their own, so the next statement sees them
    // even when a concurrent writer added the same name a moment earlier. Sorted, so concurrent
    // writers take the same locks in the same order.
    private const string AddEntities = """
        INSERT INTO entities (name_key, type, name)
        SELECT m.key, m.type, m.name FROM unnest(@EntityKeys, @EntityTypes, @EntityNames) AS m (key, type, name)
        ORDER BY m.key, m.type
        ON CONFLICT (name_key, type) DO NOTHING;
        """;

    private const string EntityIdsInOrder = """
        ARRAY(SELECT e.id FROM unnest(@EntityKeys, @EntityTypes) WITH ORDINALITY AS m (key, type, ordinal)
              JOIN entities e ON e.name_key = m.key AND e.type = m.type ORDER BY m.ordinal)
        """;

    private const string LinkEntities = """
        INSERT INTO article_entities (article_id, entity_id, ordinal, published_at)
        SELECT @Id, e.id, m.ordinal, @PublishedAt
        FROM unnest(@EntityKeys, @EntityTypes) WITH ORDINALITY AS m (key, type, ordinal)
        JOIN entities e ON e.name_key = m.key AND e.type = m.type
        """;

    private const string Insert = $"""
        {AddEntities}
        WITH a AS (
            INSERT INTO articles (id, source, source_key, external_id, headline, summary, body, dateline, dateline_key,
                                  language, byline, url, published_at, entity_ids)
            VALUES (@Id, @Source, @SourceKey, @ExternalId, @Headline, @Summary, @Body, @Dateline, @DatelineKey,
                    @Language, @Byline, @Url, @PublishedAt, {EntityIdsInOrder})
            RETURNING id, source, external_id, headline, summary, body, dateline, language, byline, url,
                      published_at, entity_ids, version, created_at, updated_at
        ), mentions AS (
            {LinkEntities}
        )
        SELECT * FROM a;
        """;

    private const string Update = $"""
        {AddEntities}
        UPDATE articles
        SET source = @Source, source_key = @SourceKey, external_id = @ExternalId, headline = @Headline,
            summary = @Summary, body = @Body, dateline = @Dateline, dateline_key = @DatelineKey, language = @Language,
            byline = @Byline, url = @Url, published_at = @PublishedAt, entity_ids = {EntityIdsInOrder},
            version = version + 1, updated_at = now()
        WHERE id = @Id
        RETURNING id, source, external_id, headline, summary, body, dateline, language, byline, url,
                  published_at, entity_ids, version, created_at, updated_at;
        """;

    private const string ReplaceEntities = $"""
        DELETE FROM article_entities WHERE article_id = @Id;
        {LinkEntities};
        """;

    private const string DeleteById = "DELETE FROM articles WHERE id = @Id";

    private const string SelectCursorSigningKey = "SELECT value FROM app_secrets WHERE name = 'cursor-signing-key'";

    private const string SelectDuplicate = """
        SELECT id, source, external_id FROM articles WHERE source_key = @SourceKey AND external_id = @ExternalId
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

    /// <summary>The key that signs list cursors, made by the migrations so that every replica shares it.</summary>
    public async Task<byte[]> CursorSigningKeyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(SelectCursorSigningKey, cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException("The cursor signing key is missing from app_secrets.");
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(DeleteById, new { Id = id }, cancellationToken: cancellationToken)) == 1;
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
        DatelineKey = draft.Dateline is null ? null : TextFolding.Fold(draft.Dateline),
        draft.Language,
        draft.Byline,
        draft.Url,
        PublishedAt = draft.PublishedAt.ToUniversalTime(),
        EntityKeys = draft.Entities.Select(e => e.Key).ToArray(),
        EntityTypes = draft.Entities.Select(e => e.Type.ToDatabase()).ToArray(),
        EntityNames = draft.Entities.Select(e => e.Name).ToArray(),
    };
}
