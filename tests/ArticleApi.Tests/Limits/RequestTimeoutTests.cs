using System.Diagnostics;
using System.Net;
using ArticleApi.Tests.Infrastructure;
using Npgsql;

namespace ArticleApi.Tests.Limits;

/// <summary>The API with a request timeout of one second.</summary>
public sealed class ShortTimeoutFactory : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Limits:RequestTimeoutSeconds", "1")];
}

public sealed class RequestTimeoutTests(ShortTimeoutFactory api) : IClassFixture<ShortTimeoutFactory>
{
    private const string WaitingForALock = """
        SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'
        """;

    [Fact]
    public async Task A_request_stuck_on_the_database_answers_504_and_its_query_is_cancelled()
    {
        var reader = api.Anonymous();
        reader.Timeout = TimeSpan.FromSeconds(15);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/articles/{Guid.NewGuid()}")).StatusCode);

        // Another session holds the articles table, so reading an article waits until it lets go.
        await using var blocker = new NpgsqlConnection(api.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await new NpgsqlCommand("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE", blocker, transaction).ExecuteNonQueryAsync();

        var watch = Stopwatch.StartNew();
        var response = await reader.GetAsync($"/articles/{Guid.NewGuid()}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.GatewayTimeout);
        Assert.Equal("The request took longer than the limit of 1 s and was stopped.", problem.Detail);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.True(response.Headers.Contains("RateLimit-Remaining"));
        // The timeout reached PostgreSQL: no statement still waits for the lock.
        var waiting = -1L;
        for (var attempt = 0; attempt < 50 && waiting != 0; attempt++, await Task.Delay(100))
            waiting = (long)(await new NpgsqlCommand(WaitingForALock, blocker, transaction).ExecuteScalarAsync())!;
        Assert.Equal(0L, waiting);
    }
}
