using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Limits;

/// <summary>The API with small budgets and a clock the tests move: 5 reads per client and 3 writes per editor a minute.</summary>
public sealed class SmallBudgetsFactory : ArticleApiFactory
{
    public FakeTimeProvider Clock { get; } = new(StartOfMinute(DateTimeOffset.UtcNow));

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Limits:ReadsPerMinute", "5"), ("Limits:WritesPerMinute", "3")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Moves the clock into a new minute, <paramref name="seconds"/> past its start: every budget is full again.</summary>
    public void NextMinute(int seconds = 15) =>
        Clock.SetUtcNow(StartOfMinute(Clock.GetUtcNow()).AddMinutes(1).AddSeconds(seconds));

    private static DateTimeOffset StartOfMinute(DateTimeOffset time) =>
        new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, TimeSpan.Zero);
}

public sealed class RateLimitTests(SmallBudgetsFactory api) : IClassFixture<SmallBudgetsFactory>
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private async Task<HttpResponseMessage> ExhaustReadsAsync(HttpClient client)
    {
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sources")).StatusCode);
        return await client.GetAsync("/sources");
    }

    /// <summary>A client whose connections come from another loopback address, as a second reader would.</summary>
    private HttpClient FromAddress(string address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = api.Anonymous().BaseAddress };

    [Fact]
    public async Task Every_limited_response_states_its_budget_and_remaining_goes_down_by_one()
    {
        api.NextMinute(seconds: 15);
        var reader = api.Anonymous();

        var responses = new[]
        {
            await reader.GetAsync("/sources"),
            await reader.GetAsync($"/articles/{Guid.NewGuid()}"),
            await reader.GetAsync("/articles?pageSize=0"),
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.BadRequest], responses.Select(r => r.StatusCode));
        Assert.Equal(["4", "3", "2"], responses.Select(r => Header(r, "RateLimit-Remaining")));
        Assert.All(responses, r =>
        {
            Assert.Equal("5", Header(r, "RateLimit-Limit"));
            Assert.Equal("45", Header(r, "RateLimit-Reset"));
            Assert.Equal("5;w=60", Header(r, "RateLimit-Policy"));
        });
    }

    [Fact]
    public async Task Over_budget_a_client_gets_a_429_problem_with_Retry_After_until_the_minute_ends()
    {
        api.NextMinute(seconds: 20);
        var reader = api.Anonymous();

        var refused = await ExhaustReadsAsync(reader);

        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("40", Header(refused, "Retry-After"));
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
        Assert.Equal("40", Header(refused, "RateLimit-Reset"));
        Assert.Contains("5 reads", problem.Detail);
        Assert.NotNull(problem.TraceId);

        api.Clock.Advance(TimeSpan.FromSeconds(39));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await reader.GetAsync("/sources")).StatusCode);
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        var next = await reader.GetAsync("/sources");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("4", Header(next, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Reads_are_counted_per_client_address()
    {
        api.NextMinute();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ExhaustReadsAsync(api.Anonymous())).StatusCode);

        var other = await FromAddress("127.0.0.2").GetAsync("/sources");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("4", Header(other, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Writes_are_counted_per_editor_and_apart_from_reads()
    {
        api.NextMinute();
        var alice = api.AsEditor("alice");
        var bob = api.AsEditor("bob");

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await alice.PostArticleAsync(Valid())).StatusCode);
        var refused = await alice.PostArticleAsync(Valid());
        var bobs = await bob.PostArticleAsync(Valid());
        var read = await alice.GetAsync("/sources");

        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("editor has made its 3 writes", problem.Detail);
        Assert.Equal("3", Header(refused, "RateLimit-Limit"));
        Assert.Equal(HttpStatusCode.Created, bobs.StatusCode);
        Assert.Equal("2", Header(bobs, "RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(("5", "4"), (Header(read, "RateLimit-Limit"), Header(read, "RateLimit-Remaining")));
    }

    [Fact]
    public async Task A_write_refused_for_its_budget_stores_nothing()
    {
        api.NextMinute();
        var editor = api.AsEditor("carol");
        for (var i = 0; i < 3; i++) await editor.DeleteAsync($"/articles/{Guid.NewGuid()}");
        var article = Valid();

        Assert.Equal(HttpStatusCode.TooManyRequests, (await editor.PostArticleAsync(article)).StatusCode);
        Assert.Equal(0L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{article["source"]}'"));
    }

    [Fact]
    public async Task Health_checks_and_Swagger_are_never_limited()
    {
        api.NextMinute();
        var reader = api.Anonymous();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ExhaustReadsAsync(reader)).StatusCode);

        foreach (var path in new[] { "/health/live", "/health/ready", "/swagger/v1/swagger.json", "/swagger/index.html" })
        {
            var response = await reader.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.False(response.Headers.Contains("RateLimit-Limit"), path);
        }
    }

    [Fact]
    public async Task Swagger_documents_the_budgets_their_headers_and_the_429_413_and_504_problems()
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

        Assert.Contains("5 times a minute per client address", (string?)document["info"]!["description"]);
        Assert.Contains("writes 3 times a minute per editor", (string?)document["info"]!["description"]);
        foreach (var (path, item) in document["paths"]!.AsObject().Where(p => !p.Key.StartsWith("/health", StringComparison.Ordinal)))
        foreach (var (method, operation) in item!.AsObject())
        {
            var responses = operation!["responses"]!;
            Assert.NotNull(responses["429"]?["content"]?["application/problem+json"]);
            Assert.NotNull(responses["429"]!["headers"]?["Retry-After"]);
            Assert.NotNull(responses["504"]?["content"]?["application/problem+json"]);
            var success = responses.AsObject().First(r => r.Key.StartsWith('2')).Value!;
            Assert.True(success["headers"]?["RateLimit-Remaining"] is not null, $"{method} {path}: no RateLimit headers");
        }
        Assert.Contains("1 MiB", (string?)document["paths"]!["/articles"]!["post"]!["responses"]!["413"]!["description"]);
    }
}

/// <summary>Budgets of one request a minute, but rate limiting switched off.</summary>
public sealed class RateLimitingOffFactory : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Limits:RateLimitingEnabled", "false"), ("Limits:ReadsPerMinute", "1"), ("Limits:WritesPerMinute", "1")];
}

public sealed class RateLimitingOffTests(RateLimitingOffFactory api) : IClassFixture<RateLimitingOffFactory>
{
    [Fact]
    public async Task Switched_off_nothing_is_counted_or_announced()
    {
        var editor = api.AsEditor();
        for (var i = 0; i < 3; i++)
        {
            var read = await editor.GetAsync("/sources");
            var write = await editor.PostArticleAsync(Valid());

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created), (read.StatusCode, write.StatusCode));
            Assert.False(read.Headers.Contains("RateLimit-Limit"));
        }
    }
}
