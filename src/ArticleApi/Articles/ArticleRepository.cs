using ArticleApi.Common.Text;
using ArticleApi.Database;
using ArticleApi.Idempotency;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleApi.Articles;

/// <summary>
/// All SQL for articles: reads and writes here, lists and facets in ArticleRepository.Search.cs. Every
/// write is one round trip and leaves no partial write behind. What GET endpoints read comes from
/// <see cref="ReadDataSource"/> (a replica, when configured); writes and what they read, the primary.
/// </summary>
public sealed partial class ArticleRepository(NpgsqlDataSource dataSource, ReadDataSource reads, IOptions<ListLimits> limits)
{
    private const string DuplicateConstraint = "articles_source_external_id_key";

    internal const string SelectById = """
        SELECT a.id, a.source, a.external_id, a.headline, a.summary, a.body, a.dateline, a.language, a.byline, a.url,
               a.published_at, a.entity_ids, a.entity_mentions, a.entity_from_editor, a.version, a.created_at, a.updated_at,
               a.created_by, a.updated_by
        FROM articles a
        WHERE a.id = @Id
        """;

    private const string Returning = """
        RETURNING id, source, external_id, headline, summary, body, dateline, language, byline, url,
                  published_at, entity_ids, entity_mentions, entity_from_editor, version, created_at, updated_at,
                  created_by, updated_by
        """;

    // Who deletes or merges, for the history triggers (migration 0005); local to the writing transaction.
    // Inserts and updates name their writer in created_by and updated_by.
    internal const string SetActor = "SELECT set_config('articleapi.actor', @Actor, true);";

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
                                  language, byline, url, published_at, entity_ids, entity_mentions, entity_from_editor,
                                  version, created_by, updated_by)
            VALUES (@Id, @Source, @SourceKey, @ExternalId, @Headline, @Summary, @Body, @Dateline, @DatelineKey,
                    @Language, @Byline, @Url, @PublishedAt, {EntityArrays}, @Version, @Actor, @Actor)
            {Returning}
        ), links AS (
            INSERT INTO article_entities (article_id, entity_id, ordinal, published_at)
            SELECT @Id, entity_id, ordinal, @PublishedAt FROM mentioned
        ), keyed AS (
            INSERT INTO idempotent_creations (scope, key, article_id)
            SELECT @IdempotencyScope, @IdempotencyKey, @Id WHERE @IdempotencyKey::text IS NOT NULL
        )
        SELECT * FROM a;
        """;

    // The history trigger sets version, updated_at, updated_by and changed_fields. With an expected
    // version (If-Match), a writer that committed first makes this one update nothing.
    private const string Update = $"""
        {AddEntities}
        WITH {Mentioned}
        UPDATE articles
        SET source = @Source, source_key = @SourceKey, external_id = @ExternalId, headline = @Headline,
            summary = @Summary, body = @Body, dateline = @Dateline, dateline_key = @DatelineKey, language = @Language,
            byline = @Byline, url = @Url, published_at = @PublishedAt,
            (entity_ids, entity_mentions, entity_from_editor) = (SELECT {EntityArrays}), updated_by = @Actor
        WHERE id = @Id AND (@ExpectedVersions::integer[] IS NULL OR version = ANY(@ExpectedVersions))
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

    // One batch, so one transaction: the actor is set for the delete's trigger.
    private const string DeleteById = $"""
        {SetActor}
        DELETE FROM articles WHERE id = @Id AND (@ExpectedVersions::integer[] IS NULL OR version = ANY(@ExpectedVersions)) RETURNING id;
        """;

    private const string SelectByAgencyId = """
        SELECT id, version FROM articles WHERE source_key = @SourceKey AND external_id = @ExternalId FOR UPDATE;
        SELECT id, version, deleted_at, deleted_by FROM article_tombstones
        WHERE source_key = @SourceKey AND external_id = @ExternalId
        ORDER BY deleted_at DESC LIMIT 1;
        """;

    // Why a write by id found nothing to write: the version it expected is gone, the article is, or it never was.
    private const string SelectState = """
        SELECT version FROM articles WHERE id = @Id;
        SELECT id, version, deleted_at, deleted_by FROM article_tombstones WHERE id = @Id;
        """;

    private const string SelectCursorSigningKey = "SELECT value FROM app_secrets WHERE name = 'cursor-signing-key'";

    private const string IdempotentCreationConstraint = "idempotent_creations_pkey";

    private const string SelectIdempotentCreation = """
        SELECT article_id FROM idempotent_creations WHERE scope = @IdempotencyScope AND key = @IdempotencyKey
        """;

    private const string SelectDuplicate = """
        SELECT id, source, external_id FROM articles WHERE source_key = @SourceKey AND external_id = @ExternalId
        """;

    public async Task<ArticleRecord?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ArticleRecord>(
            new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken));
    }

    /// <summary>The tombstone of a deleted article; null when the id was never deleted.</summary>
    public async Task<ArticleTombstone?> TombstoneAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectState, new { Id = id }, cancellationToken: cancellationToken));
        await results.ReadAsync<int>();
        return await results.ReadSingleOrDefaultAsync<ArticleTombstone>();
    }

    /// <param name="idempotency">The Idempotency-Key the request runs under, if any: a second create under it answers the first's article.</param>
    public Task<WriteOutcome> CreateAsync(Guid id, ArticleDraft draft, string? actor, IdempotencyFeature? idempotency, CancellationToken cancellationToken) =>
        TransientConflicts.RetryAsync(() => TryCreateAsync(id, draft, actor, idempotency, cancellationToken));

    public Task<WriteOutcome> ReplaceAsync(Guid id, ArticleDraft draft, WriteCondition condition, CancellationToken cancellationToken) =>
        TransientConflicts.RetryAsync(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return await TryReplaceAsync(connection, transaction, id, draft, condition, cancellationToken);
        });

    public async Task<WriteOutcome> DeleteAsync(Guid id, WriteCondition condition, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        bool deleted;
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(
            DeleteById, new { Id = id, condition.Actor, ExpectedVersions = condition.IfMatch?.VersionsOf(id) }, cancellationToken: cancellationToken)))
        {
            await results.ReadAsync<string>();
            deleted = (await results.ReadAsync<Guid>()).Any();
        }
        return deleted ? new WriteOutcome.Deleted() : await WhyNotWrittenAsync(connection, null, id, cancellationToken);
    }

    /// <summary>
    /// Creates or replaces the article an agency identifies by source and externalId. A deleted one comes
    /// back under its old id, as its next version. Two upserts of a new item at once: the second finds the
    /// first's article and replaces it.
    /// </summary>
    public Task<WriteOutcome> UpsertAsync(ArticleDraft draft, WriteCondition condition, CancellationToken cancellationToken) =>
        TransientConflicts.RetryAsync(async () =>
        {
            var key = new { SourceKey = SourceKey.Of(draft.Source), draft.ExternalId };
            for (var attempt = 1; ; attempt++)
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectByAgencyId, key, transaction, cancellationToken: cancellationToken));
                var existing = await results.ReadSingleOrDefaultAsync<(Guid Id, int Version)?>();
                var tombstone = await results.ReadSingleOrDefaultAsync<ArticleTombstone>();
                await results.DisposeAsync();
                if (existing is { } found)
                {
                    if (condition.IfNoneMatch?.Names(found.Id, found.Version) == true) return new WriteOutcome.AlreadyExists(found.Id, found.Version);
                    return await TryReplaceAsync(connection, transaction, found.Id, draft, condition, cancellationToken);
                }
                if (condition.IfMatch is not null) return new WriteOutcome.VersionMismatch(null);

                var (id, version) = tombstone is null ? (Guid.CreateVersion7(), 1) : (tombstone.Id, tombstone.Version + 1);
                try
                {
                    var created = await connection.QuerySingleAsync<ArticleRecord>(
                        new CommandDefinition(Insert, Parameters(id, draft, condition, version), transaction, cancellationToken: cancellationToken));
                    await transaction.CommitAsync(cancellationToken);
                    return new WriteOutcome.Written(created, Created: true);
                }
                catch (PostgresException e) when (attempt < 3 && e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DuplicateConstraint or "articles_pkey" })
                {
                    await transaction.RollbackAsync(cancellationToken);
                }
            }
        });

    private async Task<WriteOutcome> TryCreateAsync(
        Guid id, ArticleDraft draft, string? actor, IdempotencyFeature? idempotency, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = Parameters(id, draft, new WriteCondition(actor, null), idempotency: idempotency);
        if (idempotency is not null && await CreatedBeforeAsync(connection, parameters, cancellationToken) is { } before) return before;
        try
        {
            var created = await connection.QuerySingleAsync<ArticleRecord>(new CommandDefinition(Insert, parameters, cancellationToken: cancellationToken));
            return new WriteOutcome.Written(created, Created: true);
        }
        catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DuplicateConstraint })
        {
            return await DuplicateOf(connection, draft, cancellationToken);
        }
        catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: IdempotentCreationConstraint })
        {
            return (await CreatedBeforeAsync(connection, parameters, cancellationToken))!;
        }
    }

    // The article this Idempotency-Key created before, when its response was not kept (the replica died
    // or storing it failed): answered again rather than created twice.
    private static async Task<WriteOutcome?> CreatedBeforeAsync(NpgsqlConnection connection, object parameters, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(SelectIdempotentCreation, parameters, cancellationToken: cancellationToken)) is not { } first)
            return null;
        return await connection.QuerySingleOrDefaultAsync<ArticleRecord>(new CommandDefinition(SelectById, new { Id = first }, cancellationToken: cancellationToken)) is { } article
            ? new WriteOutcome.Written(article, Created: true)
            : await WhyNotWrittenAsync(connection, null, first, cancellationToken);
    }

    private static async Task<WriteOutcome> TryReplaceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, ArticleDraft draft, WriteCondition condition, CancellationToken cancellationToken)
    {
        var parameters = Parameters(id, draft, condition);
        try
        {
            var updated = await connection.QuerySingleOrDefaultAsync<ArticleRecord>(
                new CommandDefinition(Update, parameters, transaction, cancellationToken: cancellationToken));
            if (updated is null) return await WhyNotWrittenAsync(connection, transaction, id, cancellationToken);
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

    private static async Task<WriteOutcome> WhyNotWrittenAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectState, new { Id = id }, transaction, cancellationToken: cancellationToken));
        var version = await results.ReadSingleOrDefaultAsync<int?>();
        var tombstone = await results.ReadSingleOrDefaultAsync<ArticleTombstone>();
        if (version is { } current) return new WriteOutcome.VersionMismatch(current);
        return tombstone is null ? new WriteOutcome.NotFound() : new WriteOutcome.Gone(tombstone);
    }

    /// <summary>The key that signs list cursors, made by the migrations so that every replica shares it.</summary>
    public async Task<byte[]> CursorSigningKeyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(SelectCursorSigningKey, cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException("The cursor signing key is missing from app_secrets.");
    }

    private static async Task<WriteOutcome> DuplicateOf(NpgsqlConnection connection, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var existing = await connection.QuerySingleOrDefaultAsync<ArticleRecord>(new CommandDefinition(
            SelectDuplicate, new { SourceKey = SourceKey.Of(draft.Source), draft.ExternalId }, cancellationToken: cancellationToken));
        return new WriteOutcome.Duplicate(draft.Source, draft.ExternalId!, existing);
    }

    private static object Parameters(Guid id, ArticleDraft draft, WriteCondition condition, int version = 1, IdempotencyFeature? idempotency = null) => new
    {
        Id = id,
        IdempotencyScope = idempotency?.Scope,
        IdempotencyKey = idempotency?.Key,
        condition.Actor,
        ExpectedVersions = condition.IfMatch?.VersionsOf(id),
        Version = version,
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
