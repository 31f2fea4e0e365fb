using System.Net;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Health;

public sealed class HealthTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_while_PostgreSQL_is_up(string path)
    {
        var response = await api.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
