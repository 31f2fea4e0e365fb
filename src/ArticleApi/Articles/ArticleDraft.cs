using ArticleApi.Common.Text;

namespace ArticleApi.Articles;

/// <summary>A validated request in the form the repository stores: empty optionals are null, entities folded.</summary>
public sealed record ArticleDraft(
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
    IReadOnlyList<MentionedEntity> Entities)
{
    public static ArticleDraft From(ArticleRequest request) => new(
        request.Source!,
        NullIfEmpty(request.ExternalId),
        request.Headline!,
        NullIfEmpty(request.Summary),
        request.Body!,
        NullIfEmpty(request.Dateline),
        request.Language!.ToLowerInvariant(),
        NullIfEmpty(request.Byline),
        NullIfEmpty(request.Url),
        Rfc3339.ToStoredPrecision(request.PublishedAt!.Value),
        MentionedEntity.Fold(request.Entities ?? []));

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

/// <summary>An entity as one article mentions it; <see cref="Key"/> is its case- and accent-folded name.</summary>
public sealed record MentionedEntity(string Name, EntityType Type, string Key)
{
    /// <summary>The first spelling of each (folded name, type) wins; order is kept.</summary>
    public static IReadOnlyList<MentionedEntity> Fold(IEnumerable<EntityRequest> entities) =>
        entities
            .Select(e => new MentionedEntity(e.Name!, e.Type!.Value, TextFolding.Fold(e.Name!)))
            .DistinctBy(e => (e.Key, e.Type))
            .ToList();
}
