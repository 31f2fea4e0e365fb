using ArticleApi.Common.Text;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace ArticleApi.Articles;

/// <summary>
/// Stores many validated articles at once: binary COPY into session-private staging tables, then a few
/// set-based statements, all in one transaction per batch. An article whose source and externalId are
/// already stored is skipped, not duplicated, so a feed or an import can be replayed.
/// </summary>
public sealed class ArticleBulkWriter(NpgsqlDataSource dataSource)
{
    private const string CreateStaging = """
        CREATE TEMP TABLE staged_articles (LIKE articles INCLUDING DEFAULTS) ON COMMIT DROP;
        ALTER TABLE staged_articles DROP COLUMN search;
        CREATE TEMP TABLE staged_mentions (
            seq integer, article_id uuid, key text, type text, name text, mentions integer, from_editor boolean,
            ordinal smallint, published_at timestamptz
        ) ON COMMIT DROP;
        CREATE TEMP TABLE staged_aliases (entity_key text, alias_key text, alias text) ON COMMIT DROP;
        """;

    private const string CopyArticles = """
        COPY staged_articles (id, source, source_key, external_id, headline, summary, body, dateline, dateline_key,
                              language, byline, url, published_at)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyMentions = """
        COPY staged_mentions (seq, article_id, key, type, name, mentions, from_editor, ordinal, published_at) FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyAliases = "COPY staged_aliases (entity_key, alias_key, alias) FROM STDIN (FORMAT BINARY)";

    // As ArticleRepository writes one article: entities and their aliases first (an article lists their
    // ids), then the articles, whose RETURNING says which were new, then the links of those.
    private const string Store = """
        WITH added AS (
            INSERT INTO entities (key, type, name)
            SELECT DISTINCT ON (m.key) m.key, m.type, m.name
            FROM staged_mentions m
            WHERE NOT EXISTS (SELECT 1 FROM entity_keys k WHERE k.key = m.key)
            ORDER BY m.key, m.seq -- a new entity is named as the batch first spells it
            ON CONFLICT (key) DO NOTHING
            RETURNING id, key
        )
        INSERT INTO entity_keys (key, entity_id) SELECT key, id FROM added;

        INSERT INTO entity_aliases (entity_id, alias_key, alias)
        SELECT DISTINCT ON (k.entity_id, a.alias_key) k.entity_id, a.alias_key, a.alias
        FROM staged_aliases a JOIN entity_keys k ON k.key = a.entity_key
        ORDER BY k.entity_id, a.alias_key
        ON CONFLICT DO NOTHING;

        CREATE TEMP TABLE resolved ON COMMIT DROP AS
        SELECT m.article_id, k.entity_id, min(m.ordinal) AS ordinal, sum(m.mentions)::integer AS mentions,
               bool_or(m.from_editor) AS from_editor, min(m.published_at) AS published_at
        FROM staged_mentions m JOIN entity_keys k ON k.key = m.key
        GROUP BY m.article_id, k.entity_id;

        CREATE TEMP TABLE stored ON COMMIT DROP AS
        WITH mentioned AS (
            SELECT article_id, array_agg(entity_id ORDER BY ordinal) AS ids, array_agg(mentions ORDER BY ordinal) AS mentions,
                   array_agg(from_editor ORDER BY ordinal) AS from_editor
            FROM resolved GROUP BY article_id
        ), inserted AS (
            INSERT INTO articles (id, source, source_key, external_id, headline, summary, body, dateline, dateline_key,
                                  language, byline, url, published_at, entity_ids, entity_mentions, entity_from_editor)
            SELECT s.id, s.source, s.source_key, s.external_id, s.headline, s.summary, s.body, s.dateline, s.dateline_key,
                   s.language, s.byline, s.url, s.published_at,
                   coalesce(m.ids, '{}'), coalesce(m.mentions, '{}'), coalesce(m.from_editor, '{}')
            FROM staged_articles s LEFT JOIN mentioned m ON m.article_id = s.id
            ORDER BY s.ctid -- as copied: of two items with one agency id, the first is kept
            ON CONFLICT DO NOTHING
            RETURNING id
        )
        SELECT id FROM inserted;

        INSERT INTO article_entities (article_id, entity_id, ordinal, published_at)
        SELECT r.article_id, r.entity_id, r.ordinal, r.published_at
        FROM resolved r JOIN stored s ON s.id = r.article_id
        ORDER BY r.entity_id;

        SELECT id FROM stored;
        """;

    private const string SelectPresent = """
        SELECT k.source_key, k.external_id
        FROM unnest(@SourceKeys, @ExternalIds) AS k (source_key, external_id)
        WHERE EXISTS (SELECT 1 FROM articles a WHERE a.source_key = k.source_key AND a.external_id = k.external_id)
        """;

    /// <summary>
    /// Which of these agency ids are stored (sources as <see cref="SourceKey.Of"/> gives them): a replay skips those
    /// before it spends the work of drafting them.
    /// </summary>
    public async Task<IReadOnlySet<(string SourceKey, string ExternalId)>> PresentAsync(
        IReadOnlyCollection<(string SourceKey, string ExternalId)> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return new HashSet<(string, string)>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var present = await connection.QueryAsync<(string, string)>(new CommandDefinition(SelectPresent,
            new { SourceKeys = keys.Select(k => k.SourceKey).ToArray(), ExternalIds = keys.Select(k => k.ExternalId).ToArray() },
            cancellationToken: cancellationToken));
        return present.ToHashSet();
    }

    /// <summary>Writes the batch; answers the ids of the articles stored (the rest were already there).</summary>
    public async Task<IReadOnlySet<Guid>> WriteAsync(IReadOnlyList<(Guid Id, ArticleDraft Draft)> batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(CreateStaging, connection, transaction))
            await create.ExecuteNonQueryAsync(cancellationToken);

        await using (var articles = await connection.BeginBinaryImportAsync(CopyArticles, cancellationToken))
        {
            foreach (var (id, draft) in batch)
            {
                await articles.StartRowAsync(cancellationToken);
                await articles.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await articles.WriteAsync(draft.Source, NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync(SourceKey.Of(draft.Source), NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(articles, draft.ExternalId, cancellationToken);
                await articles.WriteAsync(draft.Headline, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(articles, draft.Summary, cancellationToken);
                await articles.WriteAsync(draft.Body, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(articles, draft.Dateline, cancellationToken);
                await WriteNullableAsync(articles, draft.Dateline is null ? null : TextFolding.Fold(draft.Dateline), cancellationToken);
                await articles.WriteAsync(draft.Language, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(articles, draft.Byline, cancellationToken);
                await WriteNullableAsync(articles, draft.Url, cancellationToken);
                await articles.WriteAsync(draft.PublishedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await articles.CompleteAsync(cancellationToken);
        }

        await using (var mentions = await connection.BeginBinaryImportAsync(CopyMentions, cancellationToken))
        {
            var seq = 0;
            foreach (var (id, draft) in batch)
            {
                for (var i = 0; i < draft.Entities.Count; i++)
                {
                    var entity = draft.Entities[i];
                    await mentions.StartRowAsync(cancellationToken);
                    await mentions.WriteAsync(seq++, NpgsqlDbType.Integer, cancellationToken);
                    await mentions.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                    await mentions.WriteAsync(entity.Key, NpgsqlDbType.Text, cancellationToken);
                    await mentions.WriteAsync(entity.Type.ToDatabase(), NpgsqlDbType.Text, cancellationToken);
                    await mentions.WriteAsync(entity.Name, NpgsqlDbType.Text, cancellationToken);
                    await mentions.WriteAsync(entity.Mentions, NpgsqlDbType.Integer, cancellationToken);
                    await mentions.WriteAsync(entity.FromEditor, NpgsqlDbType.Boolean, cancellationToken);
                    await mentions.WriteAsync((short)(i + 1), NpgsqlDbType.Smallint, cancellationToken);
                    await mentions.WriteAsync(draft.PublishedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                }
            }
            await mentions.CompleteAsync(cancellationToken);
        }

        await using (var aliases = await connection.BeginBinaryImportAsync(CopyAliases, cancellationToken))
        {
            foreach (var entity in batch.SelectMany(b => b.Draft.Entities))
            {
                foreach (var alias in entity.Aliases)
                {
                    await aliases.StartRowAsync(cancellationToken);
                    await aliases.WriteAsync(entity.Key, NpgsqlDbType.Text, cancellationToken);
                    await aliases.WriteAsync(TextFolding.Fold(alias), NpgsqlDbType.Text, cancellationToken);
                    await aliases.WriteAsync(alias, NpgsqlDbType.Text, cancellationToken);
                }
            }
            await aliases.CompleteAsync(cancellationToken);
        }

        var stored = new HashSet<Guid>();
        // A batch may take longer than a request may: it is bounded by its size, and cancelled by the token.
        await using (var store = new NpgsqlCommand(Store, connection, transaction) { CommandTimeout = 0 })
        await using (var reader = await store.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) stored.Add(reader.GetGuid(0));
        }
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
