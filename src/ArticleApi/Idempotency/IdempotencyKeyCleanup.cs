using Microsoft.Extensions.Options;

namespace ArticleApi.Idempotency;

/// <summary>Deletes keys older than the retention, at start and then every CleanupInterval.</summary>
public sealed class IdempotencyKeyCleanup(
    IdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider time, ILogger<IdempotencyKeyCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        do
        {
            try
            {
                var deleted = await store.DeleteExpiredAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Count} expired idempotency keys", deleted);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Expired keys count as new anyway; the next round tries again.
                logger.LogWarning(e, "Could not delete expired idempotency keys");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
