using System.Text.Json.Serialization;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// An article as an IPTC ninjs 2.1 news item (News in JSON, https://iptc.org/standards/ninjs/). Property names are
/// ninjs's own (lower case, no separators); a field the article does not have is left out, as ninjs has no nulls
/// (<see cref="NinjsJson.OmitNulls"/>).
/// </summary>
/// <param name="Uri">The item's global id: `urn:uuid:` and the article's `id`.</param>
/// <param name="Type">Always `text`.</param>
/// <param name="Representationtype">`full` when the item carries every field of the article (one article, the export); `partial` for list items, which leave out the body unless `fields` asks for it.</param>
/// <param name="Version">The article's `version`, as a string.</param>
/// <param name="Firstcreated">When the service stored the article's first version (`createdAt`).</param>
/// <param name="Versioncreated">When the service stored this version (`updatedAt`).</param>
/// <param name="Contentcreated">When the agency published the story (`publishedAt`).</param>
/// <param name="Pubstatus">Always `usable`: deleted articles are not answered.</param>
/// <param name="Language">The `language`, an ISO 639-1 code.</param>
/// <param name="Headlines">The `headline`, as the one headline of role `main`.</param>
/// <param name="Descriptions">The `summary`, as the one description of role `summary`, when there is one.</param>
/// <param name="Bodies">The `body`, as one plain-text body of role `main` with its character and word counts.</param>
/// <param name="By">The `byline`.</param>
/// <param name="Located">The `dateline`, as written ("LONDEN").</param>
/// <param name="Infosources">The agency (`source`), as the originating information source.</param>
/// <param name="Altids">The agency's id for the item (`externalId`), with role `externalId`.</param>
/// <param name="Renditions">The web page (`url`), as the rendition named `web`.</param>
/// <param name="People">The people the article mentions: `name`, `rel: "mentioned"`, `literal` the entity key.</param>
/// <param name="Organisations">The organisations it mentions, likewise.</param>
/// <param name="Places">The places (locations) it mentions, likewise.</param>
/// <param name="Subjects">The other named things it mentions (events, works, products), likewise.</param>
public sealed record NinjsItem(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("representationtype")] string Representationtype,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("firstcreated")] DateTimeOffset? Firstcreated,
    [property: JsonPropertyName("versioncreated")] DateTimeOffset? Versioncreated,
    [property: JsonPropertyName("contentcreated")] DateTimeOffset? Contentcreated,
    [property: JsonPropertyName("pubstatus")] string Pubstatus,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("headlines")] IReadOnlyList<NinjsText>? Headlines,
    [property: JsonPropertyName("descriptions")] IReadOnlyList<NinjsText>? Descriptions,
    [property: JsonPropertyName("bodies")] IReadOnlyList<NinjsBody>? Bodies,
    [property: JsonPropertyName("by")] string? By,
    [property: JsonPropertyName("located")] string? Located,
    [property: JsonPropertyName("infosources")] IReadOnlyList<NinjsInfoSource>? Infosources,
    [property: JsonPropertyName("altids")] IReadOnlyList<NinjsAltId>? Altids,
    [property: JsonPropertyName("renditions")] IReadOnlyList<NinjsRendition>? Renditions,
    [property: JsonPropertyName("people")] IReadOnlyList<NinjsEntity>? People,
    [property: JsonPropertyName("organisations")] IReadOnlyList<NinjsEntity>? Organisations,
    [property: JsonPropertyName("places")] IReadOnlyList<NinjsEntity>? Places,
    [property: JsonPropertyName("subjects")] IReadOnlyList<NinjsEntity>? Subjects);

/// <summary>A headline or a description.</summary>
/// <param name="Role">`main` for the headline, `summary` for the description.</param>
/// <param name="Contenttype">Always `text/plain`.</param>
/// <param name="Value">The text.</param>
public sealed record NinjsText(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("contenttype")] string Contenttype,
    [property: JsonPropertyName("value")] string Value);

/// <summary>The article's body.</summary>
/// <param name="Role">Always `main`.</param>
/// <param name="Contenttype">Always `text/plain`: paragraphs separated by blank lines, as delivered.</param>
/// <param name="Charcount">Characters (Unicode code points, as the API counts them).</param>
/// <param name="Wordcount">Words: runs of characters between white space.</param>
/// <param name="Value">The text.</param>
public sealed record NinjsBody(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("contenttype")] string Contenttype,
    [property: JsonPropertyName("charcount")] int Charcount,
    [property: JsonPropertyName("wordcount")] int Wordcount,
    [property: JsonPropertyName("value")] string Value);

/// <summary>The agency that delivered the article.</summary>
/// <param name="Name">The article's `source`, as written ("ANP").</param>
/// <param name="Role">The IPTC information-source role of the originating party.</param>
public sealed record NinjsInfoSource(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role);

/// <summary>Another id of the item.</summary>
/// <param name="Role">`externalId`: the agency's own id for the item.</param>
/// <param name="Value">The id.</param>
public sealed record NinjsAltId(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("value")] string Value);

/// <summary>Where the article can be read.</summary>
/// <param name="Name">`web`.</param>
/// <param name="Href">The article's `url`.</param>
/// <param name="Contenttype">`text/html`.</param>
public sealed record NinjsRendition(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("href")] string Href,
    [property: JsonPropertyName("contenttype")] string Contenttype);

/// <summary>Something the article mentions.</summary>
/// <param name="Name">The entity's name.</param>
/// <param name="Rel">Always `mentioned`.</param>
/// <param name="Literal">The entity's key, for GET /entities/{key} and the `entity` filter.</param>
public sealed record NinjsEntity(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("rel")] string Rel,
    [property: JsonPropertyName("literal")] string Literal);

/// <summary>
/// A page of articles as ninjs items: the list's own envelope (ninjs has no collection), served as `application/json`.
/// </summary>
/// <param name="Items">The articles on this page, as ninjs items (`representationtype: "partial"` unless `fields` asks for every field).</param>
/// <param name="Page">Which page this is, counting from 1; null when paging by cursor.</param>
/// <param name="PageSize">How many items a page holds.</param>
/// <param name="TotalCount">How many articles match in all; null with count=none.</param>
/// <param name="TotalCountIsEstimate">True when totalCount is PostgreSQL's estimate.</param>
/// <param name="TotalPages">How many pages totalCount makes; null with count=none.</param>
/// <param name="NextCursor">Pass as `cursor` to get the next page; null on the last page.</param>
public sealed record NinjsListResponse(
    IReadOnlyList<NinjsItem> Items,
    int? Page,
    int PageSize,
    long? TotalCount,
    bool TotalCountIsEstimate,
    long? TotalPages,
    string? NextCursor);
