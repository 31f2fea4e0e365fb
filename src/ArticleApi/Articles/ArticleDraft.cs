using ArticleApi.Common.Text;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Articles;

/// <summary>
/// A validated request in the form the repository stores: empty optionals are null; the dateline and,
/// where the request left it out, the source read from the body; entities the editor's merged with those
/// found in the text.
/// </summary>
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
    IReadOnlyList<ArticleEntity> Entities)
{
    public static ArticleDraft From(ArticleRequest request, EntityExtractor extractor)
    {
        var language = request.Language!.ToLowerInvariant();
        var found = extractor.Extract(request.Headline, request.Summary, request.Body!, language);
        return new(
            SourceOf(request) ?? throw new ArgumentException("A validated request has a source."),
            NullIfEmpty(request.ExternalId),
            request.Headline!,
            NullIfEmpty(request.Summary),
            request.Body!,
            NullIfEmpty(request.Dateline) ?? found.Dateline?.Place,
            language,
            NullIfEmpty(request.Byline),
            NullIfEmpty(request.Url),
            Rfc3339.ToStoredPrecision(request.PublishedAt!.Value),
            ArticleEntity.Merge(request.Entities ?? [], found.Entities));
    }

    /// <summary>The source an article from this request is stored under: the request's, else the agency its body's dateline names.</summary>
    public static string? SourceOf(ArticleRequest request) => NullIfEmpty(request.Source) ?? ArticleApi.Entities.Extraction.Dateline.Parse(request.Body)?.Agency;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
