using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleApi.Tests.Formats.Ninjs;

/// <summary>What a ninjs client does: ask for ninjs, post ninjs.</summary>
public static class NinjsCalls
{
    public const string MediaType = "application/ninjs+json";

    public static async Task<HttpResponseMessage> GetAsync(this HttpClient client, string path, string? accept, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostNinjsAsync(this HttpClient client, JsonNode item, string? accept = null) =>
        client.PostNinjsAsync(item.ToJsonString(), accept);

    public static async Task<HttpResponseMessage> PostNinjsAsync(this HttpClient client, string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    /// <summary>Asserts a 200 (or <paramref name="expected"/>) answered as ninjs that the official schema accepts, and returns it.</summary>
    public static async Task<JsonElement> ReadNinjsAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);
        var item = JsonDocument.Parse(body).RootElement.Clone();
        NinjsSchema.AssertValid(item);
        return item;
    }

    /// <summary>A ninjs item as an agency would send it: the sample of samples/ with every field the service reads.</summary>
    public static JsonObject Item(string? externalId = null) => new()
    {
        ["uri"] = $"urn:newsml:anp.nl:20250320:{externalId ?? Guid.NewGuid().ToString("N")}",
        ["type"] = "text",
        ["version"] = "1",
        ["contentcreated"] = "2025-03-20T10:15:00+01:00",
        ["pubstatus"] = "usable",
        ["language"] = "nl",
        ["headlines"] = new JsonArray(new JsonObject { ["role"] = "main", ["value"] = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in" }),
        ["descriptions"] = new JsonArray(new JsonObject { ["role"] = "summary", ["contenttype"] = "text/plain", ["value"] = "Militaire leiders komen donderdag in Londen bijeen." }),
        ["bodies"] = new JsonArray(new JsonObject { ["role"] = "main", ["contenttype"] = "text/plain", ["value"] = Infrastructure.Articles.SampleBody }),
        ["by"] = "Redactie Buitenland",
        ["infosources"] = new JsonArray(new JsonObject { ["name"] = "ANP" }),
        ["altids"] = new JsonArray(new JsonObject { ["role"] = "externalId", ["value"] = externalId ?? $"ANP-{Guid.NewGuid():N}" }),
        ["organisations"] = new JsonArray(new JsonObject { ["name"] = "Coalitie van bereidwillige landen", ["rel"] = "mentioned" }),
    };

    public static List<string?> Strings(this JsonElement item, string array, string member) =>
        item.TryGetProperty(array, out var values) ? [.. values.EnumerateArray().Select(v => v.GetProperty(member).GetString())] : [];
}
