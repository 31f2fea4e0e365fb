namespace ArticleApi.Articles;

/// <summary>A stored article.</summary>
/// <param name="Id">UUIDv7, assigned by the service.</param>
/// <param name="Source">The agency or desk that delivered it.</param>
/// <param name="ExternalId">The agency's own id for the item, if it gave one.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Summary">A short standfirst, if any.</param>
/// <param name="Body">The copy as delivered.</param>
/// <param name="Dateline">Where the story was filed, as the dateline writes it ("LONDEN"), if known: as the editor gave it, or read from the body's opening.</param>
/// <param name="DatelinePlace">The dateline's place as a name ("Londen", "Den Haag"), if there is a dateline.</param>
/// <param name="Language">ISO 639-1 code of the copy's language.</param>
/// <param name="Byline">Who wrote it, if known.</param>
/// <param name="Url">Where it can be read on the web, if anywhere.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="Entities">What it mentions: the entities its editor listed, in their order, then those the service found in the text, in order of first mention.</param>
/// <param name="Version">1 when created; each change adds 1. The `ETag` header carries it for conditional requests.</param>
/// <param name="CreatedAt">When the service stored it (UTC).</param>
/// <param name="UpdatedAt">When the service last changed it (UTC).</param>
/// <param name="CreatedBy">The editor who created it (the token's subject), if known.</param>
/// <param name="UpdatedBy">The editor who made this version, if known.</param>
public sealed record ArticleResponse(
    Guid Id,
    string Source,
    string? ExternalId,
    string Headline,
    string? Summary,
    string Body,
    string? Dateline,
    string? DatelinePlace,
    string Language,
    string? Byline,
    string? Url,
    DateTimeOffset PublishedAt,
    IReadOnlyList<EntityResponse> Entities,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? CreatedBy,
    string? UpdatedBy);

/// <summary>Something an article mentions.</summary>
/// <param name="Key">The entity's stable key, for GET /entities/{key} and the entity filter: its type and folded name.</param>
/// <param name="Name">The entity's name.</param>
/// <param name="Type">What kind of thing it is.</param>
/// <param name="Origin">`editor` when the article's editor listed it, `extracted` when the service found it in the text.</param>
/// <param name="Count">How often the article mentions it (at least 1 for an entity its editor listed).</param>
public sealed record EntityResponse(string Key, string Name, EntityType Type, EntityOrigin Origin, int Count);
