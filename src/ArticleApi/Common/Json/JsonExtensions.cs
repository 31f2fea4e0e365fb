using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;

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
            // Letters of every script are written as themselves ("Oekraïne", not "Oekra\u00EFne"); characters
            // that matter to HTML are still escaped.
            json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.Converters.Add(new TrimmingStringConverter());
            json.Converters.Add(new Rfc3339DateTimeOffsetConverter());
        });
}
