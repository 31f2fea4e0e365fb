using DbUp;
using DbUp.Engine.Output;
using Npgsql;

namespace ArticleApi.Database;

/// <summary>Applies the embedded Migrations/NNNN_name.sql scripts that a database has not seen yet.</summary>
public static class DatabaseMigrator
{
    // Replicas starting together must not run the same script twice: the first takes this lock, the
    // others wait for it and then find nothing left to do.
    private const string TakeMigrationLock = "SELECT pg_advisory_lock(4716590157)";
    private const string ReleaseMigrationLock = "SELECT pg_advisory_unlock(4716590157)";

    /// <param name="upTo">Apply only the scripts up to this number ("0002"); tests use it to stage data as an older release stored it.</param>
    /// <param name="lockWait">How long to wait for another process's migration; past it, a PostgresException
    /// with SqlState 55P03 (lock_not_available). Null: as long as it takes.</param>
    public static void Migrate(string connectionString, ILogger logger, string? upTo = null, TimeSpan? lockWait = null)
    {
        // A session-level lock lives as long as its connection: never let a pool keep that connection.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 }.ConnectionString;
        using var lockConnection = new NpgsqlConnection(unpooled);
        lockConnection.Open();
        if (lockWait is { } wait) Execute(lockConnection, $"SET lock_timeout = {(long)wait.TotalMilliseconds}");
        Execute(lockConnection, TakeMigrationLock);
        try
        {
            var result = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(".Migrations.") && IsUpTo(name, upTo))
                .WithTransactionPerScript()
                .LogTo(new UpgradeLog(logger))
                .Build()
                .PerformUpgrade();
            if (!result.Successful)
                throw new InvalidOperationException($"Database migration failed at {result.ErrorScript?.Name}.", result.Error);
        }
        finally
        {
            Execute(lockConnection, ReleaseMigrationLock);
        }
    }

    private static bool IsUpTo(string resourceName, string? upTo) =>
        upTo is null || string.CompareOrdinal(resourceName[(resourceName.IndexOf(".Migrations.", StringComparison.Ordinal) + 12)..], upTo + "_~") < 0;

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private sealed class UpgradeLog(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) => logger.LogTrace(format, args);
        public void LogDebug(string format, params object[] args) => logger.LogDebug(format, args);
        public void LogInformation(string format, params object[] args) => logger.LogInformation(format, args);
        public void LogWarning(string format, params object[] args) => logger.LogWarning(format, args);
        public void LogError(string format, params object[] args) => logger.LogError(format, args);
        public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, format, args);
    }
}
