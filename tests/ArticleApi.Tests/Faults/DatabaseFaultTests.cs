using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace ArticleApi.Tests.Faults;

/// <summary>
/// PostgreSQL really stopped and started under the API (its own throw-away cluster): the API starts
/// without it, answers 503 with Retry-After while it is away, never a 500, loses no acknowledged write,
/// and recovers without a restart.
/// </summary>
public sealed class DatabaseFaultTests(PostgresCluster cluster, ITestOutputHelper output) : IClassFixture<PostgresCluster>
{
    /// <summary>The soak's length: long enough for two restarts under load, short enough for CI.</summary>
    private static readonly TimeSpan SoakDuration = TimeSpan.FromSeconds(60);

    private static readonly string[] ReadPaths = ["/articles", "/articles/facets", "/entities", "/sources", "/articles/changes"];

    [Fact]
    public async Task Starts_without_PostgreSQL_answers_503_and_recovers_once_it_is_back()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        await cluster.StopAsync();
        await using var api = new ClusterApiFactory(connectionString);
        try
        {
            var starting = Stopwatch.StartNew();
            await api.InitializeAsync();
            Assert.True(starting.Elapsed < TimeSpan.FromSeconds(15), $"Start-up took {starting.Elapsed}");

            Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Anonymous().GetAsync("/health/ready")).StatusCode);
            foreach (var path in ReadPaths.Append($"/articles/{Guid.NewGuid()}"))
                await AssertUnavailableAsync(await api.Anonymous().GetAsync(path));
            await AssertUnavailableAsync(await api.AsEditor().PostArticleAsync(Infrastructure.Articles.Valid()));
        }
        finally
        {
            await cluster.StartAsync();
        }

        // The migrations retry in the background: the schema appears and everything works, no restart.
        await WaitUntilReadyAsync(api);
        var created = await api.AsEditor().CreateArticleAsync(Infrastructure.Articles.Valid());
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/articles/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_every_endpoint_answers_503_and_the_pool_recovers_when_it_is_back()
    {
        await using var api = new ClusterApiFactory(await cluster.CreateDatabaseAsync());
        await api.InitializeAsync();
        var editor = api.AsEditor();
        var article = await editor.CreateArticleAsync(Infrastructure.Articles.Valid());
        // Warm the pool, so the requests below meet connections PostgreSQL has since closed.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.Anonymous().GetAsync($"/articles/{article.Id}")));

        await cluster.StopAsync();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Anonymous().GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/live")).StatusCode);
            foreach (var path in ReadPaths.Append($"/articles/{article.Id}").Append($"/articles/{article.Id}/revisions"))
                await AssertUnavailableAsync(await api.Anonymous().GetAsync(path));
            await AssertUnavailableAsync(await editor.PostArticleAsync(Infrastructure.Articles.Valid()));
            await AssertUnavailableAsync(await editor.PutArticleAsync(article.Id, Infrastructure.Articles.Valid(article.Source, article.ExternalId)));
            await AssertUnavailableAsync(await editor.DeleteAsync($"/articles/{article.Id}"));
        }
        finally
        {
            await cluster.StartAsync();
        }

        await WaitUntilReadyAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/articles/{article.Id}")).StatusCode);
        await editor.CreateArticleAsync(Infrastructure.Articles.Valid());
    }

    /// <summary>
    /// Writers post and replace articles while readers list and fetch them; PostgreSQL is stopped (fast)
    /// and later crashed (immediate) mid-load. Every answer is a success or a 503 problem; every
    /// acknowledged article and version is in the database at the end.
    /// </summary>
    [Fact]
    public async Task Soak_with_PostgreSQL_restarts_answers_only_successes_and_503s_and_loses_no_acknowledged_write()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        await using var api = new ClusterApiFactory(connectionString);
        await api.InitializeAsync();
        var source = Infrastructure.Articles.UniqueSource("SOAK");
        var acknowledged = new ConcurrentDictionary<Guid, int>(); // id → highest version a 2xx confirmed
        var statuses = new ConcurrentDictionary<int, int>();
        var answers = new ConcurrentQueue<(TimeSpan At, int Status)>();
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(SoakDuration);

        async Task Record(Task<HttpResponseMessage> sending)
        {
            HttpResponseMessage response;
            try
            {
                response = await sending;
            }
            catch (HttpRequestException e)
            {
                failures.Enqueue($"{clock.Elapsed}: no answer: {e.Message}");
                return;
            }
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            answers.Enqueue((clock.Elapsed, (int)response.StatusCode));
            if ((int)response.StatusCode >= 500)
            {
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable || response.Headers.RetryAfter is null
                    || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Enqueue($"{clock.Elapsed}: {(int)response.StatusCode} {response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery}: {body}");
            }
        }

        async Task Writer()
        {
            var client = api.AsEditor();
            (Guid Id, string ExternalId)? last = null;
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                if (last is { } mine && i % 3 == 2)
                {
                    var put = client.PutArticleAsync(mine.Id, Infrastructure.Articles.Valid(source, mine.ExternalId));
                    await Record(put);
                    if (put.IsCompletedSuccessfully && put.Result.StatusCode == HttpStatusCode.OK)
                    {
                        var version = JsonNode.Parse(await put.Result.Content.ReadAsStringAsync())!["version"]!.GetValue<int>();
                        acknowledged.AddOrUpdate(mine.Id, version, (_, known) => Math.Max(known, version));
                    }
                    continue;
                }
                var externalId = Guid.NewGuid().ToString("N");
                var post = client.PostArticleAsync(Infrastructure.Articles.Valid(source, externalId));
                await Record(post);
                if (post.IsCompletedSuccessfully && post.Result.StatusCode == HttpStatusCode.Created)
                {
                    var id = JsonNode.Parse(await post.Result.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
                    acknowledged.TryAdd(id, 1);
                    last = (id, externalId);
                }
            }
        }

        async Task Reader(int n)
        {
            var client = api.Anonymous();
            for (var i = n; !stop.IsCancellationRequested; i++)
            {
                var known = acknowledged.Keys.FirstOrDefault();
                await Record(i % 2 == 0 || known == Guid.Empty
                    ? client.GetAsync($"/articles?source={source}&pageSize=5")
                    : client.GetAsync($"/articles/{known}"));
            }
        }

        async Task Restarts()
        {
            await Task.Delay(SoakDuration / 4);
            await cluster.StopAsync("fast");
            await Task.Delay(TimeSpan.FromSeconds(2));
            await cluster.StartAsync();
            await Task.Delay(SoakDuration / 4);
            await cluster.StopAsync("immediate");
            await Task.Delay(TimeSpan.FromSeconds(2));
            await cluster.StartAsync();
        }

        var restarts = Restarts();
        await Task.WhenAll([restarts, .. Enumerable.Range(0, 3).Select(_ => Writer()), .. Enumerable.Range(0, 3).Select(Reader)]);

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        output.WriteLine($"{SoakDuration.TotalSeconds} s: {summary}; {acknowledged.Count} articles acknowledged");
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers ({summary}); first: {string.Join("\n", failures.Take(5))}");
        Assert.Equal([200, 201, 503], statuses.Keys.Order());
        Assert.True(acknowledged.Count > 50, $"Only {acknowledged.Count} articles acknowledged ({summary})");
        // Recovered without a restart of the API: the soak's last 10 s (well after the last database start) answer as if nothing happened.
        var lastStretch = answers.Where(a => a.At > SoakDuration - TimeSpan.FromSeconds(10)).ToList();
        Assert.True(lastStretch.Count(a => a.Status == 201) > 5 && lastStretch.Count(a => a.Status == 200) > 5,
            $"Few successes in the last 10 s: {string.Join(", ", lastStretch.GroupBy(a => a.Status).Select(g => $"{g.Key}: {g.Count()}"))}");
        Assert.DoesNotContain(lastStretch, a => a.Status == 503);

        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT id, version FROM articles WHERE source = @source", connection);
        read.Parameters.AddWithValue("source", source);
        var stored = new Dictionary<Guid, int>();
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync()) stored[reader.GetGuid(0)] = reader.GetInt32(1);
        var lost = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var version) || version < a.Value).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged writes lost, e.g. {string.Join(", ", lost.Take(3))}");
        Assert.True(stored.Count >= acknowledged.Count);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.NotNull(problem.Detail);
    }

    private static async Task WaitUntilReadyAsync(ArticleApiFactory api)
    {
        var waited = Stopwatch.StartNew();
        while ((await api.Anonymous().GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Not ready 30 s after PostgreSQL came back");
            await Task.Delay(200);
        }
    }
}
