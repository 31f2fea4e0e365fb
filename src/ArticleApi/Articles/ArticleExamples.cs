using ArticleApi.Common.OpenApi;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Articles;

/// <summary>What Swagger shows: the ANP item in samples/, as an editor posts it and as the API answers.</summary>
public static class ArticleExamples
{
    /// <summary>The ANP item in samples/, as delivered.</summary>
    public static readonly string SampleBody = ReadSample();

    // The dateline and most entities are left to the service, which reads them from the body.
    public static readonly ArticleRequest Request = new()
    {
        Source = "ANP",
        ExternalId = "ANP-2025-03-20-0412",
        Headline = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in",
        Summary = "Militaire leiders van de 'coalitie van bereidwillige landen' komen donderdag in Londen bijeen.",
        Body = SampleBody,
        Language = "nl",
        PublishedAt = new DateTimeOffset(2025, 3, 20, 10, 15, 0, TimeSpan.FromHours(1)),
        Entities = [new() { Name = "Coalitie van bereidwillige landen", Type = EntityType.Other }],
    };

    private static readonly ArticleDraft Draft = ArticleDraft.From(Request, EntityExtractor.Default);

    public static readonly ArticleResponse Response = new(
        Guid.Parse("0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21"),
        Draft.Source, Draft.ExternalId, Draft.Headline, Draft.Summary, Draft.Body, Draft.Dateline, Dateline.Display(Draft.Dateline!),
        Draft.Language, Byline: null, Url: null, Draft.PublishedAt.ToUniversalTime(),
        [.. Draft.Entities.Select(e => new EntityResponse(e.Key, e.Name, e.Type, e.FromEditor ? EntityOrigin.Editor : EntityOrigin.Extracted, e.Mentions))],
        Version: 1,
        CreatedAt: new DateTimeOffset(2025, 3, 20, 9, 15, 2, TimeSpan.Zero),
        UpdatedAt: new DateTimeOffset(2025, 3, 20, 9, 15, 2, TimeSpan.Zero),
        CreatedBy: "redactie-binnenland",
        UpdatedBy: "redactie-binnenland");

    public static readonly OpenApiExample Created = new("201", Response);
    public static readonly OpenApiExample Found = new("200", Response);

    /// <summary>A page of GET /articles holding the sample, as list items show it (every field but the body).</summary>
    public static readonly ArticleListResponse List = new(
        [ArticleListItem.From(Response, ArticleFieldNames.Default)], 1, ListArticlesRequest.DefaultPageSize, 1, false, 1, null);

    public static readonly OpenApiExample Listed = new("200", List);

    private static string ReadSample()
    {
        using var stream = typeof(ArticleExamples).Assembly.GetManifestResourceStream("Samples.anp-londen-vredesmissie.txt")!;
        return new StreamReader(stream).ReadToEnd().Trim();
    }
}
