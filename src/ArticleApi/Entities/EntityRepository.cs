using ArticleApi.Articles;
using ArticleApi.Common.Text;
using ArticleApi.Database;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleApi.Entities;

/// <summary>All SQL for entities as a resource: looking up, renaming and merging (listing in EntityRepository.List.cs).</summary>
public sealed partial class EntityRepository(NpgsqlDataSource dataSource, ReadDataSource reads, IOptions<EntityListLimits> limits)
{
    private const string SelectNamesByIds = "SELECT id, key, name, type FROM entities WHERE id = ANY(@Ids)";

    private const string SelectByKey = """
        SELECT e.id, e.key, e.name, e.type, e.article_count
        FROM entity_keys k JOIN entities e ON e.id = k.entity_id
        WHERE k.key = @Key;
        SELECT a.alias FROM entity_aliases a JOIN entity_keys k ON k.entity_id = a.entity_id
        WHERE k.key = @Key ORDER BY a.alias_key;
        """;

    private const string LockInIdOrder = "SELECT count(*) FROM (SELECT id FROM entities WHERE id = ANY(@Ids) ORDER BY id FOR UPDATE) locked";

    private const string KeyOwner = "SELECT entity_id FROM entity_keys WHERE key = @Key";

    private const string AddAlias = """
        INSERT INTO entity_aliases (entity_id, alias_key, alias) VALUES (@Id, @AliasKey, @Alias) ON CONFLICT DO NOTHING;
        """;

    private const string Rename = $"""
        UPDATE entities SET key = @Key, name = @Name, type = @Type WHERE id = @Id;
        INSERT INTO entity_keys (key, entity_id) VALUES (@Key, @Id) ON CONFLICT (key) DO NOTHING;
        {AddAlias}
        """;

    // The merged entity's articles list the target instead; an article that mentions both lists it
    // once, at the first place, with the mentions added up. Then the links, aliases (and with them their
    // words) and keys follow, and the merged entity goes.
    private const string Merge = $"""
        {ArticleRepository.SetActor}
        UPDATE articles a
        SET (entity_ids, entity_mentions, entity_from_editor) = (
            SELECT array_agg(id ORDER BY ordinal), array_agg(mentions ORDER BY ordinal), array_agg(from_editor ORDER BY ordinal)
            FROM (SELECT CASE WHEN x.id = @Merged THEN @Target ELSE x.id END AS id, min(x.ordinal) AS ordinal,
                         sum(coalesce(x.mentions, 1))::integer AS mentions, bool_or(coalesce(x.from_editor, true)) AS from_editor
                  FROM unnest(a.entity_ids, a.entity_mentions, a.entity_from_editor) WITH ORDINALITY AS x (id, mentions, from_editor, ordinal)
                  GROUP BY 1) merged)
        WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = @Merged);

        DELETE FROM article_entities m
        WHERE m.entity_id = @Merged AND m.article_id IN (SELECT article_id FROM article_entities WHERE entity_id = @Target);
        UPDATE article_entities SET entity_id = @Target WHERE entity_id = @Merged;
        UPDATE entities SET article_count = (SELECT count(*) FROM article_entities WHERE entity_id = @Target) WHERE id = @Target;

        INSERT INTO entity_aliases (entity_id, alias_key, alias)
        SELECT @Target, alias_key, alias FROM entity_aliases WHERE entity_id = @Merged
        ON CONFLICT DO NOTHING;
        UPDATE entity_keys SET entity_id = @Target WHERE entity_id = @Merged;
        DELETE FROM entities WHERE id = @Merged;
        """;

    public async Task<IReadOnlyList<(long Id, string Key, string Name, string Type)>> NamesAsync(long[] ids, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<(long, string, string, string)>(
            new CommandDefinition(SelectNamesByIds, new { Ids = ids }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The entity a key (current or former) names, with its aliases, as the read replica has it.</summary>
    public async Task<EntityDetails?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, key, cancellationToken);
    }

    /// <summary>The same from the primary, for a correction about to be written.</summary>
    public async Task<EntityDetails?> FindForWriteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, key, cancellationToken);
    }

    private static async Task<EntityDetails?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SelectByKey, new { Key = key }, transaction, cancellationToken: cancellationToken));
        var entity = await results.ReadSingleOrDefaultAsync<EntityRow>();
        var aliases = (await results.ReadAsync<string>()).AsList();
        return entity is null ? null : new EntityDetails(entity.Id, entity.ToSummary(), aliases);
    }

    /// <summary>Gives the entity a new name and type, and so a new key; its former keys keep naming it.</summary>
    public Task<EntityCorrection> RenameAsync(string key, string name, EntityType type, CancellationToken cancellationToken) =>
        TransientConflicts.RetryAsync<EntityCorrection>(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (await FindAsync(connection, transaction, key, cancellationToken) is not { } entity) return new EntityCorrection.NotFound();
            if (!await LockAsync(connection, transaction, [entity.Id], cancellationToken)) return new EntityCorrection.NotFound();
            var newKey = EntityKey.Of(type, name);
            var owner = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(KeyOwner, new { Key = newKey }, transaction, cancellationToken: cancellationToken));
            if (owner is { } other && other != entity.Id) return new EntityCorrection.KeyTaken(newKey);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(Rename, new
                {
                    entity.Id, Key = newKey, Name = name, Type = type.ToDatabase(), AliasKey = TextFolding.Fold(name), Alias = name,
                }, transaction, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                return new EntityCorrection.KeyTaken(newKey); // an article named a new entity so a moment ago
            }
            var renamed = await FindAsync(connection, transaction, newKey, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new EntityCorrection.Done(renamed!, [entity.Id]);
        });

    /// <summary>Folds the entity into another: its articles, aliases and keys go to the target, and it is gone.</summary>
    public Task<EntityCorrection> MergeAsync(string key, string targetKey, string? actor, CancellationToken cancellationToken) =>
        TransientConflicts.RetryAsync<EntityCorrection>(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (await FindAsync(connection, transaction, key, cancellationToken) is not { } merged) return new EntityCorrection.NotFound();
            if (await FindAsync(connection, transaction, targetKey, cancellationToken) is not { } target) return new EntityCorrection.TargetNotFound(targetKey);
            if (merged.Id == target.Id) return new EntityCorrection.SameEntity();
            if (!await LockAsync(connection, transaction, [merged.Id, target.Id], cancellationToken)) return new EntityCorrection.NotFound();
            await connection.ExecuteAsync(new CommandDefinition(Merge, new { Merged = merged.Id, Target = target.Id, Actor = actor },
                transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            var result = await FindAsync(connection, transaction, target.Entity.Key, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new EntityCorrection.Done(result!, [merged.Id, target.Id]);
        });

    // Writers linking articles to these entities finish first, and new ones wait for this correction.
    // False when one of them went meanwhile (merged by another editor).
    private static async Task<bool> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] ids, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(LockInIdOrder, new { Ids = ids }, transaction, cancellationToken: cancellationToken)) == ids.Length;

    private sealed class EntityRow
    {
        public long Id { get; init; }
        public string Key { get; init; } = "";
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public int ArticleCount { get; init; }

        public EntitySummary ToSummary() => new(Key, Name, EntityTypeNames.FromDatabase(Type), ArticleCount);
    }
}
