using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Import;

/// <summary>A second API over a database of its own: where an export from the first is imported.</summary>
public sealed class SecondApiFactory : ArticleApiFactory;

/// <summary>GET /articles/export from one database, `import` into an empty one: the same articles.</summary>
public sealed class ImportRoundTripTests(ArticleApiFactory origin, SecondApiFactory target)
    : IClassFixture<ArticleApiFactory>, IClassFixture<SecondApiFactory>, IDisposable
{
    private static readonly string[] ServerManaged = ["id", "version", "createdAt", "updatedAt"];

    private readonly ImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_export_imported_into_an_empty_database_stores_the_same_articles()
    {
        var editor = origin.AsEditor();
        await editor.CreateArticleAsync(Sample());
        await editor.CreateArticleAsync(Valid("NOS", "nos-1", "2025-03-21T08:00:00+01:00"));
        var fromDateline = Valid(null, "anp-dateline", "2025-03-19T12:00:00Z");
        fromDateline.Remove("source");
        fromDateline.Remove("dateline");
        fromDateline["body"] = "ROTTERDAM (ANP) - Premier Dick Schoof opende de haven. Volgens Schoof is dat goed nieuws voor Nederland.";
        fromDateline["entities"] = new JsonArray(Entity("Schoof", "person"), Entity("Haven van Rotterdam", "organization"));
        await editor.CreateArticleAsync(fromDateline);
        var english = new JsonObject
        {
            ["source"] = "Reuters", ["headline"] = "Zelensky meets Starmer in London", ["language"] = "en",
            ["body"] = "LONDON (Reuters) - Ukrainian President Volodymyr Zelensky met Prime Minister Keir Starmer on Tuesday.",
            ["publishedAt"] = "2025-03-18T09:30:00Z", ["byline"] = "Jane Doe", ["url"] = "https://example.com/zelensky",
            ["entities"] = new JsonArray(Entity("Zelensky", "person")),
        };
        await editor.CreateArticleAsync(english);
        var edited = await editor.CreateArticleAsync(Valid("NOS", "nos-2", "2025-03-17T07:00:00Z"));
        var changed = Valid("NOS", "nos-2", "2025-03-17T07:00:00Z");
        changed["headline"] = "Kabinet past plannen voor woningbouw aan";
        changed["summary"] = null;
        Assert.Equal(HttpStatusCode.OK, (await editor.PutArticleAsync(edited.Id, changed)).StatusCode);
        var deleted = await editor.CreateArticleAsync(Valid("NOS", "nos-3"));
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/articles/{deleted.Id}")).StatusCode);

        var exported = await origin.ExportAsync();
        var file = folder.File("export.ndjson", exported.Select(a => a.GetRawText()));
        var run = await folder.ImportAsync(target, file);
        var imported = await target.ExportAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith(": 5 stored, 0 already present, 0 rejected", run.Output.Split('\n')[^3]);
        Assert.Equal(5, exported.Count);
        Assert.Equal(exported.Select(ClientFields), imported.Select(ClientFields));
        Assert.All(imported, a => Assert.Equal(1, a.GetProperty("version").GetInt32()));
        Assert.Empty(exported.Select(a => a.GetProperty("id").GetGuid()).Intersect(imported.Select(a => a.GetProperty("id").GetGuid())));

        // Both kinds of entity came back as they were: the editor's as the editor's, the extracted ones found again.
        var english2 = imported.Single(a => a.GetProperty("source").GetString() == "Reuters");
        Assert.Equal(
            [("person:volodymyr-zelensky", "editor"), ("location:london", "extracted"), ("person:keir-starmer", "extracted")],
            english2.GetProperty("entities").EnumerateArray().Select(e => (e.GetProperty("key").GetString(), e.GetProperty("origin").GetString())).Take(3));
    }

    /// <summary>An exported article without what the service manages: everything a client sends, and what the service derives from it.</summary>
    private static string ClientFields(JsonElement article)
    {
        var fields = JsonNode.Parse(article.GetRawText())!.AsObject();
        foreach (var name in ServerManaged) fields.Remove(name);
        return fields.ToJsonString();
    }
}
