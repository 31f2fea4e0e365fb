namespace ArticleApi.Articles.History;

/// <summary>One version of an article.</summary>
/// <param name="Version">Its number: 1 when created, then one more per change.</param>
/// <param name="UpdatedAt">When it was made (UTC).</param>
/// <param name="UpdatedBy">The editor who made it, if known.</param>
/// <param name="ChangedFields">The fields it changed from the version before (API names); empty for version 1.</param>
/// <param name="Current">Whether it is the article's current version (false for every version of a deleted article).</param>
public sealed record RevisionSummary(int Version, DateTimeOffset UpdatedAt, string? UpdatedBy, IReadOnlyList<string> ChangedFields, bool Current);

/// <summary>Every version an article has had, oldest first.</summary>
public sealed record RevisionListResponse(Guid ArticleId, IReadOnlyList<RevisionSummary> Items);

/// <summary>Something that happened to an article.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Version">The version the change made (for a deletion: the last version).</param>
/// <param name="Kind">`created`, `updated` or `deleted`.</param>
/// <param name="ChangedAt">When (UTC).</param>
/// <param name="ChangedBy">The editor, if known.</param>
/// <param name="Cursor">Resume after this change with `after=` this.</param>
public sealed record ChangeItem(Guid ArticleId, int Version, string Kind, DateTimeOffset ChangedAt, string? ChangedBy, string Cursor);

/// <summary>A page of the change feed.</summary>
/// <param name="Items">Changes, none skipped, in the order of the transactions that made them (commit order but for two editors writing one article at the same moment: apply a change only if its version is newer than the one you hold).</param>
/// <param name="NextCursor">Where to resume: pass it as `after` (it stays the same while nothing new has happened).</param>
/// <param name="HasMore">Whether more changes are ready now; if false, poll again later with nextCursor.</param>
public sealed record ChangeListResponse(IReadOnlyList<ChangeItem> Items, string NextCursor, bool HasMore);
