using ArticleApi.Database;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ArticleApi.Tests.Database;

/// <summary>Replicas starting together all migrate safely, and none keeps the migration lock afterwards.</summary>
public sealed class DatabaseMigratorTests : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await TestDatabases.CreateAsync();

    public Task DisposeAsync() => TestDatabases.DropAsync(connectionString);

    [Fact]
    public async Task Instances_migrating_at_once_all_succeed_and_leave_no_advisory_lock_behind()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Task.Run(() => DatabaseMigrator.Migrate(connectionString, NullLogger.Instance)));

        await Task.WhenAll(instances);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var locks = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        Assert.Equal(0L, (long)(await locks.ExecuteScalarAsync())!);
        await using var journal = new NpgsqlCommand("SELECT count(*) FROM schemaversions", connection);
        var scripts = typeof(DatabaseMigrator).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Migrations."));
        Assert.Equal(scripts, (long)(await journal.ExecuteScalarAsync())!);
    }
}
