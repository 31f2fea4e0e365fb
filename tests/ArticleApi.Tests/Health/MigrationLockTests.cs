using System.Diagnostics;
using System.Net;
using ArticleApi.Tests.Infrastructure;
using Npgsql;

namespace ArticleApi.Tests.Health;

/// <summary>The API starting while another process holds the migration lock on its database (a long migration elsewhere).</summary>
public sealed class MigrationLockHeldFactory : ArticleApiFactory
{
    public NpgsqlConnection? Holder { get; private set; }

    protected override async Task<string> CreateDatabaseAsync()
    {
        var connectionString = await base.CreateDatabaseAsync();
        // Unpooled: closing it must end the session, and with it the lock.
        Holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await Holder.OpenAsync();
        await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(4716590157)", Holder);
        await take.ExecuteNonQueryAsync();
        return connectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Holder is not null) await Holder.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class MigrationLockTests(MigrationLockHeldFactory api) : IClassFixture<MigrationLockHeldFactory>
{
    [Fact]
    public async Task Another_migration_in_progress_keeps_the_api_live_but_not_ready_until_it_ends()
    {
        var client = api.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        await (await client.GetAsync("/sources")).ReadProblemAsync(HttpStatusCode.ServiceUnavailable);

        await api.Holder!.CloseAsync();

        var waited = Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "not ready a minute after the lock was released");
            await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sources")).StatusCode);
    }
}
