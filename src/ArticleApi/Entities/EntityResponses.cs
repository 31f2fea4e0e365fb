using ArticleApi.Articles;

namespace ArticleApi.Entities;

/// <summary>An entity in a list.</summary>
/// <param name="Key">Its stable key: type and folded name ("person:volodymyr-zelensky"). Use it with GET /entities/{key} and `entity=` on /articles.</param>
/// <param name="Name">Its name, as editors and articles give it.</param>
/// <param name="Type">What kind of thing it is.</param>
/// <param name="ArticleCount">How many articles mention it.</param>
public sealed record EntitySummary(string Key, string Name, EntityType Type, int ArticleCount);

/// <summary>An entity, with every name articles have called it by.</summary>
/// <param name="Key">Its stable key: type and folded name. A key it had before a rename or merge redirects here.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">What kind of thing it is.</param>
/// <param name="ArticleCount">How many articles mention it.</param>
/// <param name="Aliases">Every spelling articles and editors have used for it; `entity=` on /articles matches any of them, ignoring case and accents.</param>
public sealed record EntityDetailsResponse(string Key, string Name, EntityType Type, int ArticleCount, IReadOnlyList<string> Aliases);

/// <summary>A page of entities.</summary>
/// <param name="Items">The entities, most mentioned first.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">How many items a page holds.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="TotalCount">How many entities match in all: exact for a prefix that starts few words (fewer than 300) and for up to 1,000 entities without one; else PostgreSQL's estimate.</param>
/// <param name="TotalCountIsEstimate">True when totalCount is PostgreSQL's estimate.</param>
/// <param name="TotalPages">How many pages totalCount makes.</param>
public sealed record EntityListResponse(
    IReadOnlyList<EntitySummary> Items, int Page, int PageSize, bool HasMore, long TotalCount, bool TotalCountIsEstimate, long TotalPages);

/// <summary>An entity as the repository finds it.</summary>
public sealed record EntityDetails(long Id, EntitySummary Entity, IReadOnlyList<string> Aliases)
{
    public EntityDetailsResponse ToResponse() => new(Entity.Key, Entity.Name, Entity.Type, Entity.ArticleCount, Aliases);
}

/// <summary>What became of an editor's correction.</summary>
public abstract record EntityCorrection
{
    private EntityCorrection() { }

    /// <param name="Changed">The ids of the entities whose names or articles changed.</param>
    public sealed record Done(EntityDetails Entity, long[] Changed) : EntityCorrection;
    public sealed record NotFound : EntityCorrection;
    public sealed record TargetNotFound(string Key) : EntityCorrection;
    public sealed record SameEntity : EntityCorrection;
    public sealed record KeyTaken(string Key) : EntityCorrection;
}
