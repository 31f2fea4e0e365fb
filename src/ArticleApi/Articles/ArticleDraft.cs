using ArticleApi.Common.Text;
using ArticleApi.Entities;
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
    /// <param name="listedFoundAreExtracted">
    /// For formats that cannot say who listed an entity (ninjs): a listed entity the text names itself, under the
    /// same key, counts as found by the service rather than listed by an editor, so an article the service wrote
    /// out comes back with the origins it had.
    /// </param>
    public static ArticleDraft From(ArticleRequest request, EntityExtractor extractor, bool listedFoundAreExtracted = false)
    {
        var language = request.Language!.ToLowerInvariant();
        var found = extractor.Extract(request.Headline, request.Summary, request.Body!, language);
        var listed = request.Entities ?? [];
        if (listedFoundAreExtracted)
        {
            var foundKeys = found.Entities.Select(f => EntityKey.Of(f.Type, f.Name)).ToHashSet();
            listed = [.. listed.Where(e => !foundKeys.Contains(EntityKey.Of(e.Type!.Value, e.Name!)))];
        }
        return new(
            NullIfEmpty(request.Source) ?? found.Dateline?.Agency ?? throw new ArgumentException("A validated request has a source."),
            NullIfEmpty(request.ExternalId),
            request.Headline!,
            NullIfEmpty(request.Summary),
            request.Body!,
            NullIfEmpty(request.Dateline) ?? found.Dateline?.Place,
            language,
            NullIfEmpty(request.Byline),
            NullIfEmpty(request.Url),
            Rfc3339.ToStoredPrecision(request.PublishedAt!.Value),
            ArticleEntity.Merge(listed, found.Entities));
    }

    /// <summary>
    /// The source an article from this request is stored under: the request's, else the agency its body's dateline names
    /// (as <see cref="From"/> decides it, for callers that have not extracted the body).
    /// </summary>
    public static string? SourceOf(ArticleRequest request) => NullIfEmpty(request.Source) ?? ArticleApi.Entities.Extraction.Dateline.Parse(request.Body)?.Agency;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
