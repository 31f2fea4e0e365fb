using Npgsql;

namespace ArticleApi.Database;

/// <summary>
/// A write that links articles to entities can meet an editor's merge of one of them (the entity is gone
/// by the time the link is checked) or, rarely, a deadlock. Either rolls the whole write back, so it is
/// simply run again, a few times at most.
/// </summary>
public static class TransientConflicts
{
    private const int Attempts = 3;
    private static readonly HashSet<string> EntityTables = ["article_entities", "entity_keys", "entity_aliases", "entity_words"];

    public static async Task<T> RetryAsync<T>(Func<Task<T>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (PostgresException e) when (attempt < Attempts && IsTransient(e))
            {
            }
        }
    }

    private static bool IsTransient(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
        || e.SqlState == PostgresErrorCodes.ForeignKeyViolation && e.TableName is { } table && EntityTables.Contains(table);
}
