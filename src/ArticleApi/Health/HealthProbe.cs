namespace ArticleApi.Health;

/// <summary>
/// `dotnet ArticleApi.dll healthcheck [url]`: exits 0 when the URL answers 2xx within three seconds,
/// else 1. Without a URL, /health/live on the port the API listens on (the first http address in
/// ASPNETCORE_URLS, else ASPNETCORE_HTTP_PORTS, else 8080). The runtime image has no curl or wget, so the
/// container's HEALTHCHECK runs the API's own assembly instead; it starts no host.
/// </summary>
public static class HealthProbe
{
    public const string Verb = "healthcheck";
    private const int DefaultPort = 8080;

    public static bool IsRequested(string[] args) => args is [Verb, ..];

    /// <summary>/health/live on this machine, at the port the API's own settings give it.</summary>
    public static string LiveUrl(Func<string, string?> environment)
    {
        // As Kestrel reads them: ASPNETCORE_URLS wins over ASPNETCORE_HTTP_PORTS (the image sets both).
        var port = environment("ASPNETCORE_URLS")?.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(u => u.Trim()).FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                ?.Split(':').LastOrDefault()?.TrimEnd('/')
            ?? environment("ASPNETCORE_HTTP_PORTS")?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return $"http://127.0.0.1:{(int.TryParse(port, out var number) ? number : DefaultPort)}/health/live";
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args is [_, var given, ..] ? given : LiveUrl(Environment.GetEnvironmentVariable);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }
}
