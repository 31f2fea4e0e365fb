extern alias JsonEverything;

using System.Text.Json;
using JsonEverything::Json.Schema;

namespace ArticleApi.Tests.Formats.Ninjs;

/// <summary>The official IPTC ninjs 2.1 schema (Schema/, see PROVENANCE.md), evaluated by JsonSchema.Net with formats asserted.</summary>
public static class NinjsSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Build);

    /// <summary>The schema's complaints about <paramref name="item"/>, each as "location: message"; empty when it is valid ninjs 2.1.</summary>
    public static List<string> Errors(JsonElement item)
    {
        var result = Schema.Value.Evaluate(item, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return [];
        return [.. (result.Details ?? []).Append(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid, without details")];
    }

    public static void AssertValid(JsonElement item)
    {
        var errors = Errors(item);
        Assert.True(errors.Count == 0, $"Not valid ninjs 2.1:\n{string.Join("\n", errors)}\n{item}");
    }

    private static JsonSchema Build()
    {
        // places[].geojson refers to the GeoJSON schema online; the service never writes geojson, and the tests have no
        // network, so a schema that accepts anything stands in for it.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        options.SchemaRegistry.Register(new Uri("https://geojson.org/schema/GeoJSON.json"), JsonSchema.FromText("true", options));
        return JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Formats", "Ninjs", "Schema", "ninjs-schema_2.1.json"), options);
    }
}
