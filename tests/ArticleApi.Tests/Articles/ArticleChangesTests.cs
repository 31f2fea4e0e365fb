using System.Net;
using ArticleApi.Articles;
using ArticleApi.Articles.History;
using ArticleApi.Tests.Infrastructure;
using Npgsql;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>GET /articles/changes: a mirror that follows it holds exactly what the service holds.</summary>
public sealed class ArticleChangesTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor("desk");
    private readonly HttpClient reader = api.Anonymous();

    private async Task<ChangeListResponse> ChangesAsync(string? after = null, int limit = 1000) =>
        await (await reader.GetAsync($"/articles/changes?limit={limit}" + (after is null ? "" : $"&after={after}"))).ReadAsync<ChangeListResponse>();

    /// <summary>Every change after the cursor, page by page; and the cursor to resume from.</summary>
    private async Task<(List<ChangeItem> Changes, string Next)> AllAfterAsync(string? after, int limit = 1000)
    {
        var all = new List<ChangeItem>();
        while (true)
        {
            var page = await ChangesAsync(after, limit);
            all.AddRange(page.Items);
            after = page.NextCursor;
            if (!page.HasMore) return (all, after);
        }
    }

    /// <summary>
    /// The end of the feed once it shows the creation of <paramref name="marker"/>: then every earlier write
    /// shows too, and whatever comes after the cursor was written after the marker.
    /// </summary>
    private async Task<string> CursorAfterAsync(Guid marker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (changes, next) = await AllAfterAsync(null);
            if (changes.Any(c => c.ArticleId == marker)) return next;
            Assert.True(DateTime.UtcNow < deadline, "The marker never showed in the feed.");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// The changes after the cursor once there are at least <paramref name="count"/>. A change shows when every
    /// transaction older than it has ended, on the whole server: other test classes' writes delay it a moment.
    /// </summary>
    private async Task<(List<ChangeItem> Changes, string Next)> AtLeastAsync(int count, string? after, int limit = 1000)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = await AllAfterAsync(after, limit);
            if (found.Changes.Count >= count || DateTime.UtcNow > deadline) return found;
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Creations_updates_and_deletions_follow_in_order_and_resume_from_any_cursor()
    {
        var start = await CursorAfterAsync((await editor.CreateArticleAsync(Valid())).Id);
        var article = await editor.CreateArticleAsync(Valid());
        await editor.PutArticleAsync(article.Id, Valid(article.Source, article.ExternalId));
        await editor.DeleteAsync($"/articles/{article.Id}");

        var (changes, next) = await AtLeastAsync(3, start);

        Assert.Equal([(article.Id, 1, "created"), (article.Id, 2, "updated"), (article.Id, 2, "deleted")],
            changes.Select(c => (c.ArticleId, c.Version, c.Kind)));
        Assert.All(changes, c => Assert.Equal("desk", c.ChangedBy));
        Assert.Equal(changes[^1].Cursor, next);
        Assert.Equal(changes.Skip(1).Select(c => c.Cursor), (await AtLeastAsync(2, changes[0].Cursor)).Changes.Select(c => c.Cursor));
        var quiet = await ChangesAsync(next);
        Assert.Empty(quiet.Items);
        Assert.Equal((next, false), (quiet.NextCursor, quiet.HasMore));

        var paged = await AtLeastAsync(3, start, limit: 1);
        Assert.Equal(changes.Select(c => c.Cursor), paged.Changes.Select(c => c.Cursor));
        var first = await reader.GetAsync($"/articles/changes?limit=1&after={start}");
        Assert.Contains($"after={Uri.EscapeDataString(changes[0].Cursor)}", first.Headers.GetValues("Link").Single());
    }

    /// <summary>
    /// What a mirror holds after applying the changes as README says: a change counts if its version is
    /// newer than the one held (a deletion, at the version it deleted, beats that version's update).
    /// </summary>
    private static Dictionary<Guid, int> Mirror(IEnumerable<ChangeItem> changes)
    {
        var held = new Dictionary<Guid, (int Version, bool Deleted)>();
        foreach (var change in changes)
        {
            var deleted = change.Kind == "deleted";
            if (!held.TryGetValue(change.ArticleId, out var current) || change.Version > current.Version
                || change.Version == current.Version && deleted)
                held[change.ArticleId] = (change.Version, deleted);
        }
        return held.Where(h => !h.Value.Deleted).ToDictionary(h => h.Key, h => h.Value.Version);
    }

    [Fact]
    public async Task Every_version_of_an_article_written_by_many_editors_at_once_is_in_the_feed_once()
    {
        var article = await editor.CreateArticleAsync(Valid());
        var cursor = await CursorAfterAsync(article.Id);

        // New entities in most versions: such a writer writes the entity before it waits for the article.
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
        {
            var body = Valid(article.Source, article.ExternalId);
            body["entities"] = new System.Text.Json.Nodes.JsonArray(Entity($"Nieuw {Guid.NewGuid():N}"[..20], "organization"));
            return api.AsEditor($"e{i}").PutArticleAsync(article.Id, body);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var (changes, _) = await AtLeastAsync(24, cursor);
        Assert.Equal(Enumerable.Range(2, 24), changes.Where(c => c.ArticleId == article.Id).Select(c => c.Version).Order());
        Assert.Equal(25, Mirror(changes)[article.Id]);
    }

    [Theory]
    [InlineData("after=abc", "after")]
    [InlineData("after=1-2-3", "after")]
    [InlineData("after=-1-5", "after")]
    [InlineData("after=99999999999999999999999-1", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("since=1", "since")]
    public async Task Bad_parameters_answer_400_naming_them(string query, string field)
    {
        await (await reader.GetAsync($"/articles/changes?{query}")).ReadFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_change_that_commits_late_is_never_skipped()
    {
        var early = await editor.CreateArticleAsync(Valid());
        var cursor = await CursorAfterAsync(early.Id);

        // A writer takes its place in the feed, then takes its time to commit.
        await using var slow = new NpgsqlConnection(api.ConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var update = new NpgsqlCommand($"UPDATE articles SET headline = 'Laat' WHERE id = '{early.Id}'", slow, transaction))
            await update.ExecuteNonQueryAsync();

        var quick = await editor.CreateArticleAsync(Valid());
        // The quick writer has committed, but showing it now would let a reader move past the slow one's change.
        Assert.Empty((await AllAfterAsync(cursor)).Changes);

        await transaction.CommitAsync();
        var (changes, _) = await AtLeastAsync(2, cursor);
        Assert.Equal([(early.Id, 2, "updated"), (quick.Id, 1, "created")], changes.Select(c => (c.ArticleId, c.Version, c.Kind)));
    }

    [Fact]
    public async Task A_mirror_following_the_feed_during_concurrent_writes_ends_up_with_every_acknowledged_write()
    {
        var cursor = await CursorAfterAsync((await editor.CreateArticleAsync(Valid())).Id);
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(Guid Id, int Version, string Kind)>();
        using var stop = new CancellationTokenSource();
        var mirror = new Dictionary<Guid, int>();
        var seen = new List<ChangeItem>();

        var following = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var page = await ChangesAsync(cursor, limit: 7);
                seen.AddRange(page.Items);
                cursor = page.NextCursor;
            }
        });
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var client = api.AsEditor($"writer-{w}");
            for (var i = 0; i < 6; i++)
            {
                var created = await client.CreateArticleAsync(Valid());
                acknowledged.Add((created.Id, 1, "created"));
                var updated = await (await client.PutArticleAsync(created.Id, Valid(created.Source, created.ExternalId))).ReadAsync<ArticleResponse>();
                acknowledged.Add((created.Id, updated.Version, "updated"));
                if (i % 3 == 0)
                {
                    Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/articles/{created.Id}")).StatusCode);
                    acknowledged.Add((created.Id, updated.Version, "deleted"));
                }
            }
        })).ToList();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await following;
        var (rest, _) = await AtLeastAsync(acknowledged.Count - seen.Count, cursor);
        seen.AddRange(rest);

        Assert.Equal(acknowledged.OrderBy(c => (c.Id, c.Version, c.Kind)), seen.Select(c => (c.ArticleId, c.Version, c.Kind)).OrderBy(c => c));
        Assert.Equal(seen.Count, seen.Select(c => c.Cursor).Distinct().Count());
        foreach (var (id, version) in Mirror(seen)) mirror[id] = version;
        var stored = acknowledged.Where(c => c.Kind != "deleted").GroupBy(c => c.Id)
            .Where(g => !acknowledged.Contains((g.Key, g.Max(c => c.Version), "deleted")))
            .ToDictionary(g => g.Key, g => g.Max(c => c.Version));
        Assert.Equal(stored.OrderBy(p => p.Key), mirror.OrderBy(p => p.Key));
    }
}
