using Microsoft.OpenApi;

namespace ArticleApi.Common.OpenApi;

public static class ProblemResponse
{
    /// <summary>A response documented as an RFC 9457 problem.</summary>
    public static OpenApiResponse Create(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
    };
}
