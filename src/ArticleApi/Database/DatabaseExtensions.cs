using Dapper;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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
        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddHealthChecks().AddNpgSql(name: "postgresql", tags: ["ready"]);
        return builder;
    }

    /// <summary>Brings the schema up to date before the first request is served.</summary>
    public static void MigrateDatabase(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true)) return;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        DatabaseMigrator.Migrate(app.Configuration.GetConnectionString(ConnectionStringName)!, logger);
    }

    /// <summary>/health/live: the process answers. /health/ready: and PostgreSQL answers too.</summary>
    public static void MapApiHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
