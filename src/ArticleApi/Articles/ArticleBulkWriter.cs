using ArticleApi.Common.Text;
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
            seq integer, article_id uuid, name_key text, type text, name text, ordinal smallint, published_at timestamptz
        ) ON COMMIT DROP;
        """;

    private const string CopyArticles = """
        COPY staged_articles (id, source, source_key, external_id, headline, summary, body, dateline, dateline_key,
                              language, byline, url, published_at)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyMentions = """
        COPY staged_mentions (seq, article_id, name_key, type, name, ordinal, published_at) FROM STDIN (FORMAT BINARY)
        """;

    // Entities first (an article lists their ids), then the articles, whose RETURNING says which were
    // new, then the links of those.
    private const string Store = """
        INSERT INTO entities (name_key, type, name)
        SELECT DISTINCT ON (m.name_key, m.type) m.name_key, m.type, m.name
        FROM staged_mentions m
        ORDER BY m.name_key, m.type, m.seq -- a new entity is named as the batch first spells it
        ON CONFLICT (name_key, type) DO NOTHING;

        CREATE TEMP TABLE stored ON COMMIT DROP AS
        WITH mentioned AS (
            SELECT m.article_id, array_agg(e.id ORDER BY m.ordinal) AS entity_ids
            FROM staged_mentions m JOIN entities e ON e.name_key = m.name_key AND e.type = m.type
            GROUP BY m.article_id
        ), inserted AS (
            INSERT INTO articles (id, source, source_key, external_id, headline, summary, body, dateline, dateline_key,
                                  language, byline, url, published_at, entity_ids)
            SELECT s.id, s.source, s.source_key, s.external_id, s.headline, s.summary, s.body, s.dateline, s.dateline_key,
                   s.language, s.byline, s.url, s.published_at, coalesce(mentioned.entity_ids, '{}')
            FROM staged_articles s LEFT JOIN mentioned ON mentioned.article_id = s.id
            ON CONFLICT DO NOTHING
            RETURNING id
        )
        SELECT id FROM inserted;

        INSERT INTO article_entities (article_id, entity_id, ordinal, published_at)
        SELECT m.article_id, e.id, m.ordinal, m.published_at
        FROM staged_mentions m
        JOIN stored s ON s.id = m.article_id
        JOIN entities e ON e.name_key = m.name_key AND e.type = m.type;

        SELECT id FROM stored;
        """;

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
                    await mentions.WriteAsync((short)(i + 1), NpgsqlDbType.Smallint, cancellationToken);
                    await mentions.WriteAsync(draft.PublishedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                }
            }
            await mentions.CompleteAsync(cancellationToken);
        }

        var stored = new HashSet<Guid>();
        await using (var store = new NpgsqlCommand(Store, connection, transaction))
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
