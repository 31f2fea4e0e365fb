using System.Diagnostics;
using System.Net;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleApi.Tests.Faults;

public sealed class GracefulShutdownTests
{
    /// <summary>How long the request in flight is held up after the server is told to stop.</summary>
    private static readonly TimeSpan HeldFor = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Stopping_the_server_lets_a_request_in_flight_finish()
    {
        var api = new ArticleApiFactory();
        await ((IAsyncLifetime)api).InitializeAsync();
        var connectionString = api.ConnectionString;
        try
        {
            // The drain time is the setting's (request timeout + 5 s by default), not .NET's own 30 s.
            Assert.Equal(TimeSpan.FromSeconds(35),
                api.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout);
            var article = await api.AsEditor().CreateArticleAsync(Infrastructure.Articles.Valid());
            // Not one of the factory's clients: it disposes those before it stops the server.
            using var client = new HttpClient { BaseAddress = api.Anonymous().BaseAddress };
            HttpResponseMessage response;
            TimeSpan stoppedAfter, answeredAfter;
            await using (var slow = await SlowDatabase.LockArticlesAsync(connectionString))
            {
                var request = client.GetAsync($"/articles/{article.Id}");
                await slow.UntilWaitingAsync(1);

                var clock = Stopwatch.StartNew();
                var stopping = Task.Run(async () =>
                {
                    await api.DisposeAsync(); // stops the host: Kestrel drains, then shuts down
                    return clock.Elapsed;
                });
                await Task.Delay(HeldFor);
                Assert.False(stopping.IsCompleted, "The server stopped while a request was still running");
                await slow.DisposeAsync(); // the request's statement runs now
                response = await request;
                answeredAfter = clock.Elapsed;
                stoppedAfter = await stopping;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(article.Headline, await response.Content.ReadAsStringAsync());
            Assert.True(answeredAfter >= HeldFor && stoppedAfter >= answeredAfter - TimeSpan.FromMilliseconds(100),
                $"Answered after {answeredAfter}, stopped after {stoppedAfter}");
        }
        finally
        {
            await TestDatabases.DropAsync(connectionString);
        }
    }
}
