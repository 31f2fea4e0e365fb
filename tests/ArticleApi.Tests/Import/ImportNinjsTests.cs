using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Formats.Ninjs;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Import;

/// <summary>`import` over ninjs: .json files (an item, or an array of them) and NDJSON lines that are ninjs items.</summary>
public sealed class ImportNinjsTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>, IDisposable
{
    private readonly ImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Agency(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Ninjs", "Agencies", $"{name}.json"));

    [Fact]
    public async Task Agency_files_arrays_and_ninjs_lines_are_stored_as_POST_stores_them_and_a_rerun_skips_them()
    {
        folder.File("feed/ntb.json", [Agency("ntb")]);
        folder.File("feed/dpa.json", [Agency("dpa")]);
        folder.File("feed/tt.json", [Agency("tt")]);
        JsonObject[] array = [NinjsCalls.Item("arr-1"), NinjsCalls.Item("arr-2"), NinjsCalls.Item("arr-3")];
        folder.File("feed/batch.json", [new JsonArray([.. array]).ToJsonString()]);
        folder.File("feed/lines.ndjson", [NinjsCalls.Item("line-1").ToJsonString(), NinjsCalls.Item("line-2").ToJsonString()]);

        var run = await folder.ImportAsync(api, Path.Combine(folder.Path, "feed"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": 8 stored, 0 already present, 0 rejected", run.Summary);
        var stored = await api.ExportAsync();
        Assert.Equal(["NTB", "TT", "dpa"], stored.Select(a => a.GetProperty("source").GetString()).Where(s => s != "ANP").Order(StringComparer.Ordinal));
        Assert.Equal(["arr-1", "arr-2", "arr-3", "line-1", "line-2"],
            stored.Where(a => a.GetProperty("source").GetString() == "ANP").Select(a => a.GetProperty("externalId").GetString()).Order());

        // An item imported is the article the same item posted becomes, in every field the service keeps.
        var posted = await api.AsEditor().PostNinjsAsync(NinjsCalls.Item("posted"));
        Assert.Equal(System.Net.HttpStatusCode.Created, posted.StatusCode);
        var byId = (await api.ExportAsync()).ToDictionary(a => a.GetProperty("externalId").GetString()!);
        foreach (var field in new[] { "source", "summary", "body", "dateline", "language", "byline", "publishedAt", "entities" })
            Assert.Equal(byId["posted"].GetProperty(field).GetRawText(), byId["arr-2"].GetProperty(field).GetRawText());

        var again = await folder.ImportAsync(api, Path.Combine(folder.Path, "feed"));
        Assert.Contains(": 0 stored, 8 already present, 0 rejected", again.Summary);
    }

    [Fact]
    public async Task Items_that_cannot_be_articles_are_rejected_in_ninjs_terms_and_a_broken_array_keeps_the_items_before_the_break()
    {
        var before = (await api.ExportAsync()).Count;
        var picture = NinjsCalls.Item("picture").Also(i => i["type"] = "picture");
        var noHeadline = NinjsCalls.Item("no-headline").Also(i => i.Remove("headlines"));
        var longBy = NinjsCalls.Item("long-by").Also(i => i["by"] = new string('x', 201));
        var items = folder.File("bad/items.json", [new JsonArray(picture, noHeadline, longBy, NinjsCalls.Item("fine")).ToJsonString()]);
        var whole = new JsonArray(NinjsCalls.Item("before-break"), NinjsCalls.Item("after-break")).ToJsonString();
        var cut = folder.File("bad/cut.json", [whole[..(whole.Length * 3 / 4)]]);

        var run = await folder.ImportAsync(api, Path.Combine(folder.Path, "bad"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(": 2 stored, 0 already present, 4 rejected", run.Summary);
        Assert.Equal("type", run.RejectOf(items, 1).GetProperty("field").GetString());
        Assert.StartsWith("headlines", run.RejectOf(items, 2).GetProperty("field").GetString());
        var by = run.RejectOf(items, 3);
        Assert.Equal("by", by.GetProperty("field").GetString());
        Assert.Contains("'by'", by.GetProperty("reason").GetString());
        var broken = Assert.Single(run.Rejects, r => r.GetProperty("origin").GetString() == cut);
        Assert.StartsWith($"Reading the file failed after {cut}:1: ", broken.GetProperty("reason").GetString());
        Assert.Equal(["before-break", "fine"],
            (await api.ExportAsync()).Select(a => a.GetProperty("externalId").GetString()).Where(id => id is "fine" or "before-break" or "after-break").Order());
        Assert.Equal(before + 2, (await api.ExportAsync()).Count);
    }

    [Fact]
    public async Task An_array_file_opening_with_a_byte_order_mark_is_read_item_by_item()
    {
        var array = new JsonArray(NinjsCalls.Item("bom-1"), NinjsCalls.Item("bom-2")).ToJsonString();
        var file = folder.Bytes("bom/items.json", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("\r\n  " + array)]);

        var run = await folder.ImportAsync(api, "--dry-run", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2 items in", run.Summary);
        Assert.Contains(": 2 valid, 0 rejected", run.Summary);
    }

    [Fact]
    public async Task An_export_in_ninjs_lines_imported_again_is_already_present()
    {
        await folder.ImportAsync(api, folder.File("seed/items.ndjson", [NinjsCalls.Item("seed-1").ToJsonString(), NinjsCalls.Item("seed-2").ToJsonString()]));
        using var reader = api.Anonymous();
        var export = await reader.GetStringAsync("/articles/export?format=ninjs");
        var file = folder.File("again/export.ndjson", export.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var run = await folder.ImportAsync(api, file);

        Assert.True(run.ExitCode == 0, run.ToString());
        var count = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Contains($": 0 stored, {count} already present, 0 rejected", run.Summary);
    }
}

internal static class JsonObjectEdits
{
    public static JsonObject Also(this JsonObject item, Action<JsonObject> edit)
    {
        edit(item);
        return item;
    }
}
