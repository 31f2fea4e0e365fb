using System.Net;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Health;

/// <summary>The API pointed at a PostgreSQL that is not there, told that its schema is someone else's job.</summary>
public sealed class UnreachableDatabaseFactory : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("ConnectionStrings:Articles", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2"),
        ("Database:MigrateOnStartup", "false"),
    ];
}

public sealed class UnreachableDatabaseTests(UnreachableDatabaseFactory api) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Live_stays_healthy_while_ready_answers_503()
    {
        var live = await api.Anonymous().GetAsync("/health/live");
        var ready = await api.Anonymous().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/articles")]
    [InlineData("/articles/0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21")]
    [InlineData("/entities?prefix=zel")]
    [InlineData("/sources")]
    public async Task Requests_that_need_the_database_answer_503_with_Retry_After(string path)
    {
        var response = await api.Anonymous().GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Database unavailable", problem.Title);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }
}
