using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using ArticleApi.Common.Validation;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Common.OpenApi;

/// <summary>
/// Another media type a documented operation takes. A sibling endpoint on the same path and method serves it,
/// chosen by routing from the request's Content-Type; OpenAPI has one operation per path and method, so the
/// sibling is hidden and its body is described here, on the documented endpoint, with the query parameters
/// the sibling alone takes (<paramref name="ParametersType"/>, its <c>[AsParameters]</c> record), marked as such.
/// </summary>
public sealed record AlternateRequestBody(string ContentType, Type BodyType, object? Example = null, Type? ParametersType = null)
{
    /// <summary>The names of the query parameters the sibling takes.</summary>
    public IEnumerable<string> QueryNames => ParametersType is null ? [] : ValidationFilter.QueryParameters(ParametersType).Select(p => p.Name);
}

/// <summary>Marks the sibling endpoint that serves an <see cref="AlternateRequestBody"/>.</summary>
public sealed record AlternateRequestBodySibling(string ContentType);

public static class AlternateRequestBodyExtensions
{
    /// <summary>Documents that the operation also takes <paramref name="contentType"/> bodies shaped like <typeparamref name="TBody"/>.</summary>
    public static RouteHandlerBuilder WithAlternateRequestBody<TBody>(this RouteHandlerBuilder builder, string contentType, object? example = null) =>
        builder.WithMetadata(new AlternateRequestBody(contentType, typeof(TBody), example));

    /// <summary>…and that with such bodies it takes the query parameters of <typeparamref name="TParameters"/>.</summary>
    public static RouteHandlerBuilder WithAlternateRequestBody<TBody, TParameters>(this RouteHandlerBuilder builder, string contentType, object? example = null) =>
        builder.WithMetadata(new AlternateRequestBody(contentType, typeof(TBody), example, typeof(TParameters)));

    /// <summary>
    /// Makes an endpoint the sibling that serves <paramref name="contentType"/> on a path and method another endpoint documents.
    /// Its negative order matters for "+json" types: routing otherwise prefers the application/json sibling, which also
    /// matches them. Siblings on one path and method need distinct orders: a request without Content-Type matches them
    /// all, and routing cannot choose between equals (a 500); the one it picks answers such a request with a 415.
    /// </summary>
    public static RouteHandlerBuilder AsAlternateRequestBody<TBody>(this RouteHandlerBuilder builder, string contentType, int order) where TBody : notnull =>
        builder.Accepts<TBody>(contentType).WithOrder(order).ExcludeFromDescription().WithMetadata(new AlternateRequestBodySibling(contentType));
}

/// <summary>
/// Adds each <see cref="AlternateRequestBody"/> to the operation's request body, and its query parameters to the
/// operation's, described from their XML docs and validators as any other; runs after the example filter so the
/// examples stay per media type.
/// </summary>
public sealed class AlternateRequestBodyOperationFilter(IOptions<JsonOptions> json, IServiceProvider services) : IOperationFilter
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
            if (body.ParametersType is not null) AddParameters(operation, context, body);
        }
    }

    // Not required even when the sibling requires them: Swagger UI would then demand them for every media type.
    private void AddParameters(OpenApiOperation operation, OperationFilterContext context, AlternateRequestBody body)
    {
        operation.Parameters ??= [];
        var rules = new ValidationRulesSchemaFilter(services);
        foreach (var (name, property) in ValidationFilter.QueryParameters(body.ParametersType!))
        {
            var schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository, memberInfo: property);
            var parameter = new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = $"**{body.ContentType} bodies only.** {schema.Description}",
                Schema = schema,
            };
            if (schema is OpenApiSchema described) described.Description = null;
            rules.Apply(parameter, property);
            operation.Parameters.Add(parameter);
        }
    }
}
