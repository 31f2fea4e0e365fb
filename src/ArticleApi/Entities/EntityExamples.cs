using ArticleApi.Articles;
using ArticleApi.Common.OpenApi;

namespace ArticleApi.Entities;

/// <summary>What Swagger shows for entities.</summary>
public static class EntityExamples
{
    private static readonly EntityDetailsResponse Zelensky = new("person:volodymyr-zelensky", "Volodymyr Zelensky", EntityType.Person, 1284,
        ["Volodymyr Zelensky", "Wolodymyr Zelenski", "Zelenski", "Zelensky"]);

    public static readonly OpenApiExample Details = new("200", Zelensky);

    public static readonly OpenApiExample List = new("200", new EntityListResponse(
        [
            new EntitySummary("person:volodymyr-zelensky", "Volodymyr Zelensky", EntityType.Person, 1284),
            new EntitySummary("location:zeeland", "Zeeland", EntityType.Location, 311),
            new EntitySummary("organization:zeeman", "Zeeman", EntityType.Organization, 12),
        ],
        Page: 1, PageSize: 20, HasMore: false, TotalCount: 3, TotalCountIsEstimate: false, TotalPages: 1));

    public static readonly EntityCorrectionRequest Rename = new() { Name = "Volodymyr Zelensky", Type = EntityType.Person };
}
