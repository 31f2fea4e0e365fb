using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Common.OpenApi;

/// <summary>
/// Another representation an operation answers with <paramref name="StatusCode"/>, chosen by the request (Accept or a
/// query parameter): typed results document one body per status, so the others are described here.
/// </summary>
public sealed record AlternateResponseBody(int StatusCode, string ContentType, Type BodyType, string Name, object? Example = null);

public static class AlternateResponseBodyExtensions
{
    /// <summary>
    /// Documents that the operation can also answer <paramref name="statusCode"/> with a <typeparamref name="TBody"/> as
    /// <paramref name="contentType"/>. When that media type is already documented, the schema becomes a oneOf of both and
    /// each keeps its example, under its name.
    /// </summary>
    public static RouteHandlerBuilder WithAlternateResponse<TBody>(this RouteHandlerBuilder builder, int statusCode, string contentType, string name, object? example = null) =>
        builder.WithMetadata(new AlternateResponseBody(statusCode, contentType, typeof(TBody), name, example));
}

/// <summary>Adds each <see cref="AlternateResponseBody"/> to its response; runs after the example filter so the examples stay per media type.</summary>
public sealed class AlternateResponseBodyOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var body in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AlternateResponseBody>())
        {
            if (operation.Responses?.TryGetValue(body.StatusCode.ToString(), out var found) != true || found is not OpenApiResponse response) continue;
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            var schema = context.SchemaGenerator.GenerateSchema(body.BodyType, context.SchemaRepository);
            var example = body.Example is null ? null : JsonSerializer.SerializeToNode(body.Example, body.Example.GetType(), json.Value.SerializerOptions);
            if (!response.Content.TryGetValue(body.ContentType, out var existing))
            {
                response.Content[body.ContentType] = new OpenApiMediaType { Schema = schema, Example = example };
                continue;
            }
            existing.Schema = new OpenApiSchema { OneOf = [existing.Schema!, schema] };
            existing.Examples ??= new Dictionary<string, IOpenApiExample>();
            if (existing.Example is { } first) existing.Examples["json"] = new Microsoft.OpenApi.OpenApiExample { Summary = "The API's JSON", Value = first };
            existing.Example = null;
            if (example is not null) existing.Examples[body.Name] = new Microsoft.OpenApi.OpenApiExample { Summary = body.Name, Value = example };
        }
    }
}
