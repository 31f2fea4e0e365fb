using System.Globalization;

namespace ArticleApi.Database;

/// <summary>
/// What keeps the API answering sensibly without PostgreSQL: migrations retried in the background, a
/// readiness check on the schema, 503s with Retry-After (and 504s for statements past the command
/// timeout) instead of 500s, and their documentation.
/// </summary>
public static class DatabaseAvailability
{
    public static IServiceCollection AddDatabaseAvailability(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database")
            .Validate(o => o.MigrationRetryMaxDelay >= TimeSpan.FromSeconds(1), "Database:MigrationRetryMaxDelay must be at least 1 s.")
            .ValidateOnStart();
        services.AddSingleton<DatabaseMigrations>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrations>());
        services.AddHealthChecks().AddCheck<DatabaseMigrations>("schema", tags: [Health.HealthEndpoints.ReadyTag]);
        services.AddExceptionHandler<DatabaseFailures>();
        services.ConfigureSwaggerGen(swagger => swagger.OperationFilter<DatabaseOpenApiFilter>());
        return services;
    }

    /// <summary>Until the schema is migrated, every request but health and documentation answers 503 with Retry-After.</summary>
    public static WebApplication UseDatabaseAvailability(this WebApplication app)
    {
        var migrations = app.Services.GetRequiredService<DatabaseMigrations>();
        app.Use(async (context, next) =>
        {
            if (migrations.IsReady || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/swagger"))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = DatabaseFailures.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = DatabaseFailures.Unavailable("The service is starting and its database is not ready yet. Try again shortly."),
            });
        });
        return app;
    }
}
