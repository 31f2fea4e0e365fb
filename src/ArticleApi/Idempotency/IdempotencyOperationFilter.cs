using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Idempotency;

/// <summary>Documents the Idempotency-Key header, the replay marker and the 409 and 422 it brings on the endpoints that take it.</summary>
public sealed class IdempotencyOperationFilter : IOperationFilter
{
    private const string StillInProgress =
        "a request with the same `Idempotency-Key` is still in progress: retry after `Retry-After` seconds to get its response.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpoint>().Any()) return;

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = """
                Makes a retry safe: a unique value per intended write (a UUID, say), 1–255 printable ASCII
                characters. The same key with the same request within 24 hours answers the first response again
                (same status, `Location` and body, with `Idempotent-Replayed: true`) and writes nothing; the same key
                with a different body answers 422. Keys are kept per caller (token subject).
                """,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyMiddleware.MaxKeyLength, Pattern = "^[\\x20-\\x7E]+$" },
        });

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse target) continue;
            if (status.StartsWith('2'))
            {
                target.Headers ??= new Dictionary<string, IOpenApiHeader>();
                target.Headers[IdempotencyMiddleware.ReplayedHeaderName] = new OpenApiHeader
                {
                    Description = "`true` when this is the stored response to an earlier request with the same `Idempotency-Key`.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
            else if (status == "409")
            {
                target.Description = $"{target.Description?.TrimEnd('.') ?? "Conflict"} (see the description), or {StillInProgress}";
                target.Headers ??= new Dictionary<string, IOpenApiHeader>();
                target.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying, when a request with the same `Idempotency-Key` is still in progress.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                };
            }
            else if (status == "422")
            {
                target.Description = "The `Idempotency-Key` was already used for a different request (method, path or body).";
            }
        }
    }
}
