using System.Collections.Concurrent;
using System.Net;
using ArticleApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Logging;

/// <summary>Collects every log event the API writes, at Information and above.</summary>
public sealed class LogCapturingFactory : ArticleApiFactory, ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    protected override IEnumerable<(string Key, string Value)> Settings => [("Serilog:MinimumLevel:Default", "Information")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(this));
    }
}

public sealed class RequestLoggingTests(LogCapturingFactory api) : IClassFixture<LogCapturingFactory>
{
    private IEnumerable<LogEvent> RequestLogs(string path) =>
        api.Events.Where(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == $"\"{path}\""
                              && e.Properties.ContainsKey("StatusCode"));

    [Fact]
    public async Task Each_request_logs_one_line_with_method_path_route_status_duration_and_trace_id()
    {
        var id = Guid.CreateVersion7();
        var problem = await (await api.Anonymous().GetAsync($"/articles/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);

        var logged = Assert.Single(RequestLogs($"/articles/{id}"));
        Assert.Equal("\"GET\"", logged.Properties["RequestMethod"].ToString());
        Assert.Equal("404", logged.Properties["StatusCode"].ToString());
        Assert.Equal("\"/articles/{id}\"", logged.Properties["Route"].ToString());
        Assert.True(logged.Properties.ContainsKey("Elapsed"));
        Assert.Contains(logged.TraceId!.Value.ToHexString(), problem.TraceId);
    }

    [Fact]
    public async Task Bodies_query_strings_and_tokens_never_reach_the_log()
    {
        var token = ArticleApiFactory.Token("secret-editor", "editor");
        var article = Valid();
        article["headline"] = "SECRET-HEADLINE-7f3a";
        article["body"] = "SECRET-BODY-7f3a";

        await api.WithToken(token).PostArticleAsync(article);
        await api.WithToken(token).PostAsync("/articles", RawJson("{\"headline\": SECRET-MALFORMED-7f3a}"));
        await api.Anonymous().GetAsync("/articles?source=SECRET-QUERY-7f3a");

        var everything = string.Join("\n", api.Events.Select(e => e.RenderMessage() + " " + string.Join(" ", e.Properties.Values)));
        Assert.Contains("/articles", everything);
        Assert.DoesNotContain("7f3a", everything);
        Assert.DoesNotContain(token, everything);
    }
}
