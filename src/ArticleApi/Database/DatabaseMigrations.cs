using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleApi.Database;

/// <summary>Settings under "Database".</summary>
public sealed class DatabaseOptions
{
    /// <summary>Apply pending migrations at start, retrying until PostgreSQL accepts them.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The longest wait between two attempts; waits start at 1 s and double up to this.</summary>
    public TimeSpan MigrationRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Brings the schema up to date without making the API wait for PostgreSQL: the first attempt runs
/// before the server starts listening (so with a healthy database nothing is served against an old
/// schema); if PostgreSQL cannot be reached, the API starts anyway and keeps trying in the background,
/// 1 s, 2 s, 4 s… apart (at most <see cref="DatabaseOptions.MigrationRetryMaxDelay"/>). Until the
/// schema is ready, requests that need the database answer 503 with Retry-After and /health/ready is 503.
/// </summary>
public sealed class DatabaseMigrations(
    IConfiguration configuration, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrations> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan MigrationLockWait = TimeSpan.FromSeconds(2);

    private volatile bool ready;

    public bool IsReady => ready;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup || TryMigrate(attempt: 1))
        {
            ready = true;
            return;
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 2; !stoppingToken.IsCancellationRequested; attempt++)
        {
            await Task.Delay(delay, stoppingToken);
            if (await Task.Run(() => TryMigrate(attempt), stoppingToken))
            {
                ready = true;
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MigrationRetryMaxDelay.Ticks));
        }
    }

    private bool TryMigrate(int attempt)
    {
        try
        {
            // Another replica migrating must not keep this one from listening: wait for it a little, then retry later.
            DatabaseMigrator.Migrate(configuration.GetConnectionString(DatabaseExtensions.ConnectionStringName)!, logger, lockWait: MigrationLockWait);
            if (attempt > 1) logger.LogInformation("Database migrated on attempt {Attempt}; serving requests", attempt);
            return true;
        }
        catch (Exception e)
        {
            // Unreachable is expected while PostgreSQL starts; a failing script needs a person, but retrying does no harm.
            var expected = DatabaseFailures.Classify(e) != DatabaseFailures.Kind.Other
                || e is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable };
            logger.LogWarning("Database migration attempt {Attempt} failed ({Reason}); requests answer 503 until it succeeds",
                attempt, expected ? e.GetBaseException().Message : e.ToString());
            return false;
        }
    }

    Task<HealthCheckResult> IHealthCheck.CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The schema is not migrated yet."));
}
