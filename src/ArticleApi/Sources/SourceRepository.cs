using ArticleApi.Database;
using Dapper;

namespace ArticleApi.Sources;

/// <summary>All SQL for sources: per-source statistics that triggers on articles keep current.</summary>
public sealed class SourceRepository(ReadDataSource reads)
{
    private const string ListSources = """
        SELECT source, article_count, newest_published_at
        FROM article_sources
        WHERE article_count > 0
        ORDER BY article_count DESC, source_key
        """;

    public async Task<IReadOnlyList<SourceResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(ListSources, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SourceResponse(r.Source, r.ArticleCount,
            r.NewestPublishedAt is { } newest ? new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc)) : null))];
    }

    private sealed class SourceRow
    {
        public string Source { get; init; } = "";
        public long ArticleCount { get; init; }
        public DateTime? NewestPublishedAt { get; init; }
    }
}
