using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Limits;

/// <summary>The API with its body limit set to 4 KiB.</summary>
public sealed class SmallBodyLimitFactory : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Limits:MaxRequestBodyBytes", "4096")];
}

public sealed class RequestBodyLimitTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private const int MiB = 1024 * 1024;

    /// <summary>A valid article whose JSON is exactly <paramref name="bytes"/> long, padded in its body.</summary>
    internal static JsonObject ArticleOfSize(int bytes)
    {
        var article = Valid();
        article["body"] = "";
        article["body"] = new string('x', bytes - Encoding.UTF8.GetByteCount(article.ToJsonString()));
        return article;
    }

    internal static HttpRequestMessage Post(JsonObject article, bool chunked = false)
    {
        var bytes = Encoding.UTF8.GetBytes(article.ToJsonString());
        HttpContent content = chunked ? new StreamContent(new MemoryStream(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = content };
        // The client waits for the server's verdict before sending the body, as large uploads should;
        // otherwise an early 413 races the upload.
        request.Headers.ExpectContinue = true;
        request.Headers.TransferEncodingChunked = chunked;
        return request;
    }

    [Fact]
    public async Task A_body_of_exactly_1_MiB_is_read_and_one_byte_more_is_a_413_problem()
    {
        var editor = api.AsEditor();

        var atLimit = await editor.SendAsync(Post(ArticleOfSize(MiB)));
        var overLimit = await editor.SendAsync(Post(ArticleOfSize(MiB + 1)));

        // At the limit the body is read, and only its 200,000-character rule refuses it.
        await atLimit.ReadFieldErrorAsync("body");
        var problem = await overLimit.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body exceeds the limit of 1 MiB.", problem.Detail);
        Assert.NotNull(problem.TraceId);
    }

    [Fact]
    public async Task A_chunked_body_one_byte_over_1_MiB_is_a_413_problem_too()
    {
        var response = await api.AsEditor().SendAsync(Post(ArticleOfSize(MiB + 1), chunked: true));

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body exceeds the limit of 1 MiB.", problem.Detail);
    }
}

public sealed class ConfiguredBodyLimitTests(SmallBodyLimitFactory api) : IClassFixture<SmallBodyLimitFactory>
{
    // Kestrel counts a chunked body's framing (chunk sizes and line ends) towards the limit too.
    [Theory]
    [InlineData(false, 4096)]
    [InlineData(true, 4000)]
    public async Task The_limit_is_a_setting(bool chunked, int largestAccepted)
    {
        var editor = api.AsEditor();

        var accepted = await editor.SendAsync(RequestBodyLimitTests.Post(RequestBodyLimitTests.ArticleOfSize(largestAccepted), chunked));
        var overLimit = await editor.SendAsync(RequestBodyLimitTests.Post(RequestBodyLimitTests.ArticleOfSize(4097), chunked));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var problem = await overLimit.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body exceeds the limit of 4 KiB.", problem.Detail);
    }
}
