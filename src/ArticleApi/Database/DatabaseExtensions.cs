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
        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddHealthChecks().AddNpgSql(name: "postgresql", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>Brings the schema up to date before the first request is served.</summary>
    public static void MigrateDatabase(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true)) return;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        DatabaseMigrator.Migrate(app.Configuration.GetConnectionString(ConnectionStringName)!, logger);
    }
}
