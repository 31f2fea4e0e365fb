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

    [Fact]
    public async Task The_list_shows_a_json_page_and_a_ninjs_page_and_the_export_both_line_shapes()
    {
        var paths = await PathsAsync();

        var list = paths["/articles"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["examples"]!;
        var jsonItem = list["json"]!["value"]!["items"]![0]!;
        Assert.Equal("ANP", (string?)jsonItem["source"]);
        Assert.Null(jsonItem["uri"]);
        AssertNinjsExample(list["ninjs"]!["value"]!["items"]![0]);

        var export = paths["/articles/export"]!["get"]!["responses"]!["200"]!["content"]!["application/x-ndjson"]!;
        Assert.Equal(["#/components/schemas/ArticleListItem", "#/components/schemas/NinjsItem"],
            export["schema"]!["oneOf"]!.AsArray().Select(s => (string?)s!["$ref"]));
        Assert.False(string.IsNullOrEmpty((string?)export["examples"]!["json"]!["value"]!["body"]));
        AssertNinjsExample(export["examples"]!["ninjs"]!["value"]);
    }

    [Fact]
    public async Task A_ninjs_body_is_described_as_it_is_read_on_POST_and_on_the_upsert()
    {
        var document = JsonNode.Parse(await (await api.Anonymous().GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync())!;
        var paths = document["paths"]!;

        foreach (var (path, method, statuses) in new[] { ("/articles", "post", new[] { "201" }), ("/articles/by-source/{source}/{externalId}", "put", ["200", "201"]) })
        {
            var operation = paths[path]![method]!;
            Assert.Equal("#/components/schemas/NinjsItemRequest", (string?)operation["requestBody"]!["content"]![NinjsCalls.MediaType]!["schema"]!["$ref"]);
            foreach (var status in statuses) AssertNinjsExample(operation["responses"]![status]!["content"]![NinjsCalls.MediaType]!["example"]);
        }
        var schemas = document["components"]!["schemas"]!;
        var item = schemas["NinjsItemRequest"]!;
        // Members the reader does not know are accepted (absent additionalProperties), unlike the API's own types.
        Assert.Null(item["additionalProperties"]);
        Assert.Null(schemas["NinjsTextRequest"]!["additionalProperties"]);
        Assert.Equal(false, (bool?)schemas["ArticleRequest"]!["additionalProperties"]);
        foreach (var read in new[] { "embargoed", "firstcreated", "versioncreated", "copyrightholder", "events", "objects" })
            Assert.False(string.IsNullOrWhiteSpace((string?)item["properties"]![read]!["description"]), read);
        Assert.Contains("answer", (string?)paths["/articles"]!["post"]!["description"]);
    }
}
