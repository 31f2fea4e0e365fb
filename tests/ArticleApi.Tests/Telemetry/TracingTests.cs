using System.Diagnostics;
using System.Net;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ArticleApi.Tests.Telemetry;

public sealed class TracingTests(TracingFactory api) : IClassFixture<TracingFactory>
{
    [Fact]
    public async Task A_request_continues_the_callers_trace_with_its_route_and_sql_and_its_log_line_names_that_span()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var id = Guid.CreateVersion7();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{id}")
        {
            Headers = { { "traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01" } },
        };
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous().SendAsync(request)).StatusCode);

        var server = await TelemetryHelpers.EventuallyAsync(
            () => api.Spans.FirstOrDefault(s => s.Kind == ActivityKind.Server && s.TraceId == traceId), "the request's span");
        Assert.Equal("GET /articles/{id}", server.DisplayName);
        Assert.Equal("/articles/{id}", server.GetTagItem("http.route"));
        Assert.Equal(404, server.GetTagItem("http.response.status_code"));

        var sql = api.Spans.Where(s => s.TraceId == traceId && s.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, s => Assert.Equal(ActivityKind.Client, s.Kind));
        Assert.Contains(sql, s => s.ParentSpanId == server.SpanId);

        var logged = await TelemetryHelpers.EventuallyAsync(() => api.Logs.FirstOrDefault(e =>
            e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == $"\"/articles/{id}\""
            && e.Properties.ContainsKey("StatusCode")), "the request's log line");
        Assert.Equal(traceId.ToHexString(), logged.TraceId?.ToHexString());
        Assert.Equal(server.SpanId.ToHexString(), logged.SpanId?.ToHexString());
    }

    [Fact]
    public async Task Health_probes_are_not_traced()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live")
        {
            Headers = { { "traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01" } },
        };
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().SendAsync(request)).StatusCode);
        await api.Anonymous().GetAsync("/sources"); // a traced request after it, to wait for
        await TelemetryHelpers.EventuallyAsync(() => api.Spans.FirstOrDefault(s => s.GetTagItem("http.route") as string == "/sources"), "the /sources span");

        Assert.DoesNotContain(api.Spans, s => s.TraceId == traceId);
    }
}

public sealed class OtlpExportTests(OtlpFactory api) : IClassFixture<OtlpFactory>
{
    [Fact]
    public async Task Traces_and_metrics_are_exported_to_the_configured_otlp_endpoint()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous().GetAsync($"/articles/{Guid.CreateVersion7()}")).StatusCode);

        await TelemetryHelpers.EventuallyAsync(() =>
        {
            api.Services.GetRequiredService<TracerProvider>().ForceFlush();
            return api.Received.FirstOrDefault(r => r.Path == "/v1/traces" && Contains(r.Body, "/articles/{id}")).Body;
        }, "a trace export with the request's route");
        await TelemetryHelpers.EventuallyAsync(() =>
        {
            api.Services.GetRequiredService<MeterProvider>().ForceFlush();
            return api.Received.FirstOrDefault(r => r.Path == "/v1/metrics" && Contains(r.Body, "http.server.request.duration")).Body;
        }, "a metrics export with request durations");

        Assert.All(api.Received, r => Assert.True(Contains(r.Body, "articleapi"), "every export names the service"));
    }

    private static bool Contains(byte[] body, string text) =>
        body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}
