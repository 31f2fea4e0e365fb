namespace ArticleApi.Articles;

/// <summary>The fields a list item can carry (the `fields` parameter).</summary>
[Flags]
public enum ArticleFields
{
    None = 0,
    Id = 1 << 0,
    Source = 1 << 1,
    ExternalId = 1 << 2,
    Headline = 1 << 3,
    Summary = 1 << 4,
    Body = 1 << 5,
    Dateline = 1 << 6,
    Language = 1 << 7,
    Byline = 1 << 8,
    Url = 1 << 9,
    PublishedAt = 1 << 10,
    Entities = 1 << 11,
    Version = 1 << 12,
    CreatedAt = 1 << 13,
    UpdatedAt = 1 << 14,
    Snippet = 1 << 15,
}

public static class ArticleFieldNames
{
    /// <summary>Field names as clients write them, in the order items list them.</summary>
    public static readonly IReadOnlyList<(string Name, ArticleFields Field)> All =
    [
        ("id", ArticleFields.Id), ("source", ArticleFields.Source), ("externalId", ArticleFields.ExternalId),
        ("headline", ArticleFields.Headline), ("summary", ArticleFields.Summary), ("body", ArticleFields.Body),
        ("dateline", ArticleFields.Dateline), ("language", ArticleFields.Language), ("byline", ArticleFields.Byline),
        ("url", ArticleFields.Url), ("publishedAt", ArticleFields.PublishedAt), ("entities", ArticleFields.Entities),
        ("version", ArticleFields.Version), ("createdAt", ArticleFields.CreatedAt), ("updatedAt", ArticleFields.UpdatedAt),
        ("snippet", ArticleFields.Snippet),
    ];

    /// <summary>Every field but the body: the v1 list item.</summary>
    public static readonly ArticleFields Default =
        All.Aggregate(ArticleFields.None, (set, f) => set | f.Field) & ~ArticleFields.Body & ~ArticleFields.Snippet;

    /// <summary>The names in <paramref name="values"/> (comma-separated and/or repeated) that are not field names.</summary>
    public static IEnumerable<string> Unknown(string[]? values) =>
        Split(values).Where(name => !All.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)));

    public static ArticleFields Parse(string[]? values, bool hasText)
    {
        var names = Split(values).ToList();
        if (names.Count == 0) return hasText ? Default | ArticleFields.Snippet : Default;
        return names.Aggregate(ArticleFields.None, (set, name) =>
            set | All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Field);
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
