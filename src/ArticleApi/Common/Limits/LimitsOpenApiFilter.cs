using ArticleApi.Common.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Common.Limits;

/// <summary>Documents the configured limits: the budget headers, and the 429, 413 and 504 problems.</summary>
public sealed class LimitsOpenApiFilter(IOptions<LimitOptions> options) : IOperationFilter, IDocumentFilter
{
    private LimitOptions Limits => options.Value;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];
        if (Limits.RateLimitingEnabled)
        {
            foreach (var response in operation.Responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value).OfType<OpenApiResponse>())
                AddBudgetHeaders(response);
            var tooMany = ProblemResponse.Create(
                "Over budget: the client (reads) or editor (writes) has used this minute's requests; retry after `Retry-After` seconds.", problem);
            AddBudgetHeaders(tooMany);
            tooMany.Headers!["Retry-After"] = Header("Seconds until the budget is full again.");
            operation.Responses["429"] = tooMany;
        }
        if (operation.RequestBody is not null)
            operation.Responses["413"] = ProblemResponse.Create($"The request body exceeds {Limits.DescribeBodyLimit()}.", problem);
        if (Limits.RequestTimeoutSeconds > 0)
            operation.Responses["504"] = ProblemResponse.Create($"The request took longer than {Limits.RequestTimeoutSeconds} s and was stopped.", problem);
    }

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var rules = new List<string>();
        if (Limits.RateLimitingEnabled)
            rules.Add($"""
                Reads may be made {Limits.ReadsPerMinute} times a minute per client address,
                writes {Limits.WritesPerMinute} times a minute per editor (minutes from :00 UTC).
                Every limited response states its budget in `RateLimit-Limit`, `RateLimit-Remaining`,
                `RateLimit-Reset` (seconds until it is full again) and `RateLimit-Policy`;
                a request over budget answers 429 with `Retry-After`. Health endpoints are never limited.
                """);
        rules.Add($"Request bodies may hold up to {Limits.DescribeBodyLimit()}, else 413.");
        if (Limits.RequestTimeoutSeconds > 0)
            rules.Add($"A request that takes longer than {Limits.RequestTimeoutSeconds} s is stopped with a 504.");
        document.Info.Description += "\n\n**Limits.** " + string.Join(" ", rules);
    }

    private static void AddBudgetHeaders(OpenApiResponse response)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["RateLimit-Limit"] = Header("Requests this budget allows per window.");
        response.Headers["RateLimit-Remaining"] = Header("Requests left in the current window.");
        response.Headers["RateLimit-Reset"] = Header("Seconds until the window ends and the budget is full again.");
        response.Headers["RateLimit-Policy"] = new OpenApiHeader
        {
            Description = "The budget and its window in seconds, e.g. `600;w=60`.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
}
