using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Formats.Ninjs;

/// <summary>Swagger shows ninjs where the API speaks it: the media type, the item's schema, an example that is valid ninjs.</summary>
public sealed class NinjsOpenApiTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private async Task<JsonNode> PathsAsync()
    {
        var response = await api.Anonymous().GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paths"]!;
    }

    private static void AssertNinjsExample(JsonNode? example)
    {
        Assert.NotNull(example);
        NinjsSchema.AssertValid(JsonDocument.Parse(example!.ToJsonString()).RootElement);
    }

    [Fact]
    public async Task Reading_creating_and_listing_document_ninjs_with_schema_and_example()
    {
        var paths = await PathsAsync();

        var get = paths["/articles/{id}"]!["get"]!;
        var one = get["responses"]!["200"]!["content"]![NinjsCalls.MediaType]!;
        Assert.Equal("#/components/schemas/NinjsItem", (string?)one["schema"]!["$ref"]);
        AssertNinjsExample(one["example"]);
        Assert.NotNull(get["responses"]!["200"]!["content"]!["application/json"]!["example"]);

        var post = paths["/articles"]!["post"]!;
        AssertNinjsExample(post["requestBody"]!["content"]![NinjsCalls.MediaType]!["example"]);
        Assert.Equal("ANP", (string?)post["requestBody"]!["content"]!["application/json"]!["example"]!["source"]);
        AssertNinjsExample(post["responses"]!["201"]!["content"]![NinjsCalls.MediaType]!["example"]);

        var list = paths["/articles"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!;
        Assert.Equal(2, list["schema"]!["oneOf"]!.AsArray().Count);
        Assert.All(list["examples"]!["ninjs"]!["value"]!["items"]!.AsArray(), AssertNinjsExample);

        foreach (var path in new[] { "/articles/{id}", "/articles", "/articles/export" })
        {
            var format = paths[path]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "format")!;
            Assert.Equal(["json", "ninjs"], format["schema"]!["enum"]!.AsArray().Select(v => (string?)v));
            Assert.False(string.IsNullOrWhiteSpace((string?)format["description"]));
        }
    }
}
