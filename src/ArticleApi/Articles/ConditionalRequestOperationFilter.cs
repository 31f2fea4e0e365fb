using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Articles;

/// <summary>Marks an endpoint that answers ETag and honours If-None-Match (reads) or If-Match (writes).</summary>
public sealed record ConditionalEndpoint(bool Writes, bool Creates = false);

/// <summary>Documents ETag, If-None-Match and If-Match on the endpoints marked <see cref="ConditionalEndpoint"/>.</summary>
public sealed class ConditionalRequestOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ConditionalEndpoint>().FirstOrDefault() is not { } conditional) return;

        operation.Parameters ??= [];
        operation.Parameters.Add(conditional.Writes
            ? Header("If-Match", """
                The `ETag` of the version you read (or `*`): the change goes through only if it is still the
                current version, else 412 and nothing is written. Without it the last writer wins, unless the
                service requires it (`Articles__RequireIfMatch`, then 428).
                """)
            : Header("If-None-Match", "An `ETag` you hold: if it is still the current version, 304 without a body."));
        if (conditional.Creates)
            operation.Parameters.Add(Header("If-None-Match", "`*`: only create; 412 if the item exists."));

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (!status.StartsWith('2') || response is not OpenApiResponse target || status == "204") continue;
            target.Headers ??= new Dictionary<string, IOpenApiHeader>();
            target.Headers["ETag"] = new OpenApiHeader
            {
                Description = "The article's version as a strong entity tag, `\"{id}-{version}\"`, for If-Match and If-None-Match.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
