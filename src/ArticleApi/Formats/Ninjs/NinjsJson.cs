using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;

namespace ArticleApi.Formats.Ninjs;

/// <summary>How ninjs items are written as JSON, wherever the API's JSON options write them (answers, export, Swagger examples).</summary>
public static class NinjsJson
{
    public static IServiceCollection AddNinjsJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(options =>
        {
            var json = options.SerializerOptions;
            json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(OmitNulls);
        });

    /// <summary>
    /// ninjs has no nulls: a member an item lacks is left out. Only the item: the list's envelope is the API's own and
    /// answers null as its JSON does (`nextCursor: null`).
    /// </summary>
    public static void OmitNulls(JsonTypeInfo type)
    {
        if (type.Type != typeof(NinjsItem)) return;
        foreach (var property in type.Properties) property.ShouldSerialize = static (_, value) => value is not null;
    }
}
