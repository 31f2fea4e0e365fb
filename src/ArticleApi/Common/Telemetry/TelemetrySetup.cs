using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ArticleApi.Common.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics for ASP.NET Core, Npgsql and the .NET runtime. Both are recorded in
/// the process (log lines carry the trace and span ids); they leave it over OTLP only when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, and metrics also on a Prometheus /metrics endpoint when
/// Metrics:Port names a management port, which answers nothing else.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "articleapi";
    public const string MetricsPath = "/metrics";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string MetricsPortSetting = "Metrics:Port";

    public static WebApplicationBuilder AddApiTelemetry(this WebApplicationBuilder builder)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        var metricsPort = MetricsPort(builder.Configuration);

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithTracing(tracing =>
            {
                // Probes and scrapes every few seconds would drown the traces that matter.
                tracing.AddAspNetCoreInstrumentation(options => options.Filter = http => !IsOperational(http.Request.Path))
                    .AddNpgsql();
                if (exportOtlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddNpgsqlInstrumentation();
                if (exportOtlp) metrics.AddOtlpExporter();
                if (metricsPort is not null) metrics.AddPrometheusExporter();
            });

        if (metricsPort is { } port) builder.WebHost.UseUrls([$"http://+:{port}", .. PublicUrls(builder.Configuration)]);
        return builder;
    }

    /// <summary>Answers GET /metrics on the management port only; any other request there is a 404.</summary>
    public static WebApplication UseApiMetrics(this WebApplication app)
    {
        if (MetricsPort(app.Configuration) is not { } port) return app;
        app.UseWhen(http => http.Connection.LocalPort == port, management =>
        {
            management.UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Request.Path == MetricsPath);
            management.Run(http =>
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }

    private static int? MetricsPort(IConfiguration configuration) =>
        configuration.GetValue<int?>(MetricsPortSetting) is > 0 and var port ? port : null;

    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath);

    /// <summary>
    /// Where the API listens, as Kestrel would have read it (--urls or ASPNETCORE_URLS, else
    /// ASPNETCORE_HTTP_PORTS, else its default): adding the management port replaces that setting, so
    /// it is carried over.
    /// </summary>
    private static IEnumerable<string> PublicUrls(IConfiguration configuration)
    {
        if (configuration["urls"] is { Length: > 0 } urls) return Split(urls);
        var ports = Split(configuration["http_ports"]).Select(p => $"http://*:{p}")
            .Concat(Split(configuration["https_ports"]).Select(p => $"https://*:{p}")).ToList();
        return ports.Count > 0 ? ports : ["http://localhost:5000"];
    }

    private static string[] Split(string? list) =>
        list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
