using Npgsql;

namespace ArticleApi.Tests.Faults;

/// <summary>
/// Makes every statement that reads articles wait: a transaction that holds an exclusive lock on the
/// table until disposed. Also counts the API's statements waiting for it, to see them cancelled.
/// </summary>
public sealed class SlowDatabase : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly string connectionString;
    private bool released;

    private SlowDatabase(NpgsqlConnection connection, NpgsqlTransaction transaction, string connectionString) =>
        (this.connection, this.transaction, this.connectionString) = (connection, transaction, connectionString);

    public static async Task<SlowDatabase> LockArticlesAsync(string connectionString)
    {
        connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new SlowDatabase(connection, transaction, connectionString);
    }

    /// <summary>Statements of this database waiting for the lock.</summary>
    public async Task<long> WaitingAsync()
    {
        await using var other = new NpgsqlConnection(connectionString);
        await other.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", other);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until <paramref name="count"/> statements wait for the lock (or fails after 10 s).</summary>
    public async Task UntilWaitingAsync(long count)
    {
        for (var i = 0; i < 100 && await WaitingAsync() != count; i++) await Task.Delay(100);
        Assert.Equal(count, await WaitingAsync());
    }

    /// <summary>Releases the lock (once; later calls do nothing).</summary>
    public async ValueTask DisposeAsync()
    {
        if (released) return;
        released = true;
        await transaction.RollbackAsync();
        await connection.DisposeAsync();
    }
}
