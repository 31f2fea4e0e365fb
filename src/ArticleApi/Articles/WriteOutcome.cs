namespace ArticleApi.Articles;

/// <summary>What a create, replace, upsert or delete came to.</summary>
public abstract record WriteOutcome
{
    /// <param name="Created">True when the write made a new article (or revived a deleted one).</param>
    public sealed record Written(ArticleRecord Article, bool Created = false) : WriteOutcome;

    public sealed record Deleted : WriteOutcome;

    public sealed record NotFound : WriteOutcome;

    /// <summary>The article was deleted.</summary>
    public sealed record Gone(ArticleTombstone Tombstone) : WriteOutcome;

    /// <summary>If-Match named a version that is no longer (or never was) the current one; null when there is no article at all.</summary>
    public sealed record VersionMismatch(int? CurrentVersion) : WriteOutcome;

    /// <summary>If-None-Match: * asked only to create, and the item exists.</summary>
    public sealed record AlreadyExists(Guid Id, int Version) : WriteOutcome;

    /// <summary>Another article already has this source and externalId; <paramref name="Existing"/> is it, unless it vanished meanwhile.</summary>
    public sealed record Duplicate(string Source, string ExternalId, ArticleRecord? Existing) : WriteOutcome;
}

/// <summary>
/// Who writes, and what If-Match asked for (null: last writer wins); for an upsert also If-None-Match
/// (`*`: only create).
/// </summary>
public sealed record WriteCondition(string? Actor, IfMatch? IfMatch, IfMatch? IfNoneMatch = null);

/// <summary>What is left of a deleted article.</summary>
public sealed class ArticleTombstone
{
    public Guid Id { get; init; }
    public int Version { get; init; }
    public DateTime DeletedAt { get; init; }
    public string? DeletedBy { get; init; }
}
