using System.Text;
using System.Text.Json;
using ArticleApi.Tests.Formats.WireText;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Import;

/// <summary>`import` over folders of wire text (.txt): each file one item, read as a text/plain POST reads it.</summary>
public sealed class ImportWireTextTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>, IDisposable
{
    private readonly ImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Sample => Encoding.UTF8.GetString(WireCopy.SampleBytes);

    [Fact]
    public async Task A_folder_of_wire_copy_is_stored_with_source_headline_and_language_read_from_the_copy()
    {
        folder.File("wire/en/reuters.txt", [WireCopy.English]);
        folder.File("wire/de/dpa.txt", [WireCopy.German]);
        folder.File("wire/fr/afp.txt", [WireCopy.French]);
        folder.File("wire/nl/anp-with-headline.txt", ["Vredesmissie Oekraïne gaat volgende fase in", "", Sample]);
        var asDelivered = folder.Bytes("wire/nl/anp.txt", WireCopy.SampleBytes);

        var run = await folder.ImportAsync(api, "--published-at", "2025-03-20T10:15:00+01:00", "--derive-external-id", Path.Combine(folder.Path, "wire"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(": 4 stored, 0 already present, 1 rejected", run.Summary);
        var reject = Assert.Single(run.Rejects);
        Assert.Equal(asDelivered, reject.GetProperty("origin").GetString());
        Assert.Equal("headline", reject.GetProperty("field").GetString());

        var stored = (await DerivedAsync()).ToDictionary(a => a.GetProperty("headline").GetString()!);
        Assert.Equal(4, stored.Count);
        Assert.Equal(
            [("Reuters", "en", "LONDON"), ("dpa", "de", "LONDON"), ("AFP", "fr", "LONDRES"), ("ANP", "nl", "LONDEN")],
            new[] { WireCopy.English, WireCopy.German, WireCopy.French, null }.Select(copy => stored[copy is null ? "Vredesmissie Oekraïne gaat volgende fase in" : WireCopy.HeadlineOf(copy)])
                .Select(a => (a.GetProperty("source").GetString(), a.GetProperty("language").GetString(), a.GetProperty("dateline").GetString())));
        var anp = stored["Vredesmissie Oekraïne gaat volgende fase in"];
        Assert.Equal(Sample.Trim(), anp.GetProperty("body").GetString());
        Assert.Equal("2025-03-20T09:15:00Z", anp.GetProperty("publishedAt").GetString());
        Assert.StartsWith("sha256:", anp.GetProperty("externalId").GetString());
        Assert.Contains(anp.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Keir Starmer");
        Assert.Equal(WireCopy.BodyOf(WireCopy.German).Trim(), stored[WireCopy.HeadlineOf(WireCopy.German)].GetProperty("body").GetString());

        var again = await folder.ImportAsync(api, "--published-at", "2025-03-20T10:15:00+01:00", "--derive-external-id", Path.Combine(folder.Path, "wire"));
        Assert.Contains(": 0 stored, 4 already present, 1 rejected", again.Summary);
        Assert.Equal(4, (await DerivedAsync()).Count);
    }

    /// <summary>The articles this class stored with --derive-external-id.</summary>
    private async Task<List<JsonElement>> DerivedAsync() =>
        [.. (await api.ExportAsync()).Where(a => a.GetProperty("externalId").GetString()?.StartsWith("sha256:") == true)];

    [Fact]
    public async Task Without_published_at_a_file_is_published_when_it_was_last_written_and_language_can_be_given()
    {
        var file = folder.File("in/item.txt", ["Kort bericht uit Utrecht", "", "UTRECHT (ANP) - Kort."]);
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 6, 1, 8, 30, 0, DateTimeKind.Utc));

        var refused = await folder.ImportAsync(api, file);
        Assert.Equal("language", refused.RejectOf(file).GetProperty("field").GetString());

        var run = await folder.ImportAsync(api, "--language", "nl", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        var stored = Assert.Single(await api.ExportAsync(), a => a.GetProperty("headline").GetString() == "Kort bericht uit Utrecht");
        Assert.Equal("2024-06-01T08:30:00Z", stored.GetProperty("publishedAt").GetString());
        Assert.Equal("nl", stored.GetProperty("language").GetString());
        Assert.Equal("ANP", stored.GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_source_option_is_for_copy_whose_dateline_names_no_agency()
    {
        var dated = folder.File("mixed/dated.txt", ["Havenstaking in Rotterdam", "", "ROTTERDAM (ANP) - De havenarbeiders leggen het werk neer, zegt de bond."]);
        var undated = folder.File("mixed/undated.txt", ["Havenstaking voorbij", "", "De havenarbeiders in Rotterdam gaan weer aan het werk, zegt de bond."]);

        var run = await folder.ImportAsync(api, "--source", "Reuters", "--language", "nl", "--published-at", "2025-02-01T08:00:00Z", Path.Combine(folder.Path, "mixed"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var stored = (await api.ExportAsync()).ToDictionary(a => a.GetProperty("headline").GetString()!);
        Assert.Equal("ANP", stored["Havenstaking in Rotterdam"].GetProperty("source").GetString());
        Assert.Equal("Reuters", stored["Havenstaking voorbij"].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Files_that_are_not_wire_copy_are_rejected_naming_the_body_and_store_nothing()
    {
        var before = (await api.ExportAsync()).Count;
        var huge = folder.Bytes("bad/huge.txt", Encoding.UTF8.GetBytes("Kop\n\n" + new string('a', 1024 * 1024)));
        var latin1 = folder.Bytes("bad/latin1.txt", Encoding.Latin1.GetBytes("Kop\n\nDEN HAAG (ANP) - Café ñ"));
        var empty = folder.Bytes("bad/empty.txt", []);

        var run = await folder.ImportAsync(api, "--published-at", "2025-01-01T00:00:00Z", Path.Combine(folder.Path, "bad"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(": 0 stored, 0 already present, 3 rejected", run.Summary);
        foreach (var file in new[] { huge, latin1, empty })
            Assert.Equal("body", run.RejectOf(file).GetProperty("field").GetString());
        Assert.Contains("1 MiB", run.RejectOf(huge).GetProperty("reason").GetString());
        Assert.Contains("UTF-8", run.RejectOf(latin1).GetProperty("reason").GetString());
        Assert.Equal(before, (await api.ExportAsync()).Count);
    }
}
