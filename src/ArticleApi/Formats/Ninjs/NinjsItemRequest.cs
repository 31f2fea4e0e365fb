using System.Text.Json.Serialization;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// A ninjs 2.x item as POST /articles and PUT /articles/by-source/{source}/{externalId} read it: the members listed
/// here are read; the other ninjs 2.1 properties (`profile`, `urgency`, `slugline`, `genres`, `associations`…) are
/// accepted and ignored; a property ninjs 2.1 does not have is a 400. Members of the objects in its arrays other than
/// those listed are ignored. Documentation only: NinjsReader reads the JSON itself, to name ninjs fields in its errors.
/// </summary>
/// <param name="Uri">The item's id. Without an altid of role `externalId`, it is the article's `externalId` (so a redelivery is a 409, not a second article) unless it is a uri this service writes (`urn:uuid:` and an article id): posting such an item back while that article is here is a 409.</param>
/// <param name="Type">`text` or absent; anything else is a 400.</param>
/// <param name="Pubstatus">`usable` or absent; anything else is a 400.</param>
/// <param name="Embargoed">A time still to come is a 400: send the item once the embargo has lifted.</param>
/// <param name="Contentcreated">`publishedAt`: RFC 3339 with an offset. Without it `firstcreated`, else `versioncreated`; one of the three is required.</param>
/// <param name="Firstcreated">`publishedAt` when there is no `contentcreated`.</param>
/// <param name="Versioncreated">`publishedAt` when there is neither `contentcreated` nor `firstcreated`.</param>
/// <param name="Language">A BCP 47 tag whose language is an ISO 639-1 code (`nb-NO` is stored as `nb`). Required.</param>
/// <param name="Headlines">`headline`: the one of role `main`, else the only one. Required.</param>
/// <param name="Descriptions">`summary`: the one of role `summary`, else the only one. An item without `bodies` has its description as body.</param>
/// <param name="Bodies">`body`: of the text/plain and text/html bodies, those of role `main` if any; of them the text/plain one, else the text/html one, as its text.</param>
/// <param name="By">`byline`.</param>
/// <param name="Located">`dateline`, as written ("LONDEN").</param>
/// <param name="Infosources">`source`: the infosource with a name and the originating role (`originfo`, as URI, QCode or code) or no role.</param>
/// <param name="Copyrightholder">`source` when no infosource names the agency (NTB, dpa and TT name themselves here); without either, the body's dateline.</param>
/// <param name="Altids">`externalId`: the altid of role `externalId`; other roles are ignored.</param>
/// <param name="Renditions">`url`: the rendition named `web`; others are ignored.</param>
/// <param name="People">Entities of type `person`.</param>
/// <param name="Organisations">Entities of type `organization`.</param>
/// <param name="Places">Entities of type `location`.</param>
/// <param name="Subjects">Entities of type `other`: only those with `rel: "mentioned"` (others are classifications).</param>
/// <param name="Events">Entities of type `other`.</param>
/// <param name="Objects">Entities of type `other`.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record NinjsItemRequest(
    [property: JsonPropertyName("uri")] string? Uri,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("pubstatus")] string? Pubstatus,
    [property: JsonPropertyName("embargoed")] DateTimeOffset? Embargoed,
    [property: JsonPropertyName("contentcreated")] DateTimeOffset? Contentcreated,
    [property: JsonPropertyName("firstcreated")] DateTimeOffset? Firstcreated,
    [property: JsonPropertyName("versioncreated")] DateTimeOffset? Versioncreated,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("headlines")] IReadOnlyList<NinjsTextRequest>? Headlines,
    [property: JsonPropertyName("descriptions")] IReadOnlyList<NinjsTextRequest>? Descriptions,
    [property: JsonPropertyName("bodies")] IReadOnlyList<NinjsTextRequest>? Bodies,
    [property: JsonPropertyName("by")] string? By,
    [property: JsonPropertyName("located")] string? Located,
    [property: JsonPropertyName("infosources")] IReadOnlyList<NinjsInfoSourceRequest>? Infosources,
    [property: JsonPropertyName("copyrightholder")] string? Copyrightholder,
    [property: JsonPropertyName("altids")] IReadOnlyList<NinjsAltId>? Altids,
    [property: JsonPropertyName("renditions")] IReadOnlyList<NinjsRenditionRequest>? Renditions,
    [property: JsonPropertyName("people")] IReadOnlyList<NinjsEntityRequest>? People,
    [property: JsonPropertyName("organisations")] IReadOnlyList<NinjsEntityRequest>? Organisations,
    [property: JsonPropertyName("places")] IReadOnlyList<NinjsEntityRequest>? Places,
    [property: JsonPropertyName("subjects")] IReadOnlyList<NinjsEntityRequest>? Subjects,
    [property: JsonPropertyName("events")] IReadOnlyList<NinjsEntityRequest>? Events,
    [property: JsonPropertyName("objects")] IReadOnlyList<NinjsEntityRequest>? Objects);

/// <summary>A headline, description or body as read.</summary>
/// <param name="Role">Chooses among several (`main`, `summary`).</param>
/// <param name="Contenttype">`text/plain` (the default) or `text/html`, read as its text.</param>
/// <param name="Value">The text. Required.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record NinjsTextRequest(
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("contenttype")] string? Contenttype,
    [property: JsonPropertyName("value")] string Value);

/// <summary>An information source as read.</summary>
/// <param name="Name">The agency, as the article's `source`. An infosource without one (only a `uri`) is passed over.</param>
/// <param name="Role">The originating role (`http://cv.iptc.org/newscodes/infosourcerole/originfo`, `infosourcerole:originfo`, `originfo`) or none; other roles are ignored.</param>
/// <param name="Uri">Ignored.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record NinjsInfoSourceRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("uri")] string? Uri);

/// <summary>A rendition as read.</summary>
/// <param name="Name">`web` for the article's `url`; others are ignored.</param>
/// <param name="Href">An absolute http(s) URL.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record NinjsRenditionRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("href")] string? Href);

/// <summary>A person, organisation, place, subject, event or object as read.</summary>
/// <param name="Name">The entity's name. Required.</param>
/// <param name="Rel">For subjects: only `mentioned` ones are read.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record NinjsEntityRequest(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("rel")] string? Rel);
