using ArticleApi.Health;
using Npgsql;

namespace ArticleApi.Database;

/// <summary>
/// Where GET endpoints read: a read replica when ConnectionStrings:ArticlesRead names one, else the primary.
/// A replica lags its primary, so anything a request reads right after writing, or must see as the
/// primary does before writing, reads from the primary (NpgsqlDataSource) instead.
/// </summary>
public sealed class ReadDataSource(NpgsqlDataSource dataSource)
{
    public const string ConnectionStringName = "ArticlesRead";
    private const string ServiceKey = "reads";

    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>The replica gets a pool of its own and a readiness check of its own.</summary>
    internal static void Add(IHostApplicationBuilder builder, Func<string, string> forRequests)
    {
        var replica = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(replica))
        {
            builder.Services.AddSingleton(services => new ReadDataSource(services.GetRequiredService<NpgsqlDataSource>()));
            return;
        }
        // Named, as the primary's pool is, for its metrics (db_client_connection_pool_name) and traces.
        builder.Services.AddNpgsqlDataSource(forRequests(replica), source => source.Name = "articles-read", serviceKey: ServiceKey);
        builder.Services.AddSingleton(services => new ReadDataSource(services.GetRequiredKeyedService<NpgsqlDataSource>(ServiceKey)));
        builder.Services.AddHealthChecks().AddNpgSql(
            services => services.GetRequiredKeyedService<NpgsqlDataSource>(ServiceKey), name: "postgresql-read", tags: [HealthEndpoints.ReadyTag]);
    }
}
