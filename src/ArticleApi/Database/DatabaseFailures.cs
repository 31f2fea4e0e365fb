using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace ArticleApi.Database;

/// <summary>
/// Answers a request that failed because PostgreSQL could not serve it with a problem that says so and
/// when to try again: 503 with Retry-After when the server is down, unreachable, shutting down or
/// starting up, and when it is busy (no pooled connection free in time, or the server out of
/// connections); 504 when a statement outran its command timeout (Npgsql then cancels it on
/// the server). Anything else is not ours to explain and stays a 500 without details.
/// </summary>
public sealed class DatabaseFailures(IProblemDetailsService problems, ILogger<DatabaseFailures> logger) : IExceptionHandler
{
    /// <summary>What a 503 asks the client to wait: about what a restart or a fail-over takes.</summary>
    public const int RetryAfterSeconds = 5;

    public enum Kind { Other, Unavailable, Overloaded, TimedOut }

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // A client that went away cancelled its statement; ASP.NET Core answers nobody then.
        if (context.RequestAborted.IsCancellationRequested) return false;
        var kind = Classify(exception);
        if (kind == Kind.Other) return false;
        // Connections pooled before a restart are all broken: drop them now rather than fail one request for
        // each. Not when the database is merely busy: reconnecting everything would only add to its load.
        if (kind == Kind.Unavailable) NpgsqlConnection.ClearAllPools();
        logger.LogWarning("PostgreSQL could not serve {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
        var problem = kind switch
        {
            Kind.Unavailable => Unavailable("The database is not reachable right now; nothing was changed by this request unless it says otherwise. Try again shortly."),
            Kind.Overloaded => Overloaded(),
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status504GatewayTimeout,
                Title = "Database timeout",
                Detail = "The database did not answer within the command timeout; the statement was cancelled. Try again, or narrow the request.",
            },
        };
        context.Response.StatusCode = problem.Status!.Value;
        if (kind != Kind.TimedOut) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails Unavailable(string detail) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Database unavailable",
        Detail = detail,
    };

    private static ProblemDetails Overloaded() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Database busy",
        Detail = "Every database connection is in use; nothing was changed by this request unless it says otherwise. Try again shortly.",
    };

    /// <summary>Whether an exception, or one it wraps, says PostgreSQL was away or too slow rather than that the request was wrong.</summary>
    public static Kind Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return Of(postgres.SqlState);
                // A command timeout: Npgsql cancels the statement on the server, then reports the read that timed out.
                case NpgsqlException { InnerException: TimeoutException } npgsql when npgsql.Message.Contains("reading from stream", StringComparison.Ordinal):
                    return Kind.TimedOut;
                // The pool had no connection to give within its Timeout: the database is busy, not away.
                case NpgsqlException { InnerException: TimeoutException } npgsql when npgsql.Message.Contains("pool", StringComparison.OrdinalIgnoreCase):
                    return Kind.Overloaded;
                // Connecting timed out.
                case NpgsqlException { InnerException: TimeoutException }:
                // Refused, reset or closed under a statement: the server is down or restarting.
                case NpgsqlException { InnerException: SocketException or IOException }:
                case NpgsqlException { IsTransient: true }:
                    return Kind.Unavailable;
            }
        }
        return Kind.Other;
    }

    private static Kind Of(string sqlState) => sqlState switch
    {
        PostgresErrorCodes.QueryCanceled => Kind.TimedOut, // statement_timeout, or a cancel after a command timeout
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow => Kind.Unavailable,
        PostgresErrorCodes.TooManyConnections => Kind.Overloaded,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => Kind.Unavailable, // connection exceptions
        _ => Kind.Other,
    };
}
