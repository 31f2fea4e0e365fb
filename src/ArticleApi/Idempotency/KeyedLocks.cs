namespace ArticleApi.Idempotency;

/// <summary>
/// One in-process lock per key, created on first use and dropped when nobody holds or awaits it.
/// Requests with a key another request on this replica is running wait here, holding no database
/// connection, instead of polling the database.
/// </summary>
internal sealed class KeyedLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The held lock, to dispose; null when it was not free within <paramref name="timeout"/>.</summary>
    public async Task<IDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out entry!)) entries[key] = entry = new Entry();
            entry.Users++;
        }
        var acquired = false;
        try
        {
            acquired = await entry.Semaphore.WaitAsync(timeout, cancellationToken);
            return acquired ? new Holder(this, key, entry) : null;
        }
        finally
        {
            if (!acquired) Leave(key, entry);
        }
    }

    /// <summary>How many keys have a lock now (held or awaited); 0 once every request is done.</summary>
    public int Count
    {
        get { lock (entries) return entries.Count; }
    }

    private void Leave(string key, Entry entry)
    {
        lock (entries)
        {
            if (--entry.Users == 0) entries.Remove(key);
        }
    }

    private sealed class Entry
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private sealed class Holder(KeyedLocks locks, string key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1) return;
            entry.Semaphore.Release();
            locks.Leave(key, entry);
        }
    }
}
