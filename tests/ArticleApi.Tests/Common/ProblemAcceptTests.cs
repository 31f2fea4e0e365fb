using System.Net;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Common;

/// <summary>Errors are problem documents even for a client whose Accept leaves JSON out (the fuzz test found empty 400s).</summary>
public sealed class ProblemAcceptTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    [Theory]
    [InlineData("text/html")]
    [InlineData("../../etc/passwd")]
    public async Task An_error_is_a_problem_whatever_Accept_asks_for(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/not-an-id");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await api.Anonymous().SendAsync(request);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem.TraceId);
        Assert.Contains("id", problem.Errors!.Keys);
    }
}
