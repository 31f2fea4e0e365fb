using Serilog;
using Serilog.Formatting.Compact;

namespace ArticleApi.Common.Logging;

public static class LoggingSetup
{
    /// <summary>Readable lines in Development, one JSON object per event (with trace and span ids) elsewhere.</summary>
    public static IHostApplicationBuilder AddApiLogging(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        // Sinks configured under Serilog:WriteTo replace the default console sink rather than doubling it.
        var sinksConfigured = builder.Configuration.GetSection("Serilog:WriteTo").Exists();
        // Each host keeps its own logger rather than replacing the process-wide Log.Logger, so
        // several hosts in one process (the test suite) never log into each other.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (sinksConfigured) return;
            if (development)
                logger.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}");
            else
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        });
        return builder;
    }

    /// <summary>One line per request: method, path (no query string, no body), status and duration.</summary>
    public static WebApplication UseApiRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                if (http.GetEndpoint() is RouteEndpoint endpoint)
                    diagnostics.Set("Route", endpoint.RoutePattern.RawText);
            };
        });
        return app;
    }
}
