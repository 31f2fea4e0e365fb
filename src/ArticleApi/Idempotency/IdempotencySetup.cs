namespace ArticleApi.Idempotency;

/// <summary>Marks an endpoint whose requests may carry an Idempotency-Key.</summary>
public sealed class IdempotentEndpoint;

/// <summary>
/// The key the request runs under, for a write to record in its own transaction what it created: if
/// the stored response is lost, a repeat finds that instead of writing again.
/// </summary>
public sealed record IdempotencyFeature(string Scope, string Key);

public static class IdempotencySetup
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration("Idempotency")
            .Validate(o => o.IsValid(), "Idempotency: Retention, CleanupInterval and AbandonAfter must be positive, AbandonAfter at most Retention, WaitTimeout not negative.")
            .ValidateOnStart();
        services.AddSingleton<IdempotencyStore>().AddSingleton<KeyedLocks>();
        services.AddHostedService<IdempotencyKeyCleanup>();
        services.ConfigureSwaggerGen(swagger => swagger.OperationFilter<IdempotencyOperationFilter>());
        return services;
    }

    /// <summary>Goes after authentication and authorization: keys are kept per caller, and a refused caller uses none.</summary>
    public static WebApplication UseIdempotency(this WebApplication app)
    {
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    /// <summary>Lets requests to this endpoint carry an Idempotency-Key (see <see cref="IdempotencyMiddleware"/>).</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotentEndpoint())
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
