using ArticleApi.Database;
using Dapper;

namespace ArticleApi.Articles.History;

/// <summary>
/// All SQL for an article's versions and the change feed (kept by the triggers of migration 0005), read
/// only, so from the read replica when there is one. On a hot standby the feed lags but still skips
/// nothing: the standby counts a transaction it has not yet seen commit as running, whatever its state on
/// the primary, so pg_current_snapshot() there holds the feed back just as on the primary.
/// </summary>
public sealed class ArticleHistoryRepository(ReadDataSource reads)
{
    private const string ListRevisions = """
        SELECT version, updated_at, updated_by, changed_fields, false AS current FROM article_revisions WHERE article_id = @Id
        UNION ALL
        SELECT version, updated_at, updated_by, changed_fields, true FROM articles WHERE id = @Id
        ORDER BY version;
        """;

    private const string Columns = """
        source, external_id, headline, summary, body, dateline, language, byline, url, published_at,
        entity_ids, entity_mentions, entity_from_editor, version, created_at, updated_at, created_by, updated_by
        """;

    private const string SelectRevision = $"""
        SELECT id, {Columns} FROM articles WHERE id = @Id AND version = @Version
        UNION ALL
        SELECT article_id, {Columns} FROM article_revisions WHERE article_id = @Id AND version = @Version;
        """;

    // Only changes of transactions older than any still running: those are all committed (or gone), so a
    // change that commits later always sorts after the cursor a reader holds.
    internal const string ListChanges = """
        SELECT c.txid::text AS txid, c.seq, c.article_id, c.version, c.kind, c.changed_at, c.changed_by
        FROM article_changes c
        WHERE (c.txid, c.seq) > (@Txid::text::xid8, @Seq) AND c.txid < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY c.txid, c.seq
        LIMIT @Limit;
        """;

    public async Task<IReadOnlyList<RevisionRow>> RevisionsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<RevisionRow>(new CommandDefinition(ListRevisions, new { Id = id }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<ArticleRecord?> RevisionAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<ArticleRecord>(
            new CommandDefinition(SelectRevision, new { Id = id, Version = version }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ChangeRow>> ChangesAsync(ChangeCursor after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ChangeRow>(new CommandDefinition(
            ListChanges, ChangesParameters(after, limit), cancellationToken: cancellationToken))).AsList();
    }

    public static DynamicParameters ChangesParameters(ChangeCursor after, int limit)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Txid", after.Txid.ToString());
        parameters.Add("Seq", after.Seq);
        parameters.Add("Limit", limit);
        return parameters;
    }
}

public sealed class RevisionRow
{
    public int Version { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }
    public string[] ChangedFields { get; init; } = [];
    public bool Current { get; init; }
}

public sealed class ChangeRow
{
    public string Txid { get; init; } = "";
    public long Seq { get; init; }
    public Guid ArticleId { get; init; }
    public int Version { get; init; }
    public string Kind { get; init; } = "";
    public DateTime ChangedAt { get; init; }
    public string? ChangedBy { get; init; }

    public ChangeCursor Cursor => new(ulong.Parse(Txid), Seq);
}
