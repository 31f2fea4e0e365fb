using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleApi.Idempotency;

/// <summary>A key's row as a later request with the same key finds it.</summary>
internal sealed record StoredKey(byte[] Fingerprint, string State, int? Status, string? Headers, byte[]? Body)
{
    public bool IsCompleted => State == IdempotencyStore.Completed;
}

/// <summary>Identifies one request's hold on a key: the caller, the key, and the claim that only the holder knows.</summary>
internal sealed record KeyClaim(string Scope, string Key, Guid Claim);

/// <summary>All SQL of idempotency keys. Each call opens a connection only for its statement, so no request holds one while it waits.</summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource, IOptions<IdempotencyOptions> options, TimeProvider time)
{
    internal const string InProgress = "in_progress";
    internal const string Completed = "completed";
    private const int DeleteBatch = 10_000;

    // A key older than the retention is new again even before the clean-up has deleted it. A key still
    // in progress after AbandonAfter lost its request (the replica died before storing the response):
    // the same request may take it over; another request with it stays a 422.
    // The article a key created (idempotent_creations, written with the article) counts only while the
    // key is in use: a key used anew after its retention forgets it.
    private const string ClaimSql = """
        WITH forgotten AS (
            DELETE FROM idempotent_creations c
            WHERE c.scope = @Scope AND c.key = @Key
              AND NOT EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.scope = c.scope AND k.key = c.key AND k.created_at >= @ExpiredBefore)
        )
        INSERT INTO idempotency_keys AS k (scope, key, fingerprint, claim, state, created_at)
        VALUES (@Scope, @Key, @Fingerprint, @Claim, 'in_progress', @Now)
        ON CONFLICT (scope, key) DO UPDATE
            SET fingerprint = excluded.fingerprint, claim = excluded.claim, state = 'in_progress',
                status = NULL, headers = NULL, body = NULL, created_at = excluded.created_at
            WHERE k.created_at < @ExpiredBefore
               OR k.state = 'in_progress' AND k.created_at < @AbandonedBefore AND k.fingerprint = excluded.fingerprint
        RETURNING claim
        """;

    private const string FindSql = """
        SELECT fingerprint, state, status, headers::text AS headers, body
        FROM idempotency_keys
        WHERE scope = @Scope AND key = @Key
        """;

    private const string CompleteSql = """
        UPDATE idempotency_keys
        SET state = 'completed', status = @Status, headers = @Headers::jsonb, body = @Body
        WHERE scope = @Scope AND key = @Key AND claim = @Claim AND state = 'in_progress'
        """;

    private const string ReleaseSql = """
        DELETE FROM idempotency_keys
        WHERE scope = @Scope AND key = @Key AND claim = @Claim AND state = 'in_progress'
        """;

    private const string DeleteExpiredSql = """
        DELETE FROM idempotency_keys
        WHERE (scope, key) IN (SELECT scope, key FROM idempotency_keys WHERE created_at < @ExpiredBefore LIMIT @Batch);
        DELETE FROM idempotent_creations
        WHERE (scope, key) IN (SELECT scope, key FROM idempotent_creations WHERE created_at < @ExpiredBefore LIMIT @Batch);
        """;

    /// <summary>Takes the key for this request, or returns null when another request holds it or has used it.</summary>
    internal async Task<KeyClaim?> TryClaimAsync(string scope, string key, byte[] fingerprint, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var claim = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ClaimSql, new
        {
            Scope = scope,
            Key = key,
            Fingerprint = fingerprint,
            Claim = Guid.CreateVersion7(),
            Now = now,
            ExpiredBefore = now - options.Value.Retention,
            AbandonedBefore = now - options.Value.AbandonAfter,
        }, cancellationToken: cancellationToken));
        return claim is { } id ? new KeyClaim(scope, key, id) : null;
    }

    internal async Task<StoredKey?> FindAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredKey>(
            new CommandDefinition(FindSql, new { Scope = scope, Key = key }, cancellationToken: cancellationToken));
    }

    /// <summary>Stores the response for replay. Runs to the end even when the client has gone: the write happened.</summary>
    internal async Task CompleteAsync(KeyClaim claim, int status, string headers, byte[] body)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(CompleteSql,
            new { claim.Scope, claim.Key, claim.Claim, Status = status, Headers = headers, Body = body }));
    }

    /// <summary>Gives the key up, so that a retry runs the request anew.</summary>
    internal async Task ReleaseAsync(KeyClaim claim)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(ReleaseSql, new { claim.Scope, claim.Key, claim.Claim }));
    }

    /// <summary>Deletes every key older than the retention, in batches; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var expiredBefore = time.GetUtcNow() - options.Value.Retention;
        var deleted = 0;
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var batch = await connection.ExecuteAsync(new CommandDefinition(DeleteExpiredSql,
                new { ExpiredBefore = expiredBefore, Batch = DeleteBatch }, cancellationToken: cancellationToken));
            deleted += batch;
            if (batch < DeleteBatch) return deleted;
        }
    }
}
