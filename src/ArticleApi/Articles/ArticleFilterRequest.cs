using ArticleApi.Common.Text;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles;

/// <summary>The filters GET /articles and GET /articles/facets share. Every one is optional; they combine with AND.</summary>
public record ArticleFilterRequest
{
    public static readonly string[] EntityMatches = ["all", "any"];
    public static readonly string[] EntityTypeNames = ["person", "organization", "location", "other"];

    /// <summary>Only articles from these sources: repeat the parameter for several (any of them matches); case-insensitive, e.g. `source=ANP&amp;source=Reuters`.</summary>
    [FromQuery(Name = "source")]
    public string[]? Source { get; init; }

    /// <summary>Published at or after this moment: an RFC 3339 date-time with offset (`2025-03-01T09:00:00+01:00`, URL-encode the `+`) or a date (`2025-03-01`: from the start of that day in `timezone`). Inclusive.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Published before this moment: a date-time is exclusive; a date (`2025-03-31`) includes that whole day in `timezone`. Must be later than `from`.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>The IANA time zone whose days date-only `from` and `to` mean, e.g. `Europe/Amsterdam`. Default `UTC`.</summary>
    [FromQuery(Name = "timezone")]
    public string? Timezone { get; init; }

    /// <summary>Only articles that mention these entities: repeat for several (see `entityMatch`). Matches an entity's whole name or any of its aliases, ignoring case and accents (`oekraine` finds "Oekraïne"; `Zelenski` finds "Volodymyr Zelensky" once an article has called him that), or its key (`person:volodymyr-zelensky`).</summary>
    [FromQuery(Name = "entity")]
    public string[]? Entity { get; init; }

    /// <summary>With several `entity` values: `all` (default) wants every one mentioned, `any` at least one.</summary>
    [FromQuery(Name = "entityMatch")]
    public string? EntityMatch { get; init; }

    /// <summary>Count only mentions of this type for `entity`: `person`, `organization`, `location` or `other`.</summary>
    [FromQuery(Name = "entityType")]
    public string? EntityType { get; init; }

    /// <summary>Only articles filed from this place, as its dateline names it (`Londen` finds "LONDEN"); case- and accent-insensitive.</summary>
    [FromQuery(Name = "dateline")]
    public string? Dateline { get; init; }

    /// <summary>Only articles in this language: a two-letter ISO 639-1 code such as `nl` or `en`.</summary>
    [FromQuery(Name = "language")]
    public string? Language { get; init; }

    /// <summary>Full-text search over headline, summary and body, stemmed per language and ignoring accents. Web-search syntax: `"exact phrase"`, `or`, `-excluded`, e.g. `"coalitie van bereidwillige landen" -rusland`.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The validated filters as the repository takes them.</summary>
    public ArticleFilter ToFilter()
    {
        var zone = Timezone is null ? TimeZoneInfo.Utc : TimeZones.Find(Timezone)!;
        return new ArticleFilter(
            SourceKeys: Source is { Length: > 0 } ? [.. Source.Select(SourceKey.Of).Distinct().Order(StringComparer.Ordinal)] : null,
            From: From is null ? null : DateBound.Parse(From, zone).Start,
            To: To is null ? null : DateBound.Parse(To, zone).ExclusiveEnd,
            EntityKeys: Entity is { Length: > 0 } ? [.. Entity.Select(TextFolding.Fold).Distinct().Order(StringComparer.Ordinal)] : null,
            AnyEntity: string.Equals(EntityMatch, "any", StringComparison.OrdinalIgnoreCase),
            EntityType: EntityType?.ToLowerInvariant(),
            DatelineKey: Dateline is null ? null : TextFolding.Fold(Dateline),
            Language: Language?.Trim().ToLowerInvariant(),
            Text: string.IsNullOrWhiteSpace(Q) ? null : Q.Trim());
    }
}

/// <summary>Validated filters: keys folded and sorted, dates resolved to instants.</summary>
public sealed record ArticleFilter(
    string[]? SourceKeys,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string[]? EntityKeys,
    bool AnyEntity,
    string? EntityType,
    string? DatelineKey,
    string? Language,
    string? Text)
{
    public static readonly ArticleFilter None = new(null, null, null, null, false, null, null, null, null);

    /// <summary>Identifies the filters, so a cursor issued for one query is refused by another.</summary>
    public string Fingerprint() => string.Join('\u001f',
        string.Join(',', SourceKeys ?? []), From?.UtcTicks, To?.UtcTicks, string.Join(',', EntityKeys ?? []), AnyEntity,
        EntityType, DatelineKey, Language, Text);
}
