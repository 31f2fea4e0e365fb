using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ArticleApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Serilog.Core;
using Serilog.Events;

namespace ArticleApi.Tests.Telemetry;

public static class TelemetryHelpers
{
    /// <summary>A TCP port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>What the API records after answering (spans end, request logs are written) may come a moment later.</summary>
    public static Task<T> EventuallyAsync<T>(Func<T?> find, string what) => EventuallyAsync(() => Task.FromResult(find()), what);

    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> find, string what)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(10); await Task.Delay(50))
            if (await find() is { } found) return found;
        throw new Xunit.Sdk.XunitException($"Never saw {what}.");
    }
}

/// <summary>The API with its /metrics endpoint on a management port, and its public addresses from its own settings.</summary>
public sealed class MetricsFactory : ArticleApiFactory
{
    public int MetricsPort { get; } = TelemetryHelpers.FreePort();

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Metrics:Port", MetricsPort.ToString()), ("urls", "http://127.0.0.1:0")];

    // Not UseKestrel(0), which would bind 127.0.0.1:0 only: the app decides its addresses, as in production.
    protected override void UseServer() => UseKestrel();

    public HttpClient Management() => new() { BaseAddress = new Uri($"http://127.0.0.1:{MetricsPort}") };
}

/// <summary>Collects every span the API ends and every log event it writes.</summary>
public sealed class TracingFactory : ArticleApiFactory, ILogEventSink
{
    public ConcurrentQueue<Activity> Spans { get; } = new();
    public ConcurrentQueue<LogEvent> Logs { get; } = new();

    public void Emit(LogEvent logEvent) => Logs.Enqueue(logEvent);

    protected override IEnumerable<(string Key, string Value)> Settings => [("Serilog:MinimumLevel:Default", "Information")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services
            .AddSingleton<ILogEventSink>(this)
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Collector(Spans))));
    }

    private sealed class Collector(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }
}

/// <summary>The API exporting over OTLP (HTTP and protobuf) to a receiver in the test that keeps what it gets.</summary>
public sealed class OtlpFactory : ArticleApiFactory
{
    private readonly HttpListener listener = new();
    private readonly int port = TelemetryHelpers.FreePort();

    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

    public override async Task InitializeAsync()
    {
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(ReceiveAsync);
        await base.InitializeAsync();
    }

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://127.0.0.1:{port}"), ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        listener.Close();
    }

    private async Task ReceiveAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            // An empty protobuf message is a valid Export…ServiceResponse: all accepted.
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
