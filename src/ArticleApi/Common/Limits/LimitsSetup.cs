using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ArticleApi.Common.Limits;

/// <summary>Request budgets (429), the body size limit (413), the request timeout (504) and the shutdown drain time, all from "Limits".</summary>
public static class LimitsSetup
{
    public static IServiceCollection AddApiLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitOptions>, TimeProvider>((options, limits, clock) =>
        {
            if (!limits.Value.RateLimitingEnabled) return;
            options.GlobalLimiter = RequestBudget.Limiter(limits.Value, clock);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitHeaders.RejectAsync;
        });

        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitOptions>>((options, limits) =>
        {
            if (limits.Value.RequestTimeoutSeconds == 0) return;
            options.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(limits.Value.RequestTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = context => WriteTimeoutAsync(context, limits.Value.RequestTimeoutSeconds),
            };
        });

        services.AddOptions<HostOptions>().Configure<IOptions<LimitOptions>>((host, limits) => host.ShutdownTimeout = limits.Value.ShutdownTimeout);

        services.ConfigureSwaggerGen(swagger =>
        {
            swagger.OperationFilter<LimitsOpenApiFilter>();
            swagger.DocumentFilter<LimitsOpenApiFilter>();
        });
        return services;
    }

    /// <summary>After authentication, since writes are counted per editor.</summary>
    public static WebApplication UseApiLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<LimitOptions>>().Value.RateLimitingEnabled)
        {
            app.UseRateLimiter();
            app.UseRateLimitHeaders(app.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!,
                app.Services.GetRequiredService<TimeProvider>());
        }
        app.UseRequestTimeouts();
        return app;
    }

    private static Task WriteTimeoutAsync(HttpContext context, int seconds) =>
        context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status504GatewayTimeout,
                Title = "Request timed out",
                Detail = $"The request took longer than the limit of {seconds} s and was stopped.",
            },
        }).AsTask();
}
