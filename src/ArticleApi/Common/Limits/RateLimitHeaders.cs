using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ArticleApi.Common.Limits;

/// <summary>
/// Tells every limited response its budget (RateLimit-Limit, -Remaining, -Reset and -Policy, as in the
/// IETF RateLimit header fields draft), and answers a request over budget with a 429 problem and Retry-After.
/// </summary>
public static class RateLimitHeaders
{
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app, PartitionedRateLimiter<HttpContext> limiter, TimeProvider clock) =>
        app.Use((context, next) =>
        {
            if (RequestBudget.Of(context) is { } budget)
            {
                // Read right after this request took its permit: the statistics are its partition's.
                var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
                // Written as the response starts, since an exception handler clears headers set before.
                context.Response.OnStarting(() =>
                {
                    Write(context.Response.Headers, budget, remaining, budget.SecondsLeft(clock.GetUtcNow()));
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });

    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var budget = RequestBudget.Of(context)!;
        var seconds = budget.SecondsLeft(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        Write(context.Response.Headers, budget, 0, seconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var who = budget.Kind == "writes" && context.User.Identity?.IsAuthenticated == true ? "editor" : "client";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Title = "Too many requests",
                Detail = $"This {who} has made its {budget.Limit} {budget.Kind} of this minute; the budget is full again in {seconds} s (Retry-After).",
            },
        });
    }

    private static void Write(IHeaderDictionary headers, RequestBudget budget, long remaining, int secondsLeft)
    {
        headers["RateLimit-Limit"] = budget.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = secondsLeft.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = $"{budget.Limit};w={(int)LimitOptions.Window.TotalSeconds}";
    }
}
