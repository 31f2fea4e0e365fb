using ArticleApi.Entities;
using Extraction = ArticleApi.Entities.Extraction;

namespace ArticleApi.Articles;

/// <summary>An article row as the repository reads it, entities as parallel arrays in mention order.</summary>
public sealed class ArticleRecord
{
    public Guid Id { get; init; }
    public string Source { get; init; } = "";
    public string? ExternalId { get; init; }
    public string Headline { get; init; } = "";
    public string? Summary { get; init; }
    public string? Body { get; init; }
    public string? Dateline { get; init; }
    public string Language { get; init; } = "";
    public string? Byline { get; init; }
    public string? Url { get; init; }
    public DateTime PublishedAt { get; init; }
    public int Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public string? UpdatedBy { get; init; }
    /// <summary>The entities it mentions, in mention order.</summary>
    public long[]? EntityIds { get; init; }
    /// <summary>How often it mentions each; null for articles stored before extraction (once each).</summary>
    public int[]? EntityMentions { get; init; }
    /// <summary>Whether an editor listed each; null for articles stored before extraction (all were).</summary>
    public bool[]? EntityFromEditor { get; init; }
    /// <summary>A highlighted excerpt, on list queries with q that ask for it.</summary>
    public string? Snippet { get; init; }
    /// <summary>Full-text relevance, on list queries sorted by relevance.</summary>
    public float? Rank { get; init; }
    /// <summary>The oldest match a relevance ranking covered (see ListCursor).</summary>
    public DateTime? WindowPublishedAt { get; init; }
    public Guid? WindowId { get; init; }

    public ArticleResponse ToResponse(IReadOnlyDictionary<long, EntityName> entities) => new(
        Id, Source, ExternalId, Headline, Summary, Body ?? "", Dateline, DatelinePlace, Language, Byline, Url,
        Utc(PublishedAt), Entities(entities), Version, Utc(CreatedAt), Utc(UpdatedAt), CreatedBy, UpdatedBy);

    public ArticleListItem ToListItem(ArticleFields fields, IReadOnlyDictionary<long, EntityName> entities) => new(
        Id, Source, ExternalId, Headline, Summary, Body, Dateline, DatelinePlace, Language, Byline, Url, Utc(PublishedAt),
        fields.HasFlag(ArticleFields.Entities) ? Entities(entities) : null,
        Version, fields.HasFlag(ArticleFields.CreatedAt) ? Utc(CreatedAt) : null, fields.HasFlag(ArticleFields.UpdatedAt) ? Utc(UpdatedAt) : null,
        Snippet is null ? null : Highlight.ToHtml(Snippet))
    {
        Fields = fields,
    };

    private string? DatelinePlace => Dateline is null ? null : Extraction.Dateline.Display(Dateline);

    private List<EntityResponse> Entities(IReadOnlyDictionary<long, EntityName> entities)
    {
        var ids = EntityIds ?? [];
        var list = new List<EntityResponse>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!entities.TryGetValue(ids[i], out var entity)) continue;
            var fromEditor = EntityFromEditor is null || EntityFromEditor[i];
            list.Add(new EntityResponse(entity.Key, entity.Name, entity.Type,
                fromEditor ? EntityOrigin.Editor : EntityOrigin.Extracted, EntityMentions?[i] ?? 1));
        }
        return list;
    }

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
