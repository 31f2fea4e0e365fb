namespace ArticleApi.Bench.Generator;

/// <summary>One synthetic wire article. Entity types are "person", "organization", "location" or "other".</summary>
public sealed record GeneratedArticle(
    string Source,
    string ExternalId,
    string Headline,
    string? Summary,
    string Body,
    string? Dateline,
    string Language,
    string? Byline,
    string? Url,
    DateTimeOffset PublishedAt,
    IReadOnlyList<(string Name, string Type)> Entities);
