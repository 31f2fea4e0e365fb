using ArticleApi.Common.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Database;

/// <summary>Documents the 503 every operation answers while PostgreSQL is away (see <see cref="DatabaseFailures"/>).</summary>
public sealed class DatabaseOpenApiFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var unavailable = ProblemResponse.Create(
            "The database is not reachable (or the service is starting and its schema is not ready yet); retry after `Retry-After` seconds.",
            context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository));
        unavailable.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before trying again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            },
        };
        operation.Responses ??= [];
        operation.Responses["503"] = unavailable;
    }
}
