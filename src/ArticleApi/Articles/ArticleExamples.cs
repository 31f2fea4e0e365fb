using ArticleApi.Common.OpenApi;

namespace ArticleApi.Articles;

/// <summary>What Swagger shows: the ANP item in samples/, as an editor posts it and as the API answers.</summary>
public static class ArticleExamples
{
    private static readonly string SampleBody = ReadSample();

    public static readonly ArticleRequest Request = new()
    {
        Source = "ANP",
        ExternalId = "ANP-2025-03-20-0412",
        Headline = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in",
        Summary = "Militaire leiders van de 'coalitie van bereidwillige landen' komen donderdag in Londen bijeen.",
        Body = SampleBody,
        Dateline = "LONDEN",
        Language = "nl",
        PublishedAt = new DateTimeOffset(2025, 3, 20, 10, 15, 0, TimeSpan.FromHours(1)),
        Entities =
        [
            new() { Name = "Keir Starmer", Type = EntityType.Person },
            new() { Name = "Volodymyr Zelensky", Type = EntityType.Person },
            new() { Name = "Poetin", Type = EntityType.Person },
            new() { Name = "Oekraïne", Type = EntityType.Location },
            new() { Name = "Rusland", Type = EntityType.Location },
            new() { Name = "Londen", Type = EntityType.Location },
            new() { Name = "Verenigde Staten", Type = EntityType.Location },
        ],
    };

    public static readonly ArticleResponse Response = new(
        Guid.Parse("0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21"),
        Request.Source, Request.ExternalId, Request.Headline!, Request.Summary, SampleBody, Request.Dateline,
        Request.Language, Byline: null, Url: null, Request.PublishedAt!.Value.ToUniversalTime(),
        [.. Request.Entities.Select(e => new EntityResponse(e.Name!, e.Type!.Value))],
        Version: 1,
        CreatedAt: new DateTimeOffset(2025, 3, 20, 9, 15, 2, TimeSpan.Zero),
        UpdatedAt: new DateTimeOffset(2025, 3, 20, 9, 15, 2, TimeSpan.Zero));

    public static readonly OpenApiExample Created = new("201", Response);
    public static readonly OpenApiExample Found = new("200", Response);

    private static string ReadSample()
    {
        using var stream = typeof(ArticleExamples).Assembly.GetManifestResourceStream("Samples.anp-londen-vredesmissie.txt")!;
        return new StreamReader(stream).ReadToEnd().Trim();
    }
}
