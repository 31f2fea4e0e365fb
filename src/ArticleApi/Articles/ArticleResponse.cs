namespace ArticleApi.Articles;

/// <summary>A stored article.</summary>
/// <param name="Id">UUIDv7, assigned by the service.</param>
/// <param name="Source">The agency or desk that delivered it.</param>
/// <param name="ExternalId">The agency's own id for the item, if it gave one.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Summary">A short standfirst, if any.</param>
/// <param name="Body">The copy as delivered.</param>
/// <param name="Dateline">Where the story was filed, if known.</param>
/// <param name="Language">ISO 639-1 code of the copy's language.</param>
/// <param name="Byline">Who wrote it, if known.</param>
/// <param name="Url">Where it can be read on the web, if anywhere.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="Entities">What it mentions, in the order given.</param>
/// <param name="Version">1 when created; each replacement adds 1.</param>
/// <param name="CreatedAt">When the service stored it (UTC).</param>
/// <param name="UpdatedAt">When the service last changed it (UTC).</param>
public sealed record ArticleResponse(
    Guid Id,
    string Source,
    string? ExternalId,
    string Headline,
    string? Summary,
    string Body,
    string? Dateline,
    string Language,
    string? Byline,
    string? Url,
    DateTimeOffset PublishedAt,
    IReadOnlyList<EntityResponse> Entities,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>Something an article mentions.</summary>
/// <param name="Name">The name as the article gives it.</param>
/// <param name="Type">What kind of thing it is.</param>
public sealed record EntityResponse(string Name, EntityType Type);
