using System.Globalization;
using ArticleApi.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ArticleApi.Tests.Infrastructure;

/// <summary>
/// Every test class gets its own PostgreSQL database, cloned from a template that the migrations built
/// once per run. The server is the one ConnectionStrings__Articles names (./dev.sh test starts it);
/// without it every test fails: none is ever skipped. Names carry the run's start time and id, so
/// runs sharing a server never touch each other's databases, and a crashed run's leftovers are
/// dropped by a later run once they are a day old.
/// </summary>
public static class TestDatabases
{
    private const string Prefix = "articleapi_t";
    private static readonly DateTime RunStarted = DateTime.UtcNow;
    private static readonly string RunName = $"{Prefix}{RunStarted:yyyyMMddHHmm}_{Guid.NewGuid().ToString("N")[..8]}";
    private static readonly string TemplateName = RunName + "_template";
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
            var name = $"{RunName}_{Guid.NewGuid().ToString("N")[..8]}";
            await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName}");
            return WithDatabase(name);
        }
        finally
        {
            CreateLock.Release();
        }
    }

    /// <summary>A database with no schema at all, for tests that migrate it themselves.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = $"{RunName}_{Guid.NewGuid().ToString("N")[..8]}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        return WithDatabase(name);
    }

    public static Task DropAsync(string connectionString) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)");

    public static string WithDatabase(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    private static async Task CreateTemplateAsync()
    {
        await DropDayOldLeftoversAsync();
        await ExecuteAsync($"CREATE DATABASE {TemplateName}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)").Wait();
        // Unpooled, so no connection lingers on the template and blocks CREATE DATABASE … TEMPLATE.
        DatabaseMigrator.Migrate(WithDatabase(TemplateName, pooling: false), NullLogger.Instance);
    }

    private static async Task DropDayOldLeftoversAsync()
    {
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(WithDatabase("postgres", pooling: false)))
        {
            await connection.OpenAsync();
            await using var find = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Prefix}%'", connection);
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }
        foreach (var name in names)
        {
            var stamp = name.Substring(Prefix.Length, 12);
            if (DateTime.TryParseExact(stamp, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var started)
                && started < RunStarted.AddDays(-1))
                await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(WithDatabase("postgres", pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
