using System.Net;
using System.Text.RegularExpressions;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Telemetry;

public sealed class MetricsTests(MetricsFactory api) : IClassFixture<MetricsFactory>
{
    [Fact]
    public async Task The_management_port_serves_request_database_and_runtime_metrics_as_prometheus_text()
    {
        var response = await api.Anonymous().GetAsync($"/articles/{Guid.CreateVersion7()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        // The request's duration is recorded as it ends, a moment after the client has its answer.
        var scraped = await TelemetryHelpers.EventuallyAsync(async () =>
        {
            var scrape = await api.Management().GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
            Assert.Equal("text/plain", scrape.Content.Headers.ContentType?.MediaType);
            var text = await scrape.Content.ReadAsStringAsync();
            return Regex.IsMatch(text, RequestDuration) ? text : null;
        }, "the request's duration in /metrics");

        Assert.Matches(@"(?m)^db_client_operation_duration_seconds_count\{[^}]*db_client_connection_pool_name=""articles""[^}]*\} [1-9]", scraped);
        Assert.Matches(@"(?m)^db_client_connection_count\{[^}]*db_client_connection_pool_name=""articles""[^}]*\} \d", scraped);
        Assert.Matches(@"(?m)^dotnet_gc_heap_total_allocated_bytes_total(\{[^}]*\})? [1-9]", scraped);
    }

    // ASP.NET Core's http.server.request.duration histogram, by route and status.
    private const string RequestDuration =
        @"(?m)^http_server_request_duration_seconds_count\{[^}]*http_request_method=""GET""[^}]*http_response_status_code=""404""[^}]*http_route=""/articles/\{id\}""[^}]*\} [1-9]";

    [Fact]
    public async Task The_public_port_never_serves_metrics_whatever_host_the_request_names()
    {
        var plain = await api.Anonymous().GetAsync("/metrics");
        await plain.ReadProblemAsync(HttpStatusCode.NotFound);

        var forged = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Host = $"127.0.0.1:{api.MetricsPort}" } };
        await (await api.Anonymous().SendAsync(forged)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_management_port_serves_nothing_but_metrics()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await api.Management().GetAsync("/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Management().GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/live")).StatusCode);
    }
}
