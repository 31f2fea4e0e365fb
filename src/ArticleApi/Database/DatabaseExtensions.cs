using Dapper;
using ArticleApi.Health;
using Npgsql;

namespace ArticleApi.Database;

public static class DatabaseExtensions
{
    public const string ConnectionStringName = "Articles";

    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string: set ConnectionStrings__{ConnectionStringName} (./dev.sh run does this for you).");

        DefaultTypeMap.MatchNamesWithUnderscores = true;
        builder.Services.AddNpgsqlDataSource(ForRequests(connectionString), source => source.Name = "articles");
        builder.Services.AddHealthChecks().AddNpgSql(name: "postgresql", tags: [HealthEndpoints.ReadyTag]);
        ReadDataSource.Add(builder, ForRequests);
        builder.Services.AddDatabaseAvailability();
        return builder;
    }

    /// <summary>
    /// Defaults for serving many small queries, each overridable in the connection string:
    /// - statements used twice on a connection are prepared, so PostgreSQL does not parse and plan them
    ///   anew each time (bench/plans/ shows the plan each keeps after many executions);
    /// - each query runs on one core: parallel workers cost more to start than these queries take, and
    ///   under load they only take cores from other requests;
    /// - a connection back in the pool is not reset: the API changes no session state, and the reset
    ///   would cost PostgreSQL a round of RESET/UNLISTEN/DISCARD work on every request.
    /// </summary>
    private static string ForRequests(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            settings.MaxAutoPrepare = 200;
            settings.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)) settings.NoResetOnClose = true;
        if (settings.Options?.Contains("max_parallel_workers_per_gather") != true)
            settings.Options = $"{settings.Options} -c max_parallel_workers_per_gather=0".Trim();
        return settings.ConnectionString;
    }
}
