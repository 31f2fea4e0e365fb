using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Health;

/// <summary>Health endpoints are middleware, not route handlers, so they are described here by hand.</summary>
public sealed class HealthDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Paths.Add("/health/live", Health(
            "Is the process up?", "Answers 200 `Healthy` while the process serves requests; it does not touch the database."));
        document.Paths.Add("/health/ready", Health(
            "Can it serve traffic?", "Answers 200 `Healthy` when PostgreSQL answers, 503 `Unhealthy` when it does not."));
    }

    private static OpenApiPathItem Health(string summary, string description) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                Summary = summary,
                Description = description,
                Tags = new HashSet<OpenApiTagReference> { new("Health") },
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse { Description = "Healthy", Content = PlainText() },
                    ["503"] = new OpenApiResponse { Description = "Unhealthy", Content = PlainText() },
                },
            },
        },
    };

    private static Dictionary<string, OpenApiMediaType> PlainText() =>
        new() { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } };
}
