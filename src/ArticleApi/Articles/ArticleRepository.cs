using ArticleApi.Common.Text;
using ArticleApi.Database;
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
               a.published_at, a.entity_ids, a.entity_mentions, a.entity_from_editor, a.version, a.created_at, a.updated_at
        FROM articles a
        WHERE a.id = @Id
        """;

    private const string Returning = """
        RETURNING id, source, external_id, headline, summary, body, dateline, language, byline, url,
                  published_at, entity_ids, entity_mentions, entity_from_editor, version, created_at, updated_at
        """;

    // New entities first, in statements of their own, so the article's statement sees them even when a
    // concurrent writer added one a moment earlier. A key an entity had before a rename or merge still
    // names it (entity_keys), so it is not made anew. Sorted, so concurrent writers lock in one order.
    internal const string AddEntities = """
        WITH added AS (
            INSERT INTO entities (key, type, name)
            SELECT m.key, m.type, m.name FROM unnest(@EntityKeys, @EntityTypes, @EntityNames) AS m (key, type, name)
            WHERE NOT EXISTS (SELECT 1 FROM entity_keys k WHERE k.key = m.key)
            ORDER BY m.key
            ON CONFLICT (key) DO NOTHING
            RETURNING id, key
        )
        INSERT INTO entity_keys (key, entity_id) SELECT key, id FROM added;

        INSERT INTO entity_aliases (entity_id, alias_key, alias)
        SELECT DISTINCT ON (k.entity_id, a.alias_key) k.entity_id, a.alias_key, a.alias
        FROM unnest(@AliasEntityKeys, @AliasKeys, @Aliases) AS a (entity_key, alias_key, alias)
        JOIN entity_keys k ON k.key = a.entity_key
        ORDER BY k.entity_id, a.alias_key
        ON CONFLICT DO NOTHING;
        """;

    // The article's entities by id, in mention order; two keys for one entity (an old key and the new)
    // make one entry.
    private const string Mentioned = """
        mentioned AS (
            SELECT k.entity_id, min(m.ordinal)::smallint AS ordinal, sum(m.mentions)::integer AS mentions, bool_or(m.from_editor) AS from_editor
            FROM unnest(@EntityKeys, @EntityMentions, @EntityFromEditor) WITH ORDINALITY AS m (key, mentions, from_editor, ordinal)
            JOIN entity_keys k ON k.key = m.key
            GROUP BY k.entity_id
        )
        """;

    private const string EntityArrays = """
        ARRAY(SELECT entity_id FROM mentioned ORDER BY ordinal),
        ARRAY(SELECT mentions FROM mentioned ORDER BY ordinal),
        ARRAY(SELECT from_editor FROM mentioned ORDER BY ordinal)
        """;

    private const string Insert = $"""
        {AddEntities}
        WITH {Mentioned}, a AS (
            INSERT INTO articles (id, source, source_key, external_id, headline, summary, body, dateline, dateline_key,
                                  language, byline, url, published_at, entity_ids, entity_mentions, entity_from_editor)
            VALUES (@Id, @Source, @SourceKey, @ExternalId, @Headline, @Summary, @Body, @Dateline, @DatelineKey,
                    @Language, @Byline, @Url, @PublishedAt, {EntityArrays})
            {Returning}
        ), links AS (
            INSERT INTO article_entities (article_id, entity_id, ordinal, published_at)
            SELECT @Id, entity_id, ordinal, @PublishedAt FROM mentioned
        )
        SELECT * FROM a;
        """;

    private const string Update = $"""
        {AddEntities}
        WITH {Mentioned}
        UPDATE articles
        SET source = @Source, source_key = @SourceKey, external_id = @ExternalId, headline = @Headline,
            summary = @Summary, body = @Body, dateline = @Dateline, dateline_key = @DatelineKey, language = @Language,
            byline = @Byline, url = @Url, published_at = @PublishedAt,
            (entity_ids, entity_mentions, entity_from_editor) = (SELECT {EntityArrays}),
            version = version + 1, updated_at = now()
        WHERE id = @Id
        {Returning};
        """;

    // Links that stay are updated in place, so an entity's article count changes only when it gains or loses the article.
    // The links follow the ids the UPDATE just stored, not a second look-up by key: a merge committing in between
    // would otherwise leave the article listing an entity its links no longer have. If a stored id has since been
    // merged away, the link's foreign key fails and the whole write is retried (TransientConflicts).
    private const string ReplaceLinks = """
        WITH stored AS (
            SELECT x.entity_id, x.ordinal::smallint AS ordinal
            FROM articles a, unnest(a.entity_ids) WITH ORDINALITY AS x (entity_id, ordinal)
            WHERE a.id = @Id
        ), unlinked AS (
            DELETE FROM article_entities l WHERE l.article_id = @Id AND l.entity_id NOT IN (SELECT entity_id FROM stored)
        )
        INSERT INTO article_entities (article_id, entity_id, ordinal, published_at)
        SELECT @Id, entity_id, ordinal, @PublishedAt FROM stored
        ORDER BY entity_id
        ON CONFLICT (article_id, entity_id) DO UPDATE SET ordinal = excluded.ordinal, published_at = excluded.published_at;
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

    public Task<WriteOutcome> CreateAsync(Guid id, ArticleDraft draft, CancellationToken cancellationToken) =>
        TransientConflicts.RetryAsync(() => TryCreateAsync(id, draft, cancellationToken));

    public Task<WriteOutcome> ReplaceAsync(Guid id, ArticleDraft draft, CancellationToken cancellationToken) =>
        TransientConflicts.RetryAsync(() => TryReplaceAsync(id, draft, cancellationToken));

    private async Task<WriteOutcome> TryCreateAsync(Guid id, ArticleDraft draft, CancellationToken cancellationToken)
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

    private async Task<WriteOutcome> TryReplaceAsync(Guid id, ArticleDraft draft, CancellationToken cancellationToken)
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
                new CommandDefinition(ReplaceLinks, parameters, transaction, cancellationToken: cancellationToken));
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
        EntityMentions = draft.Entities.Select(e => e.Mentions).ToArray(),
        EntityFromEditor = draft.Entities.Select(e => e.FromEditor).ToArray(),
        AliasEntityKeys = draft.Entities.SelectMany(e => e.Aliases.Select(_ => e.Key)).ToArray(),
        AliasKeys = draft.Entities.SelectMany(e => e.Aliases.Select(TextFolding.Fold)).ToArray(),
        Aliases = draft.Entities.SelectMany(e => e.Aliases).ToArray(),
    };
}
