using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Entities;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Import;

/// <summary>`import` over NDJSON files: what it stores, what it rejects and why, and how it ends.</summary>
public sealed class ImportNdjsonTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>, IDisposable
{
    private readonly ImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A source of letters only (a dateline can name it as its agency), new for each test.</summary>
    private static string NewSource() => "Imp" + EntityCalls.Tag();

    [Fact]
    public async Task Valid_items_are_stored_exactly_as_POST_stores_them()
    {
        var source = NewSource();
        JsonObject[] items =
        [
            Valid(source, "full"),
            Sample(source, "sample"),
            new()
            {
                ["externalId"] = "from-dateline", ["headline"] = "  Raad stemt in met begroting  ",
                ["body"] = $"UTRECHT ({source}) - De gemeenteraad van Utrecht stemde in.\n\n\tVolgens wethouder Eva Jansen <b>is</b> dit \"goed\" & nodig.",
                ["language"] = "NL", ["publishedAt"] = "2024-12-31T23:59:59.123456-05:00",
            },
            new()
            {
                ["source"] = source, ["externalId"] = "emoji", ["headline"] = "Ökonomie 🚀 wächst in Zürich", ["body"] = "Die Wirtschaft wächst.",
                ["language"] = "de", ["publishedAt"] = "2025-01-02T03:04:05Z", ["summary"] = "", ["byline"] = null,
                ["entities"] = new JsonArray(Entity("Zürich", "location"), Entity("Wirtschaftsrat", "organization")),
            },
        ];
        var file = folder.File("articles.ndjson", items.Select(i => i.Line()));

        var run = await folder.ImportAsync(api, "--batch-size", "3", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("import: 4 items", run.Summary[..15]);
        Assert.EndsWith(": 4 stored, 0 already present, 0 rejected", run.Summary);
        Assert.Empty(run.Errors);
        Assert.Empty(run.Rejects);

        // The same items posted under other externalIds must be stored the same in every field the service derives.
        var editor = api.AsEditor();
        foreach (var item in items)
        {
            var twin = item.DeepClone().AsObject();
            twin["externalId"] = $"{item["externalId"]}-posted";
            Assert.Equal(HttpStatusCode.Created, (await editor.PostArticleAsync(twin)).StatusCode);
        }
        var stored = await api.ExportedAsync(source);
        Assert.Equal(8, stored.Count);
        foreach (var item in items)
        {
            var imported = stored[item["externalId"]!.GetValue<string>()];
            var posted = stored[$"{item["externalId"]}-posted"];
            foreach (var field in new[] { "source", "headline", "summary", "body", "dateline", "datelinePlace", "language", "byline", "url", "publishedAt", "entities", "version" })
                Assert.Equal(posted.GetProperty(field).GetRawText(), imported.GetProperty(field).GetRawText());
        }

        // And as the file says, where it says it.
        var full = stored["full"];
        Assert.Equal(source, full.GetProperty("source").GetString());
        Assert.Equal("Het kabinet wil tot 2030 jaarlijks 100.000 woningen bouwen.", full.GetProperty("summary").GetString());
        Assert.Equal("https://www.example.nl/nieuws/woningbouw", full.GetProperty("url").GetString());
        Assert.Equal(["Den Haag", "Tweede Kamer"], EditorEntities(full));
        var dated = stored["from-dateline"];
        Assert.Equal(source, dated.GetProperty("source").GetString());
        Assert.Equal("Raad stemt in met begroting", dated.GetProperty("headline").GetString());
        Assert.Equal("UTRECHT", dated.GetProperty("dateline").GetString());
        Assert.Equal("nl", dated.GetProperty("language").GetString());
        Assert.Equal("2025-01-01T04:59:59.123456Z", dated.GetProperty("publishedAt").GetString());
        Assert.Equal(items[2]["body"]!.GetValue<string>(), dated.GetProperty("body").GetString());
        var emoji = stored["emoji"];
        Assert.Equal("Ökonomie 🚀 wächst in Zürich", emoji.GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, emoji.GetProperty("summary").ValueKind);
        Assert.Equal(["Zürich", "Wirtschaftsrat"], EditorEntities(emoji));
        Assert.Equal(SampleBody.Trim(), stored["sample"].GetProperty("body").GetString());
    }

    private static List<string> EditorEntities(JsonElement article) =>
        [.. article.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("origin").GetString() == "editor").Select(e => e.GetProperty("name").GetString()!)];

    [Fact]
    public async Task Malformed_invalid_and_truncated_lines_are_rejected_with_their_reasons_and_nothing_of_them_is_stored()
    {
        var source = NewSource();
        var valid = Valid(source, "r1").Line();
        var lines = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(valid + "\n"),                                                            // 1 stored
            "\n"u8.ToArray(),                                                                                // 2 blank: skipped
            " \t \n"u8.ToArray(),                                                                            // 3 blank: skipped
            Encoding.UTF8.GetBytes($$"""{"source":"{{source}}","externalId":"r4","headline": """ + "\n"),    // 4 malformed
            Encoding.UTF8.GetBytes(valid.Replace("\"r1\"", "\"r5\"").Replace("\"headline\"", "\"headLine\"") + "\n"), // 5 unknown property
            Encoding.UTF8.GetBytes(valid.Replace("\"r1\"", "\"r6\"").Replace("\"language\":\"nl\"", "\"language\":\"xx\"")
                .Replace("Kabinet presenteert plannen voor woningbouw", " ") + "\n"),                      // 6 invalid article, two fields
            Encoding.UTF8.GetBytes(valid.Replace("\"r1\"", "\"r7\"")[..40]).Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}\n"u8.ToArray()).ToArray(), // 7 invalid UTF-8
            "[1,2]\n"u8.ToArray(),                                                                           // 8 not an object
            Encoding.UTF8.GetBytes(valid.Replace("\"r1\"", "\"r9\"").Replace("2025-03-20T10:15:00Z", "2025-03-20T10:15:00") + "\n"), // 9 no offset
            Encoding.UTF8.GetBytes(valid.Replace("\"r1\"", "\"r10\"") + "\r\n"),                             // 10 stored (CRLF)
            Encoding.UTF8.GetBytes(valid.Replace("\"r1\"", "\"r11\"")[..^30]),                              // 11 cut off: no line break
        };
        var file = folder.Bytes("mixed.ndjson", [.. lines.SelectMany(l => l)]);

        var run = await folder.ImportAsync(api, file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.EndsWith(": 2 stored, 0 already present, 7 rejected (listed in " + folder.RejectsPath + ")", run.Summary);
        Assert.StartsWith("import: 9 items in ", run.Summary);
        Assert.Empty(run.Errors);
        Assert.Equal([$"{file}:4", $"{file}:5", $"{file}:6", $"{file}:7", $"{file}:8", $"{file}:9", $"{file}:11"],
            run.Rejects.Select(r => r.GetProperty("origin").GetString()));

        AssertReject(run.RejectOf(file, 4), "$", "The line is not valid JSON: ");
        AssertReject(run.RejectOf(file, 5), "headLine", "Unknown property 'headLine'. Did you mean 'headline'?");
        var invalid = run.RejectOf(file, 6);
        AssertReject(invalid, "headline", "'headline' must not be empty.");
        Assert.Equal(["headline", "language"], invalid.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        AssertReject(run.RejectOf(file, 7), "$", "The line is not valid UTF-8 (byte 41).");
        Assert.Contains("\uFFFD(", run.RejectOf(file, 7).GetProperty("item").GetString());
        AssertReject(run.RejectOf(file, 8), "$", "A line must be a JSON object");
        Assert.Equal("publishedAt", run.RejectOf(file, 9).GetProperty("field").GetString());
        AssertReject(run.RejectOf(file, 11), "$", "The line is not valid JSON: ");
        Assert.Contains("no line break ends it: the file was probably cut off", run.RejectOf(file, 11).GetProperty("reason").GetString());
        Assert.Equal(Encoding.UTF8.GetString(lines[4]).TrimEnd('\n'), run.RejectOf(file, 5).GetProperty("item").GetString());

        Assert.Equal(["r1", "r10"], (await api.ExportedAsync(source)).Keys.Order());
        Assert.Equal(2L, await api.CountAsync(source));
    }

    private static void AssertReject(JsonElement reject, string field, string reason)
    {
        Assert.Equal(field, reject.GetProperty("field").GetString());
        Assert.StartsWith(reason, reject.GetProperty("reason").GetString());
        Assert.Equal(reject.GetProperty("reason").GetString(), reject.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Source_and_language_options_fill_in_items_that_give_none_and_leave_the_others_alone()
    {
        var source = NewSource();
        var bare = Valid(null, "bare");
        bare.Remove("source");
        bare.Remove("language");
        bare["body"] = "Het kabinet wil meer woningen bouwen.";
        var dated = Valid(null, "dated");
        dated.Remove("source");
        dated["body"] = $"UTRECHT ({source}Dateline) - De raad stemde in.";
        var own = Valid(source + "Own", "own");
        own["language"] = "en";
        var file = folder.File("defaults.ndjson", [bare.Line(), dated.Line(), own.Line()]);

        var run = await folder.ImportAsync(api, "--source", source, "--language", "NL", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("nl", (await api.ExportedAsync(source))["bare"].GetProperty("language").GetString());
        Assert.Equal("dated", Assert.Single(await api.ExportedAsync(source + "Dateline")).Key);
        Assert.Equal("en", (await api.ExportedAsync(source + "Own"))["own"].GetProperty("language").GetString());
    }

    [Fact]
    public async Task An_export_line_goes_in_without_what_the_service_manages_and_with_its_extracted_entities_found_anew()
    {
        var source = NewSource();
        var id = Guid.NewGuid();
        var exported = new JsonObject
        {
            ["id"] = id, ["source"] = source, ["externalId"] = "e1", ["headline"] = "Rutte spreekt de NAVO toe", ["summary"] = null,
            ["body"] = "DEN HAAG (ANP) - Mark Rutte sprak de NAVO toe. Rutte was kort.", ["dateline"] = "DEN HAAG", ["datelinePlace"] = "Den Haag",
            ["language"] = "nl", ["byline"] = null, ["url"] = null, ["publishedAt"] = "2025-03-20T10:15:00Z",
            ["entities"] = new JsonArray(
                new JsonObject { ["key"] = "organization:navo", ["name"] = "NAVO", ["type"] = "organization", ["origin"] = "editor", ["count"] = 1 },
                new JsonObject { ["key"] = "person:mark-rutte", ["name"] = "Mark Rutte", ["type"] = "person", ["origin"] = "extracted", ["count"] = 99 }),
            ["version"] = 7, ["createdAt"] = "2020-01-01T00:00:00Z", ["updatedAt"] = "2021-01-01T00:00:00Z",
        };
        var misspelt = exported.DeepClone().AsObject();
        misspelt["externalId"] = "e2";
        misspelt.Remove("version");
        misspelt["versoin"] = 7;
        var file = folder.File("export.ndjson", [exported.Line(), misspelt.Line()]);

        var run = await folder.ImportAsync(api, file);

        Assert.True(run.ExitCode == 1, run.ToString());
        var reject = run.RejectOf(file, 2);
        Assert.Equal("versoin", reject.GetProperty("field").GetString());
        Assert.Contains("datelinePlace", reject.GetProperty("reason").GetString());
        var stored = Assert.Single(await api.ExportedAsync(source)).Value;
        Assert.NotEqual(id, stored.GetProperty("id").GetGuid());
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
        Assert.NotEqual("2020-01-01T00:00:00Z", stored.GetProperty("createdAt").GetString());
        Assert.Equal(
            [("organization:navo", "editor", 2), ("location:den-haag", "extracted", 1), ("person:mark-rutte", "extracted", 3)],
            stored.GetProperty("entities").EnumerateArray().Select(e => (e.GetProperty("key").GetString(), e.GetProperty("origin").GetString(), e.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task A_folder_is_read_recursively_gzip_included_and_files_that_cannot_be_read_are_rejected_whole()
    {
        var source = NewSource();
        folder.File("in/a.ndjson", [Valid(source, "a1").Line(), Valid(source, "a2").Line()]);
        folder.Bytes("in/b.jsonl.gz", Gzip(Valid(source, "b1").Line() + "\n" + Valid(source, "b2").Line() + "\n"));
        folder.File("in/sub/deeper/c.NDJSON", [Valid(source, "c1").Line()]);
        var corrupt = folder.Bytes("in/broken.ndjson.gz", "this is not gzip"u8.ToArray());
        var ninjs = folder.File("in/item.json", ["""{"uri":"urn:x","type":"text"}"""]);
        var wire = folder.File("in/wire.txt", ["LONDEN (ANP) - Tekst."]);
        folder.File("in/README.md", ["not an import file"]);

        var run = await folder.ImportAsync(api, Path.Combine(folder.Path, "in"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(": 5 stored, 0 already present, 3 rejected", run.Output);
        Assert.Contains("import: 1 file in the folders skipped", run.Output);
        Assert.Equal([corrupt, $"{ninjs}:1", wire], run.Rejects.Select(r => r.GetProperty("origin").GetString()));
        Assert.Equal(JsonValueKind.Null, run.Rejects[0].GetProperty("field").ValueKind);
        Assert.StartsWith("Reading the file failed: ", run.Rejects[0].GetProperty("reason").GetString());
        Assert.Equal("contentcreated", run.Rejects[1].GetProperty("field").GetString()); // read as ninjs: it has no date
        Assert.Equal("headline", run.Rejects[2].GetProperty("field").GetString()); // read as wire text: a dateline is no headline
        Assert.Equal(["a1", "a2", "b1", "b2", "c1"], (await api.ExportedAsync(source)).Keys.Order());
    }

    [Fact]
    public async Task The_rejects_file_in_a_folder_being_imported_is_not_read_as_input()
    {
        var source = NewSource();
        var feed = Path.Combine(folder.Path, "feed");
        var items = folder.File("feed/items.ndjson", [Valid(source, "a").Line(), "{}"]);
        var rejects = folder.File("feed/z-rejects.ndjson", ["""{"origin":"a run before"}"""]);
        var output = new StringWriter();

        var exit = await ArticleApi.Import.ImportCommand.RunAsync(["--rejects", rejects, feed], new ArticleApi.Import.ImportConsole(output, new StringWriter(), false, 100),
            [new("ConnectionStrings:Articles", api.ConnectionString)], CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("import: 2 items in ", output.ToString());
        var reject = Assert.Single(File.ReadAllLines(rejects));
        Assert.Equal($"{items}:2", JsonDocument.Parse(reject).RootElement.GetProperty("origin").GetString());
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    [Fact]
    public async Task An_export_line_with_a_null_entity_is_rejected_and_the_file_goes_on()
    {
        var source = NewSource();
        var broken = Valid(source, "null-entity");
        broken["id"] = Guid.NewGuid().ToString();
        broken["entities"] = new JsonArray((JsonNode?)null);
        var file = folder.File("null-entity.ndjson", [broken.Line(), Valid(source, "after").Line()]);

        var run = await folder.ImportAsync(api, file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("entities[0]", run.RejectOf(file, 1).GetProperty("field").GetString());
        Assert.Equal(["after"], (await api.ExportedAsync(source)).Keys);
    }

    [Fact]
    public async Task A_dry_run_validates_every_item_and_stores_none()
    {
        var source = NewSource();
        var file = folder.File("dry.ndjson", [Valid(source, "d1").Line(), "{}", Valid(source, "d3").Line()]);

        var run = await folder.ImportAsync("Host=127.0.0.1;Port=1;Database=none", "--dry-run", file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("import: dry run, nothing stored: 3 items in ", run.Summary);
        Assert.EndsWith(": 2 valid, 1 rejected (listed in " + folder.RejectsPath + ")", run.Summary);
        Assert.Equal($"{file}:2", Assert.Single(run.Rejects).GetProperty("origin").GetString());
        Assert.Equal(0L, await api.CountAsync(source));
    }

    [Theory]
    [InlineData(new string[0], "import: Name at least one file or folder to import.")]
    [InlineData(new[] { "--bogus", "x.ndjson" }, "import: Unknown option --bogus.")]
    [InlineData(new[] { "--batch-size", "0", "x.ndjson" }, "import: --batch-size takes a whole number from 1 to 100000, not '0'.")]
    [InlineData(new[] { "--language", "dutch", "x.ndjson" }, "import: --language takes a two-letter ISO 639-1 code")]
    [InlineData(new[] { "--rejects" }, "import: --rejects needs a value.")]
    [InlineData(new[] { "/no/such/file.ndjson" }, "import: No such file or folder: /no/such/file.ndjson")]
    public async Task A_wrong_command_line_exits_2_saying_what_is_wrong_and_touches_nothing(string[] args, string message)
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await ArticleApi.Import.ImportCommand.RunAsync(args, new ArticleApi.Import.ImportConsole(output, errors, false, 100),
            [new("ConnectionStrings:Articles", api.ConnectionString)], CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, errors.ToString());
        Assert.DoesNotContain("   at ", errors.ToString());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Without_a_database_it_exits_2_and_says_so()
    {
        var file = folder.File("one.ndjson", [Valid().Line()]);

        var unset = await folder.ImportAsync("", file);
        var unreachable = await folder.ImportAsync("Host=127.0.0.1;Port=1;Database=none;Timeout=2", file);

        Assert.Equal(2, unset.ExitCode);
        Assert.StartsWith("import: No database: set ConnectionStrings__Articles", unset.Errors);
        Assert.Equal(2, unreachable.ExitCode);
        Assert.StartsWith("import: the database cannot be used: ", unreachable.Errors);
        Assert.DoesNotContain("   at ", unreachable.Errors);
    }

    [Fact]
    public async Task Into_a_database_without_the_schema_it_migrates_first()
    {
        var empty = await TestDatabases.CreateEmptyAsync();
        try
        {
            var source = NewSource();
            var file = folder.File("fresh.ndjson", [Valid(source, "f1").Line()]);

            var run = await folder.ImportAsync(empty, file);

            Assert.True(run.ExitCode == 0, run.ToString());
            await using var connection = new Npgsql.NpgsqlConnection(empty);
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM articles WHERE source = '{source}'", connection);
            Assert.Equal(1L, await count.ExecuteScalarAsync());
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestDatabases.DropAsync(empty);
        }
    }
}
