using System.Diagnostics;
using System.Net;
using ArticleApi.Tests.Infrastructure;
using Npgsql;

namespace ArticleApi.Tests.Faults;

/// <summary>The API with a one-second command timeout in its connection string.</summary>
public sealed class OneSecondCommandTimeoutFactory : ArticleApiFactory
{
    protected override async Task<string> CreateDatabaseAsync() =>
        new NpgsqlConnectionStringBuilder(await base.CreateDatabaseAsync()) { CommandTimeout = 1 }.ConnectionString;
}

public sealed class CommandTimeoutTests(OneSecondCommandTimeoutFactory api) : IClassFixture<OneSecondCommandTimeoutFactory>
{
    [Fact]
    public async Task A_statement_past_the_command_timeout_answers_504_and_is_cancelled_on_the_server()
    {
        var article = await api.AsEditor().CreateArticleAsync(Infrastructure.Articles.Valid());
        await using var slow = await SlowDatabase.LockArticlesAsync(api.ConnectionString);

        var took = Stopwatch.StartNew();
        var response = await api.Anonymous().GetAsync($"/articles/{article.Id}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.GatewayTimeout);
        Assert.Contains("command timeout", problem.Detail);
        Assert.InRange(took.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        // Still holding the lock: only a cancel on the server ends the statement that waited for it.
        await slow.UntilWaitingAsync(0);
    }
}

/// <summary>The API with its default timeouts: a client that gives up must not leave its statement running.</summary>
public sealed class ClientGoneTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    [Fact]
    public async Task A_statement_is_cancelled_on_the_server_when_its_client_goes_away()
    {
        var article = await api.AsEditor().CreateArticleAsync(Infrastructure.Articles.Valid());
        await using var slow = await SlowDatabase.LockArticlesAsync(api.ConnectionString);
        using var client = api.Anonymous();
        using var giveUp = new CancellationTokenSource();

        var request = client.GetAsync($"/articles/{article.Id}", giveUp.Token);
        await slow.UntilWaitingAsync(1);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await slow.UntilWaitingAsync(0);
    }
}

/// <summary>The API with a pool of two connections that waits one second for a free one.</summary>
public sealed class TwoConnectionPoolFactory : ArticleApiFactory
{
    protected override async Task<string> CreateDatabaseAsync() =>
        new NpgsqlConnectionStringBuilder(await base.CreateDatabaseAsync()) { MaxPoolSize = 2, Timeout = 1 }.ConnectionString;
}

public sealed class BusyPoolTests(TwoConnectionPoolFactory api) : IClassFixture<TwoConnectionPoolFactory>
{
    [Fact]
    public async Task With_every_connection_in_use_a_request_answers_503_busy_not_unreachable()
    {
        var article = await api.AsEditor().CreateArticleAsync(Infrastructure.Articles.Valid());
        var busy = new List<Task<HttpResponseMessage>>();
        await using (var slow = await SlowDatabase.LockArticlesAsync(api.ConnectionString))
        {
            busy.Add(api.Anonymous().GetAsync($"/articles/{article.Id}"));
            busy.Add(api.Anonymous().GetAsync($"/articles/{article.Id}"));
            await slow.UntilWaitingAsync(2);

            var response = await api.Anonymous().GetAsync("/sources");

            var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("Database busy", problem.Title);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        }
        // The two that held the connections finish once the lock is gone.
        Assert.All(await Task.WhenAll(busy), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
