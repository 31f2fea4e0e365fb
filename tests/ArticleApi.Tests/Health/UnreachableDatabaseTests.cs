using System.Net;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Health;

/// <summary>The API pointed at a PostgreSQL that is not there.</summary>
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
}
