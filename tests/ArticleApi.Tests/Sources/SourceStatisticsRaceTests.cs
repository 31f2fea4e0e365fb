using Npgsql;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Sources;

/// <summary>
/// The per-source statistics are kept by triggers; two transactions touching one source at once must
/// leave them equal to a recount, whichever commits first.
/// </summary>
public sealed class SourceStatisticsRaceTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private const string CopyWithNewDate = """
        INSERT INTO articles (id, source, source_key, headline, body, language, published_at)
        SELECT gen_random_uuid(), source, source_key, headline, body, language, @publishedAt
        FROM articles WHERE id = @template
        """;

    private async Task<NpgsqlConnection> BeginAsync()
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "BEGIN");
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    private async Task AssertStatisticsMatchARecountAsync(string source)
    {
        var kept = await api.ScalarAsync<string>(
            $"SELECT article_count || ' ' || newest_published_at FROM article_sources WHERE source_key = lower('{source}')");
        var recounted = await api.ScalarAsync<string>(
            $"SELECT count(*) || ' ' || max(published_at) FROM articles WHERE source_key = lower('{source}')");
        Assert.Equal(recounted, kept);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Deleting_the_newest_while_another_adds_a_newer_one_keeps_count_and_date(bool deleteFirst)
    {
        var source = UniqueSource();
        await api.AsEditor().CreateArticleAsync(Valid(source: source, publishedAt: "2025-01-01T00:00:00Z"));
        var newest = await api.AsEditor().CreateArticleAsync(Valid(source: source, publishedAt: "2025-02-01T00:00:00Z"));
        await using var deleting = await BeginAsync();
        await using var adding = await BeginAsync();
        var delete = () => Execute(deleting, "DELETE FROM articles WHERE id = @id", ("id", newest.Id));
        var add = () => Execute(adding, CopyWithNewDate, ("template", newest.Id), ("publishedAt", DateTime.Parse("2025-03-01T00:00:00Z").ToUniversalTime()));
        var (first, firstConnection, second, secondConnection) = deleteFirst
            ? (delete, deleting, add, adding)
            : (add, adding, delete, deleting);

        await first();
        var blocked = second(); // waits on the first transaction's lock on the statistics row
        await Task.Delay(200);
        Assert.False(blocked.IsCompleted);
        await Execute(firstConnection, "COMMIT");
        await blocked;
        await Execute(secondConnection, "COMMIT");

        await AssertStatisticsMatchARecountAsync(source);
    }
}
