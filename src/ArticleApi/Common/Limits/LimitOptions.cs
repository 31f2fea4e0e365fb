using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ArticleApi.Common.Limits;

/// <summary>The "Limits" settings: request budgets per client and per editor, body size and request time.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Budgets are counted in fixed windows of this length, aligned to the clock (each minute from :00).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public bool RateLimitingEnabled { get; set; } = true;

    [Range(1, int.MaxValue)]
    public int ReadsPerMinute { get; set; } = 600;

    [Range(1, int.MaxValue)]
    public int WritesPerMinute { get; set; } = 120;

    [Range(1, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>0 turns the timeout off.</summary>
    [Range(0, 86_400)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a stopping server lets requests in flight finish (it takes no new ones meanwhile); the
    /// default, the request timeout plus 5 s, lets every request that may still run end normally.
    /// </summary>
    [Range(0, 86_400)]
    public int? ShutdownTimeoutSeconds { get; set; }

    public TimeSpan ShutdownTimeout =>
        TimeSpan.FromSeconds(ShutdownTimeoutSeconds ?? (RequestTimeoutSeconds > 0 ? RequestTimeoutSeconds : 30) + 5);

    /// <summary>The body limit as people say it: "1 MiB", "512 KiB", "1,000 bytes".</summary>
    public string DescribeBodyLimit() => MaxRequestBodyBytes switch
    {
        var b when b % (1024 * 1024) == 0 => $"{b / (1024 * 1024)} MiB",
        var b when b % 1024 == 0 => $"{b / 1024} KiB",
        var b => string.Create(CultureInfo.InvariantCulture, $"{b:N0} bytes"),
    };
}
