namespace ArticleApi.Articles;

/// <summary>What a create or replace came to.</summary>
public abstract record WriteOutcome
{
    public sealed record Written(ArticleRecord Article) : WriteOutcome;

    public sealed record NotFound : WriteOutcome;

    /// <summary>Another article already has this source and externalId; <paramref name="Existing"/> is it, unless it vanished meanwhile.</summary>
    public sealed record Duplicate(string Source, string ExternalId, ArticleRecord? Existing) : WriteOutcome;
}
