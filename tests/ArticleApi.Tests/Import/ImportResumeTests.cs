using System.Text.Json.Nodes;
using ArticleApi.Tests.Entities;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Import;

/// <summary>Running `import` again: what is stored is skipped, so a run that stopped anywhere picks up where it was.</summary>
public sealed class ImportResumeTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>, IDisposable
{
    private readonly ImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static List<string> Lines(string source, int count, Func<int, JsonObject, JsonObject>? change = null) =>
        [.. Enumerable.Range(1, count).Select(i =>
        {
            var article = Valid(source, $"item-{i:000}");
            article["headline"] = $"Bericht {i} over de woningbouw";
            return (change?.Invoke(i, article) ?? article).Line();
        })];

    [Fact]
    public async Task A_second_run_stores_nothing_and_counts_every_item_as_already_present()
    {
        var source = UniqueSource("RES");
        var file = folder.File("twice.ndjson", Lines(source, 25));
        var first = await folder.ImportAsync(api, "--batch-size", "10", file);
        var ids = (await api.ExportedAsync(source)).ToDictionary(a => a.Key, a => a.Value.GetProperty("id").GetGuid());

        var second = await folder.ImportAsync(api, "--batch-size", "10", file);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.EndsWith(": 25 stored, 0 already present, 0 rejected", first.Summary);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.EndsWith(": 0 stored, 25 already present, 0 rejected", second.Summary);
        Assert.Equal(25L, await api.CountAsync(source));
        Assert.Equal(ids, (await api.ExportedAsync(source)).ToDictionary(a => a.Key, a => a.Value.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task After_a_run_that_stored_the_first_half_the_next_stores_the_second_half()
    {
        var source = UniqueSource("RES");
        var lines = Lines(source, 40);
        var half = folder.File("interrupted/articles.ndjson", lines[..20]);
        var firstRun = await folder.ImportAsync(api, "--batch-size", "7", half);
        var whole = folder.File("articles.ndjson", lines);

        var resumed = await folder.ImportAsync(api, "--batch-size", "7", whole);

        Assert.EndsWith(": 20 stored, 0 already present, 0 rejected", firstRun.Summary);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.EndsWith(": 20 stored, 20 already present, 0 rejected", resumed.Summary);
        var stored = await api.ExportedAsync(source);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"item-{i:000}"), stored.Keys.Order());
        Assert.Equal(40L, await api.CountAsync(source));
    }

    [Fact]
    public async Task An_item_repeated_in_the_input_is_stored_once_as_first_given()
    {
        var source = UniqueSource("RES");
        var first = Valid(source, "same");
        var again = Valid(source, "same");
        again["headline"] = "Een latere versie";
        var file = folder.File("repeats.ndjson", [first.Line(), Valid(source, "other").Line(), again.Line()]);

        var run = await folder.ImportAsync(api, file);

        Assert.EndsWith(": 2 stored, 1 already present, 0 rejected", run.Summary);
        Assert.Equal("Kabinet presenteert plannen voor woningbouw", (await api.ExportedAsync(source))["same"].GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Items_without_externalId_are_stored_again_by_a_re_run_unless_their_externalId_is_derived()
    {
        var source = UniqueSource("RES");
        var anonymous = Valid(source);
        anonymous.Remove("externalId");
        var plain = folder.File("plain.ndjson", [anonymous.Line()]);

        var runs = new[] { await folder.ImportAsync(api, plain), await folder.ImportAsync(api, plain) };

        Assert.All(runs, run => Assert.EndsWith(": 1 stored, 0 already present, 0 rejected", run.Output.Split('\n')[^3]));
        Assert.All(runs, run => Assert.Equal("import: warning: 1 item without externalId: a re-run cannot recognise it and stores it again (--derive-external-id gives each one made from its content)", run.Summary));
        Assert.Equal(2L, await api.CountAsync(source));

        var derivedSource = UniqueSource("RES");
        anonymous["source"] = derivedSource;
        var derived = folder.File("derived.ndjson", [anonymous.Line()]);
        var once = await folder.ImportAsync(api, "--derive-external-id", derived);
        var again = await folder.ImportAsync(api, "--derive-external-id", derived);

        Assert.EndsWith(": 1 stored, 0 already present, 0 rejected", once.Summary);
        Assert.EndsWith(": 0 stored, 1 already present, 0 rejected", again.Summary);
        var stored = Assert.Single(await api.ExportAsync($"source={derivedSource}"));
        Assert.Matches("^sha256:[0-9a-f]{32}$", stored.GetProperty("externalId").GetString());
    }

    [Fact]
    public async Task A_database_failure_stops_the_run_without_storing_any_of_its_batch_and_the_next_run_resumes()
    {
        var source = UniqueSource("RES");
        var poison = $"Bom {EntityCalls.Tag()}";
        var file = folder.File("failing.ndjson", Lines(source, 15, (i, article) =>
        {
            if (i == 8) article["headline"] = poison;
            return article;
        }));
        // The database refuses item 8: its batch (6-10) must be stored not at all, the first batch whole.
        await api.ScalarAsync<object?>($"""
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.headline = '{poison}' THEN RAISE EXCEPTION 'simulated failure'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_poison();
            """);
        ImportRun failed;
        try
        {
            failed = await folder.ImportAsync(api, "--batch-size", "5", file);
        }
        finally
        {
            await api.ScalarAsync<object?>("DROP TRIGGER refuse_poison ON articles; DROP FUNCTION refuse_poison();");
        }

        Assert.Equal(2, failed.ExitCode);
        Assert.Equal($"""
            import: stopped, database error: P0001: simulated failure
            import: Every item up to {file}:5 is done (stored, already present or rejected). The batch {file}:6 to {file}:10 was not stored, nor anything after it. Run the same command again to resume: stored items are skipped.

            """, failed.Errors);
        Assert.EndsWith(": 5 stored, 0 already present, 0 rejected", failed.Summary);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"item-{i:000}"), (await api.ExportedAsync(source)).Keys.Order());

        var resumed = await folder.ImportAsync(api, "--batch-size", "5", file);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.EndsWith(": 10 stored, 5 already present, 0 rejected", resumed.Summary);
        Assert.Equal(15L, await api.CountAsync(source));
    }
}
