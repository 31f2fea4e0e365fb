using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace ArticleApi.Common.Limits;

/// <summary>
/// The budget a request draws from: reads per client address, writes (POST, PUT, PATCH, DELETE) per
/// editor, each in fixed one-minute windows aligned to the clock. The window is part of the partition
/// key, so each window starts with a fresh limiter and the reset time is exact; a past window's limiter
/// goes idle and the partitioned limiter disposes of it.
/// </summary>
public sealed record RequestBudget(string Partition, string Kind, int Limit, DateTimeOffset WindowEnds)
{
    private static readonly object ItemKey = new();

    /// <summary>Whole seconds until the window ends and the budget is full again (at least 1).</summary>
    public int SecondsLeft(DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((WindowEnds - now).TotalSeconds));

    /// <summary>The budget the limiter charged this request to, or null when the request is not limited.</summary>
    public static RequestBudget? Of(HttpContext context) => context.Items[ItemKey] as RequestBudget;

    public static PartitionedRateLimiter<HttpContext> Limiter(LimitOptions limits, TimeProvider clock) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => For(context, limits, clock) is { } budget
            ? RateLimitPartition.GetFixedWindowLimiter(budget.Partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = budget.Limit,
                // Each window has its own partition (its start is in the key), so this limiter must never
                // refill while its window lasts; it refills (and, idle, is dropped) only once it is over.
                Window = LimitOptions.Window * 2,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    // Decided once per request and kept, so the limiter and the headers agree even if a window ends in between.
    private static RequestBudget? For(HttpContext context, LimitOptions limits, TimeProvider clock)
    {
        if (context.Items.TryGetValue(ItemKey, out var known)) return known as RequestBudget;
        var budget = Exempt(context.Request.Path) ? null : Decide(context, limits, clock.GetUtcNow());
        context.Items[ItemKey] = budget;
        return budget;
    }

    private static bool Exempt(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger");

    private static RequestBudget Decide(HttpContext context, LimitOptions limits, DateTimeOffset now)
    {
        var window = now.ToUnixTimeMilliseconds() / (long)LimitOptions.Window.TotalMilliseconds;
        var ends = DateTimeOffset.FromUnixTimeMilliseconds((window + 1) * (long)LimitOptions.Window.TotalMilliseconds);
        var client = ClientOf(context.Connection.RemoteIpAddress);
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method))
        {
            // A write without a valid token is refused (401) after this; until then it spends its address's write budget.
            var editor = EditorOf(context.User);
            var who = editor is null ? $"client:{client}" : $"editor:{editor}";
            return new RequestBudget($"writes|{who}|{window}", "writes", limits.WritesPerMinute, ends);
        }
        return new RequestBudget($"reads|{client}|{window}", "reads", limits.ReadsPerMinute, ends);
    }

    private static string? EditorOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true ? null
        : user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? user.Identity.Name;

    // One IPv6 client usually holds a whole /64, so counting single addresses would let it rotate past its budget.
    private static string ClientOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
