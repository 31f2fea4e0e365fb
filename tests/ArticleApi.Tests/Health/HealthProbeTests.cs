using System.Net;
using ArticleApi.Health;
using ArticleApi.Tests.Infrastructure;
using ArticleApi.Tests.Telemetry;

namespace ArticleApi.Tests.Health;

/// <summary>`dotnet ArticleApi.dll healthcheck URL`, which the image's HEALTHCHECK runs.</summary>
public sealed class HealthProbeTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    [Fact]
    public async Task Exits_0_for_a_live_api_and_1_for_an_error_or_for_nothing_listening()
    {
        var root = api.Anonymous().BaseAddress!;
        Assert.True(HealthProbe.IsRequested(["healthcheck", new Uri(root, "/health/live").ToString()]));
        Assert.False(HealthProbe.IsRequested([]));

        Assert.Equal(0, await HealthProbe.RunAsync(["healthcheck", new Uri(root, "/health/live").ToString()]));
        Assert.Equal(1, await HealthProbe.RunAsync(["healthcheck", new Uri(root, "/no-such-page").ToString()]));
        Assert.Equal(1, await HealthProbe.RunAsync(["healthcheck", $"http://127.0.0.1:{TelemetryHelpers.FreePort()}/health/live"]));
    }

    [Fact]
    public async Task Without_a_metrics_port_there_is_no_metrics_endpoint()
    {
        await (await api.Anonymous().GetAsync("/metrics")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
