using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Common.OpenApi;

/// <summary>An example to show in Swagger for a request body or a response, attached with <see cref="OpenApiExampleExtensions.WithExamples"/>.</summary>
public sealed record OpenApiExample(string StatusCode, object Value);

public static class OpenApiExampleExtensions
{
    /// <summary>Shows <paramref name="request"/> as the request body example and each response example under its status.</summary>
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, object? request = null, params OpenApiExample[] responses)
    {
        if (request is not null) builder.WithMetadata(new OpenApiExample("request", request));
        foreach (var response in responses) builder.WithMetadata(response);
        return builder;
    }
}

public sealed class ExampleOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var example in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<OpenApiExample>())
        {
            var node = JsonSerializer.SerializeToNode(example.Value, example.Value.GetType(), json.Value.SerializerOptions);
            var content = example.StatusCode == "request"
                ? operation.RequestBody?.Content
                : operation.Responses?.TryGetValue(example.StatusCode, out var response) == true ? response.Content : null;
            foreach (var mediaType in content?.Values ?? [])
                mediaType.Example = node;
        }
    }
}
