namespace ArticleApi.Idempotency;

/// <summary>Settings under "Idempotency".</summary>
public sealed class IdempotencyOptions
{
    /// <summary>How long a key holds its response; an older key counts as new, and the clean-up deletes it.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the clean-up job deletes keys older than <see cref="Retention"/>.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a request waits for another request with its key to finish before answering 409.</summary>
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// When a key still in progress is deemed abandoned (its replica died before storing the response)
    /// and the next request with it runs instead.
    /// </summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(5);

    internal bool IsValid() =>
        Retention > TimeSpan.Zero && CleanupInterval > TimeSpan.Zero && WaitTimeout >= TimeSpan.Zero
        && AbandonAfter > TimeSpan.Zero && AbandonAfter <= Retention;
}
