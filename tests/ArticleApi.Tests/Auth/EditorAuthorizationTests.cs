using System.Net;
using System.Security.Cryptography;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Auth;

/// <summary>Reads are public; every write needs a valid token with role "editor".</summary>
public sealed class EditorAuthorizationTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    public static TheoryData<string> Writes => ["POST", "PUT", "DELETE"];

    private async Task<HttpResponseMessage> WriteAsync(HttpClient client, string method, Guid id) => method switch
    {
        "POST" => await client.PostArticleAsync(Valid()),
        "PUT" => await client.PutArticleAsync(id, Valid()),
        _ => await client.DeleteAsync($"/articles/{id}"),
    };

    private async Task<Guid> ExistingArticleAsync() => (await api.AsEditor().CreateArticleAsync(Valid())).Id;

    [Theory, MemberData(nameof(Writes))]
    public async Task Writes_without_a_token_answer_401_with_a_bearer_challenge(string method)
    {
        var id = await ExistingArticleAsync();
        var response = await WriteAsync(api.Anonymous(), method, id);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Send a bearer token", problem.Detail);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "POST", "garbage" },
        { "POST", "expired" },
        { "PUT", "wrong-key" },
        { "DELETE", "wrong-issuer" },
        { "POST", "wrong-audience" },
    };

    [Theory, MemberData(nameof(BadTokens))]
    public async Task Writes_with_an_invalid_token_answer_401(string method, string kind)
    {
        var id = await ExistingArticleAsync();
        var token = kind switch
        {
            "expired" => ArticleApiFactory.Token("editor", "editor", expires: DateTime.UtcNow.AddMinutes(-10)),
            "wrong-key" => ArticleApiFactory.Token("editor", "editor", key: RandomNumberGenerator.GetBytes(32)),
            "wrong-issuer" => ArticleApiFactory.Token("editor", "editor", issuer: "someone-else"),
            "wrong-audience" => ArticleApiFactory.Token("editor", "editor", audience: "another-api"),
            _ => "not.a.jwt",
        };

        var problem = await (await WriteAsync(api.WithToken(token), method, id)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", problem.Detail);
    }

    [Theory, MemberData(nameof(Writes))]
    public async Task Writes_with_a_token_without_the_editor_role_answer_403(string method)
    {
        var id = await ExistingArticleAsync();
        var reader = api.WithToken(ArticleApiFactory.Token("reader", "reader"));
        var noRole = api.WithToken(ArticleApiFactory.Token("nobody", role: null));

        await (await WriteAsync(reader, method, id)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await WriteAsync(noRole, method, id)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Rejected_writes_change_nothing()
    {
        var id = await ExistingArticleAsync();
        var before = await api.ScalarAsync<long>("SELECT count(*) FROM articles");

        await api.Anonymous().PostArticleAsync(Valid());
        await api.Anonymous().PutArticleAsync(id, Valid());
        await api.WithToken(ArticleApiFactory.Token("reader", "reader")).DeleteAsync($"/articles/{id}");

        Assert.Equal(before, await api.ScalarAsync<long>("SELECT count(*) FROM articles"));
        Assert.Equal(1, await api.ScalarAsync<int>($"SELECT version FROM articles WHERE id = '{id}'"));
    }

    [Fact]
    public async Task Reads_need_no_token()
    {
        var id = await ExistingArticleAsync();

        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/articles")).StatusCode);
    }
}
