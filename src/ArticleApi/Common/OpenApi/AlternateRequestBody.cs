using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Common.OpenApi;

/// <summary>
/// Another media type a documented operation takes. A sibling endpoint on the same path and method serves it,
/// chosen by routing from the request's Content-Type; OpenAPI has one operation per path and method, so the
/// sibling is hidden and its body is described here, on the documented endpoint.
/// </summary>
public sealed record AlternateRequestBody(string ContentType, Type BodyType, object? Example = null);

public static class AlternateRequestBodyExtensions
{
    /// <summary>Documents that the operation also takes <paramref name="contentType"/> bodies shaped like <typeparamref name="TBody"/>.</summary>
    public static RouteHandlerBuilder WithAlternateRequestBody<TBody>(this RouteHandlerBuilder builder, string contentType, object? example = null) =>
        builder.WithMetadata(new AlternateRequestBody(contentType, typeof(TBody), example));

    /// <summary>
    /// Makes an endpoint the sibling that serves <paramref name="contentType"/> on a path and method another endpoint documents.
    /// Its lower order matters for "+json" types: routing otherwise prefers the application/json sibling, which also matches them.
    /// </summary>
    public static RouteHandlerBuilder AsAlternateRequestBody<TBody>(this RouteHandlerBuilder builder, string contentType) where TBody : notnull =>
        builder.Accepts<TBody>(contentType).WithOrder(-1).ExcludeFromDescription();
}

/// <summary>Adds each <see cref="AlternateRequestBody"/> to the operation's request body; runs after the example filter so the examples stay per media type.</summary>
public sealed class AlternateRequestBodyOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var body in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AlternateRequestBody>())
        {
            if (operation.RequestBody?.Content is not { } content) continue;
            content[body.ContentType] = new OpenApiMediaType
            {
                Schema = context.SchemaGenerator.GenerateSchema(body.BodyType, context.SchemaRepository),
                Example = body.Example is null ? null : JsonSerializer.SerializeToNode(body.Example, body.Example.GetType(), json.Value.SerializerOptions),
            };
        }
    }
}
