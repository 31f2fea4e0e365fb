using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleApi.Tests.OpenApi;

/// <summary>Swagger describes every endpoint the API maps, with what a developer needs to call it.</summary>
public sealed class OpenApiDocumentTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private async Task<JsonObject> DocumentAsync()
    {
        var response = await api.Anonymous().GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private IEnumerable<(string Path, string Method)> MappedEndpoints() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/swagger", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => ("/" + e.RoutePattern.RawText!.Trim('/'), m.ToLowerInvariant())));

    [Fact]
    public async Task Every_mapped_endpoint_is_in_the_document()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();
        var mapped = MappedEndpoints().ToList();

        Assert.True(mapped.Contains(("/articles", "get")), string.Join(", ", mapped));
        Assert.Contains(("/health/ready", "get"), mapped);
        foreach (var (path, method) in mapped)
            Assert.True(paths[path]?[method] is not null, $"{method.ToUpperInvariant()} {path} is not in swagger.json");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_documents_its_errors_as_problems()
    {
        foreach (var (path, item) in (await DocumentAsync())["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            Assert.False(string.IsNullOrWhiteSpace((string?)operation!["summary"]), $"{name} has no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["description"]), $"{name} has no description");
            if (path.StartsWith("/health", StringComparison.Ordinal)) continue;
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("400"), $"{name} does not document 400");
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
                Assert.True(response!["content"]?["application/problem+json"] is not null, $"{name} {status} is not problem+json");
        }
    }

    [Fact]
    public async Task Every_query_parameter_is_described()
    {
        foreach (var (path, item) in (await DocumentAsync())["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
            Assert.False(string.IsNullOrWhiteSpace((string?)parameter!["description"]),
                $"{method} {path}: parameter {parameter["name"]} has no description");
    }

    [Fact]
    public async Task Editor_operations_declare_the_bearer_scheme_and_their_401_and_403()
    {
        var document = await DocumentAsync();
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]);

        foreach (var (path, method) in new[] { ("/articles", "post"), ("/articles/{id}", "put"), ("/articles/{id}", "delete") })
        {
            var operation = document["paths"]![path]![method]!;
            Assert.NotNull(operation["security"]?[0]?["Bearer"]);
            Assert.NotNull(operation["responses"]!["401"]);
            Assert.NotNull(operation["responses"]!["403"]);
        }
        Assert.Null(document["paths"]!["/articles"]!["get"]!["security"]);
    }

    [Fact]
    public async Task Creating_shows_the_ANP_sample_as_its_example()
    {
        var operation = (await DocumentAsync())["paths"]!["/articles"]!["post"]!;

        var example = operation["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("ANP", (string?)example["source"]);
        Assert.StartsWith("LONDEN (ANP) -", (string?)example["body"]);
        Assert.NotNull(operation["responses"]!["201"]!["content"]!["application/json"]!["example"]);
    }

    [Fact]
    public async Task Creating_also_documents_wire_text_with_the_sample_and_its_query_parameters_marked_as_such()
    {
        var operation = (await DocumentAsync())["paths"]!["/articles"]!["post"]!;

        var text = operation["requestBody"]!["content"]!["text/plain"]!;
        Assert.Equal("string", (string?)text["schema"]!["type"]);
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "anp-londen-vredesmissie.txt")), (string?)text["example"]);
        var query = operation["parameters"]!.AsArray().Where(p => (string?)p!["in"] == "query").ToList();
        Assert.Equal(["byline", "externalId", "headline", "language", "publishedAt", "source", "summary", "url"],
            query.Select(p => (string)p!["name"]!).Order(StringComparer.Ordinal));
        Assert.All(query, p => Assert.StartsWith("**text/plain bodies only.** ", (string?)p!["description"]));
        Assert.All(query, p => Assert.NotEqual(true, (bool?)p!["required"])); // Swagger UI would demand them for JSON bodies too
        Assert.Contains("Required", (string?)query.Single(p => (string?)p!["name"] == "publishedAt")!["description"]);
    }

    [Fact]
    public async Task Upsert_history_and_the_change_feed_show_examples_and_their_conditional_answers()
    {
        var paths = (await DocumentAsync())["paths"]!;

        var upsert = paths["/articles/by-source/{source}/{externalId}"]!["put"]!;
        Assert.NotNull(upsert["requestBody"]!["content"]!["application/json"]!["example"]);
        Assert.NotNull(upsert["responses"]!["200"]!["content"]!["application/json"]!["example"]);
        Assert.NotNull(upsert["responses"]!["201"]!["content"]!["application/json"]!["example"]);
        Assert.Equal(["If-Match", "If-None-Match", "externalId", "source"], upsert["parameters"]!.AsArray().Select(p => (string)p!["name"]!).Order(StringComparer.Ordinal));
        Assert.All(upsert["parameters"]!.AsArray(), p => Assert.False(string.IsNullOrWhiteSpace((string?)p!["description"])));
        foreach (var status in new[] { "412", "428" })
            Assert.NotNull(paths["/articles/{id}"]!["put"]!["responses"]![status]);
        Assert.NotNull(paths["/articles/{id}"]!["get"]!["responses"]!["304"]);
        Assert.Contains(paths["/articles/{id}"]!["get"]!["parameters"]!.AsArray(), p => (string?)p!["name"] == "If-None-Match");
        Assert.NotNull(paths["/articles/{id}"]!["get"]!["responses"]!["200"]!["headers"]!["ETag"]);
        foreach (var (path, method) in new[] { ("/articles/{id}", "put"), ("/articles/{id}", "delete"), ("/articles/by-source/{source}/{externalId}", "put") })
            Assert.Contains(paths[path]![method]!["parameters"]!.AsArray(), p => (string?)p!["name"] == "If-Match" && (string?)p!["in"] == "header");
        Assert.NotNull(paths["/articles/{id}"]!["get"]!["responses"]!["410"]);
        Assert.Equal("updated", (string?)paths["/articles/changes"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!["items"]![1]!["kind"]);
        Assert.NotNull(paths["/articles/{id}/revisions"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]);
        Assert.NotNull(paths["/articles/{id}/revisions/{version}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]);
    }

    [Fact]
    public async Task Reading_and_replacing_show_examples_too()
    {
        var item = (await DocumentAsync())["paths"]!["/articles/{id}"]!;

        Assert.Equal("ANP", (string?)item["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!["source"]);
        Assert.NotNull(item["put"]!["requestBody"]!["content"]!["application/json"]!["example"]);
        Assert.NotNull(item["put"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]);
    }

    [Fact]
    public async Task Schemas_and_parameters_carry_the_validators_rules()
    {
        var document = await DocumentAsync();
        var request = document["components"]!["schemas"]!["ArticleRequest"]!;

        // source is required only when the body has no dateline naming the agency, so the schema cannot say it is
        Assert.Equal(["body", "headline", "language", "publishedAt"],
            request["required"]!.AsArray().Select(n => (string)n!).Order());
        Assert.Equal(500, (int)request["properties"]!["headline"]!["maxLength"]!);
        Assert.Equal(1, (int)request["properties"]!["headline"]!["minLength"]!);
        Assert.Null(request["properties"]!["summary"]!["minLength"]);
        Assert.Equal(["name", "type"], document["components"]!["schemas"]!["EntityRequest"]!["required"]!.AsArray().Select(n => (string)n!));

        var pageSize = document["paths"]!["/articles"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "pageSize")!;
        Assert.Equal((1, 100, 20), ((int)pageSize["schema"]!["minimum"]!, (int)pageSize["schema"]!["maximum"]!, (int)pageSize["schema"]!["default"]!));

        var parameters = document["paths"]!["/articles"]!["get"]!["parameters"]!.AsArray();
        JsonNode Schema(string name) => parameters.Single(p => (string?)p!["name"] == name)!["schema"]!;
        Assert.Equal(["newest", "oldest", "relevance"], Schema("sort")["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["all", "any"], Schema("entityMatch")["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(4, Schema("entityType")["enum"]!.AsArray().Count);
    }

    [Fact]
    public async Task Swagger_UI_is_served()
    {
        var response = await api.Anonymous().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync());
    }
}
