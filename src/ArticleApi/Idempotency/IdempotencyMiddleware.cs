using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ArticleApi.Common.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ArticleApi.Idempotency;

/// <summary>
/// Runs a request that carries an Idempotency-Key at most once per caller and key: the first one runs
/// and its response is stored; a repeat gets that response again (with Idempotent-Replayed: true)
/// instead of a second write; the key with another request is a 422. A repeat that arrives while the
/// first still runs waits for it (<see cref="IdempotencyOptions.WaitTimeout"/>), then replays, or
/// answers 409 with Retry-After. Only endpoints marked <see cref="IdempotencySetup.WithIdempotency"/> take part.
/// </summary>
/// <remarks>
/// Responses below 500 are stored, 4xx included (as Stripe does): a repeat of a request that was
/// refused is refused alike, e.g. a 409 for a duplicate externalId. Not stored, so a retry runs the
/// request anew: 5xx, an exception (the database was down), 408 and 429 (they mean "try again").
/// Failures before this middleware (401, 403, 413, 415) use no key.
/// </remarks>
internal sealed class IdempotencyMiddleware(
    RequestDelegate next, IdempotencyStore store, KeyedLocks locks, IOptions<IdempotencyOptions> options,
    IProblemDetailsService problems, ILogger<IdempotencyMiddleware> logger)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    internal const int MaxKeyLength = 255;

    // Vary too: a replay is the first response as it was, in the format the first request's Accept chose, and caches
    // must still know that the response depends on Accept.
    private static readonly string[] ReplayedHeaders = [HeaderNames.Location, HeaderNames.ContentType, HeaderNames.ETag, HeaderNames.Vary];
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpoint>() is null
            || !context.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next(context);
            return;
        }
        if (InvalidKey(values) is { } reason)
        {
            await WriteProblemAsync(context, Problems.Invalid(HeaderName, reason));
            return;
        }
        if (Caller(context.User) is not { } scope)
        {
            await WriteProblemAsync(context, Problems.Invalid(HeaderName,
                $"{HeaderName} needs a bearer token with a subject (sub claim): keys are kept per caller."));
            return;
        }

        var key = values[0]!;
        var cancellationToken = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        var fingerprint = Fingerprint(context.Request, body);
        var waited = Stopwatch.StartNew();
        var timeout = options.Value.WaitTimeout;

        using var held = await locks.TryAcquireAsync($"{scope}\n{key}", timeout, cancellationToken);
        if (held is null)
        {
            await WriteStillInProgressAsync(context, key);
            return;
        }
        while (true)
        {
            if (await store.TryClaimAsync(scope, key, fingerprint, cancellationToken) is { } claim)
            {
                await RunAndStoreAsync(context, claim);
                return;
            }
            var stored = await store.FindAsync(scope, key, cancellationToken);
            if (stored is null) continue; // its request failed and gave the key up: claim it again
            if (!CryptographicOperations.FixedTimeEquals(stored.Fingerprint, fingerprint))
            {
                await WriteProblemAsync(context, KeyReused(key));
                return;
            }
            if (stored.IsCompleted)
            {
                await ReplayAsync(context, stored);
                return;
            }
            // A request on another replica holds the key: poll until it is done or the wait is over.
            var left = timeout - waited.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                await WriteStillInProgressAsync(context, key);
                return;
            }
            await Task.Delay(left < PollInterval ? left : PollInterval, cancellationToken);
        }
    }

    /// <summary>Why the header's value is not a key: none when it is one value of 1–255 printable ASCII characters.</summary>
    internal static string? InvalidKey(StringValues values)
    {
        if (values.Count != 1) return $"Send one {HeaderName} header, not {values.Count}.";
        var key = values[0] ?? "";
        if (key.Length == 0) return $"{HeaderName} must not be empty: send 1–{MaxKeyLength} printable ASCII characters, e.g. a UUID.";
        if (key.Length > MaxKeyLength) return $"{HeaderName} must be at most {MaxKeyLength} characters, not {key.Length}.";
        if (key.Any(c => c is < ' ' or > '~')) return $"{HeaderName} may hold only printable ASCII characters (no control characters, no non-ASCII letters).";
        return null;
    }

    private static string? Caller(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    /// <summary>Reads the body once, to fingerprint it, and leaves a copy for the endpoint to read. Kestrel's body limit still applies (413).</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        request.Body = new MemoryStream(body, writable: false);
        return body;
    }

    internal static byte[] Fingerprint(HttpRequest request, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.PathBase}{request.Path}{request.QueryString}\n{request.ContentType}\n"));
        hash.AppendData(body);
        return hash.GetHashAndReset();
    }

    private static bool IsStored(int status) =>
        status < 500 && status is not StatusCodes.Status408RequestTimeout and not StatusCodes.Status429TooManyRequests;

    /// <summary>Runs the request with its response held back, stores the response, then sends it.</summary>
    private async Task RunAndStoreAsync(HttpContext context, KeyClaim claim)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        context.Features.Set(new IdempotencyFeature(claim.Scope, claim.Key));
        try
        {
            await next(context);
            await response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        catch
        {
            response.Body = original;
            await ReleaseAsync(claim);
            throw;
        }
        response.Body = original;

        var body = buffer.ToArray();
        if (!IsStored(response.StatusCode))
        {
            await ReleaseAsync(claim);
        }
        else
        {
            try
            {
                await store.CompleteAsync(claim, response.StatusCode, HeadersToReplay(response), body);
            }
            catch (Exception e)
            {
                // The write happened and its response goes out; only a repeat cannot be answered from
                // the store. The key stays in progress until AbandonAfter, then the same request runs again.
                logger.LogError(e, "Could not store the response for an {Header}; repeats wait until the key is abandoned", HeaderName);
            }
        }
        await original.WriteAsync(body, context.RequestAborted);
    }

    private async Task ReleaseAsync(KeyClaim claim)
    {
        try
        {
            await store.ReleaseAsync(claim);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not give up an {Header} after its request failed; it is taken over after AbandonAfter", HeaderName);
        }
    }

    private static string HeadersToReplay(HttpResponse response) =>
        JsonSerializer.Serialize(ReplayedHeaders
            .Where(name => response.Headers.ContainsKey(name))
            .ToDictionary(name => name, name => response.Headers[name].ToString()));

    private static async Task ReplayAsync(HttpContext context, StoredKey stored)
    {
        var response = context.Response;
        response.StatusCode = stored.Status!.Value;
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stored.Headers!)!)
            response.Headers[name] = value;
        response.Headers[ReplayedHeaderName] = "true";
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static ValidationProblemDetails KeyReused(string key) =>
        new(new Dictionary<string, string[]>
        {
            [HeaderName] = [$"The key '{key}' was used for a different request (method, path or body). Send a new key for a new request."],
        })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = $"{HeaderName} reused for a different request",
        };

    private Task WriteStillInProgressAsync(HttpContext context, string key)
    {
        context.Response.Headers.RetryAfter = "1";
        return WriteProblemAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Request with this Idempotency-Key still in progress",
            Detail = $"A request with {HeaderName} '{key}' is still running. Retry after the seconds in Retry-After to get its response.",
        });
    }

    private Task WriteProblemAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
