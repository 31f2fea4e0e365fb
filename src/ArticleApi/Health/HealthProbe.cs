namespace ArticleApi.Health;

/// <summary>
/// `dotnet ArticleApi.dll healthcheck [url]`: exits 0 when the URL (default /health/live on port 8080)
/// answers 2xx within three seconds, else 1. The runtime image has no curl or wget, so the container's
/// HEALTHCHECK runs the API's own assembly instead; it starts no host and reads no settings.
/// </summary>
public static class HealthProbe
{
    public const string Verb = "healthcheck";
    public const string DefaultUrl = "http://127.0.0.1:8080/health/live";

    public static bool IsRequested(string[] args) => args is [Verb, ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args is [_, var given, ..] ? given : DefaultUrl;
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
