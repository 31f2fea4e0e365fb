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

    [Theory]
    [InlineData(null, null, "http://127.0.0.1:8080/health/live")]
    [InlineData("9090", null, "http://127.0.0.1:9090/health/live")]
    [InlineData("9090;9091", null, "http://127.0.0.1:9090/health/live")]
    [InlineData("8080", "http://+:7000", "http://127.0.0.1:7000/health/live")]
    [InlineData(null, "http://+:7000", "http://127.0.0.1:7000/health/live")]
    [InlineData(null, "https://+:7443;http://0.0.0.0:7080/", "http://127.0.0.1:7080/health/live")]
    [InlineData(null, "https://+:7443", "http://127.0.0.1:8080/health/live")]
    [InlineData("9090", "https://+:7443", "http://127.0.0.1:9090/health/live")]
    public void Without_a_url_it_asks_the_port_the_api_listens_on(string? httpPorts, string? urls, string expected)
    {
        var environment = new Dictionary<string, string?> { ["ASPNETCORE_HTTP_PORTS"] = httpPorts, ["ASPNETCORE_URLS"] = urls };

        Assert.Equal(expected, HealthProbe.LiveUrl(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public async Task Without_a_metrics_port_there_is_no_metrics_endpoint()
    {
        await (await api.Anonymous().GetAsync("/metrics")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
