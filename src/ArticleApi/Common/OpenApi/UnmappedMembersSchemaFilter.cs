using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Common.OpenApi;

/// <summary>
/// A type that skips members it does not know (<c>[JsonUnmappedMemberHandling(Skip)]</c>) says so in its schema: the API
/// refuses unknown members everywhere else, and Swashbuckle writes that (additionalProperties: false) for every type.
/// </summary>
public sealed class UnmappedMembersSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema described
            || context.Type.GetCustomAttribute<JsonUnmappedMemberHandlingAttribute>()?.UnmappedMemberHandling != JsonUnmappedMemberHandling.Skip) return;
        described.AdditionalPropertiesAllowed = true;
        described.AdditionalProperties = null;
    }
}
