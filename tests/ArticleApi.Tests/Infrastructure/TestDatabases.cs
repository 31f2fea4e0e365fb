using ArticleApi.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ArticleApi.Tests.Infrastructure;

/// <summary>
/// Every test class gets its own PostgreSQL database, cloned from a template that the migrations built
/// once per run. The server is the one ConnectionStrings__Articles names (./dev.sh test starts it);
/// without it every test fails: none is ever skipped.
/// </summary>
public static class TestDatabases
{
    private const string TemplateName = "articleapi_test_template";
    private const string TestPrefix = "articleapi_test_";
    private static readonly SemaphoreSlim CreateLock = new(1, 1);
    private static Task? templateReady;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Articles")
        ?? throw new InvalidOperationException(
            "No PostgreSQL for the tests: run them with ./dev.sh test, or set ConnectionStrings__Articles to a server where this user may create databases.");

    public static async Task<string> CreateAsync()
    {
        await CreateLock.WaitAsync();
        try
        {
            await (templateReady ??= CreateTemplateAsync());
            var name = TestPrefix + Guid.NewGuid().ToString("N")[..16];
            await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName}");
            return WithDatabase(name);
        }
        finally
        {
            CreateLock.Release();
        }
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static string WithDatabase(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    private static async Task CreateTemplateAsync()
    {
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            var leftovers = new List<string>();
            await using (var find = new NpgsqlCommand(
                $"SELECT datname FROM pg_database WHERE datname LIKE '{TestPrefix}%' OR datname = '{TemplateName}'", connection))
            await using (var reader = await find.ExecuteReaderAsync())
                while (await reader.ReadAsync()) leftovers.Add(reader.GetString(0));
            foreach (var name in leftovers)
                await new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection).ExecuteNonQueryAsync();
            await new NpgsqlCommand($"CREATE DATABASE {TemplateName}", connection).ExecuteNonQueryAsync();
        }
        // Unpooled, so no connection lingers on the template and blocks CREATE DATABASE … TEMPLATE.
        DatabaseMigrator.Migrate(WithDatabase(TemplateName, pooling: false), NullLogger.Instance);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(WithDatabase("postgres", pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
