using System.Text.Json.Serialization;

namespace ArticleApi.Common.Json;

public static class JsonExtensions
{
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            var json = options.SerializerOptions;
            // A misspelt property ("headLine") must be an error, not a silently missing field.
            json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.PropertyNameCaseInsensitive = false;
            json.AllowDuplicateProperties = false;
            json.Converters.Add(new TrimmingStringConverter());
            json.Converters.Add(new Rfc3339DateTimeOffsetConverter());
        });
}
