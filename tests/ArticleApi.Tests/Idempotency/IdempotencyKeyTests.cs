using System.Net;
using ArticleApi.Articles;
using ArticleApi.Idempotency;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ArticleApi.Tests.Idempotency.IdempotencyCalls;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Idempotency;

public sealed class IdempotencyKeyTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private Task<long> ArticlesFromAsync(string source) =>
        api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{source}'");

    private Task<long> KeysAsync(string key) =>
        api.ScalarAsync<long>($"SELECT count(*) FROM idempotency_keys WHERE key = '{key}'");

    [Fact]
    public async Task A_repeat_with_the_same_key_and_body_answers_the_first_response_and_stores_one_article()
    {
        var editor = api.AsEditor();
        var article = Valid();
        var key = NewKey();

        var first = await (await editor.PostArticleAsync(article, key)).AnswerAsync();
        var repeat = await (await editor.PostArticleAsync(article, key)).AnswerAsync();

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.NotNull(first.ETag);
        Assert.False(first.Replayed);
        Assert.True(repeat.Replayed);
        Assert.Equal(first with { Replayed = true }, repeat);
        var created = System.Text.Json.JsonSerializer.Deserialize<ArticleResponse>(first.Body, Json)!;
        Assert.Equal($"/articles/{created.Id}", repeat.Location);
        Assert.Equal(1L, await ArticlesFromAsync((string)article["source"]!));
        Assert.Equal(1L, await KeysAsync(key));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_422_naming_the_header_and_writes_nothing()
    {
        var editor = api.AsEditor();
        var source = UniqueSource();
        var key = NewKey();
        await editor.CreateArticleAsync(Valid(source: source)); // without a key: unaffected
        Assert.Equal(HttpStatusCode.Created, (await editor.PostArticleAsync(Valid(source: source), key)).StatusCode);

        var response = await editor.PostArticleAsync(Valid(source: source), key);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("different request", Assert.Single(problem.Errors![IdempotencyMiddleware.HeaderName]));
        Assert.Equal(2L, await ArticlesFromAsync(source));
    }

    [Fact]
    public async Task Keys_are_per_caller_so_two_editors_with_one_key_each_store_their_article()
    {
        var article = Valid();
        article["externalId"] = null; // two copies of one item may coexist without an agency id
        var key = NewKey();

        var a = await (await api.AsEditor("editor-a").PostArticleAsync(article, key)).AnswerAsync();
        var b = await (await api.AsEditor("editor-b").PostArticleAsync(article, key)).AnswerAsync();

        Assert.Equal(HttpStatusCode.Created, a.Status);
        Assert.Equal(HttpStatusCode.Created, b.Status);
        Assert.False(b.Replayed);
        Assert.NotEqual(a.Location, b.Location);
        Assert.Equal(2L, await ArticlesFromAsync((string)article["source"]!));
        Assert.Equal(2L, await KeysAsync(key));
        Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM idempotency_keys WHERE key = '{key}' AND scope = 'editor-a'"));
    }

    [Fact]
    public async Task A_hundred_simultaneous_posts_with_one_key_store_one_article_and_answer_alike()
    {
        var editor = api.AsEditor();
        var article = Valid();
        article["externalId"] = null; // no unique agency id to fall back on: only the key keeps it to one
        var key = NewKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ => await (await editor.PostArticleAsync(article, key)).AnswerAsync()));

        Assert.Equal(1L, await ArticlesFromAsync((string)article["source"]!));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        Assert.Single(answers.Select(a => a with { Replayed = false }).Distinct());
        Assert.Equal(99, answers.Count(a => a.Replayed));
        Assert.Equal(1L, await KeysAsync(key));
        Assert.Equal(0, api.Services.GetRequiredService<KeyedLocks>().Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_key_is_a_400_naming_the_header_and_writes_nothing(string key)
    {
        var article = Valid();

        var response = await api.AsEditor().PostArticleAsync(article, key);

        Assert.Contains(IdempotencyMiddleware.HeaderName, await response.ReadFieldErrorAsync(IdempotencyMiddleware.HeaderName));
        Assert.Equal(0L, await ArticlesFromAsync((string)article["source"]!));
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_a_400()
    {
        var response = await api.AsEditor().PostArticleAsync(Valid(), new string('k', 256));

        Assert.Contains("at most 255", await response.ReadFieldErrorAsync(IdempotencyMiddleware.HeaderName));
        Assert.Equal(HttpStatusCode.Created, (await api.AsEditor().PostArticleAsync(Valid(), new string('k', 255))).StatusCode);
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData("sleutel-ë")]
    [InlineData("nul\0")]
    public void Keys_take_printable_ascii_only(string key) =>
        Assert.NotNull(IdempotencyMiddleware.InvalidKey(key));

    [Fact]
    public void Keys_come_in_one_header() =>
        Assert.Contains("one Idempotency-Key", IdempotencyMiddleware.InvalidKey(new Microsoft.Extensions.Primitives.StringValues(["a", "b"])));

    [Fact]
    public async Task A_request_that_fails_to_bind_leaves_the_key_free()
    {
        var editor = api.AsEditor();
        var key = NewKey();

        var malformed = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/articles")
        {
            Content = RawJson("{\"headline\": "),
            Headers = { { IdempotencyMiddleware.HeaderName, key } },
        });
        var valid = await editor.PostArticleAsync(Valid(), key);

        await malformed.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
    }

    [Fact]
    public async Task Without_the_header_every_post_is_a_new_request()
    {
        var editor = api.AsEditor("no-key-editor");
        var article = Valid();

        var first = await editor.PostArticleAsync(article);
        var second = await editor.PostArticleAsync(article);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await second.ReadProblemAsync(HttpStatusCode.Conflict); // the duplicate externalId, as always
        Assert.False(second.Headers.Contains(IdempotencyMiddleware.ReplayedHeaderName));
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM idempotency_keys WHERE scope = 'no-key-editor'"));
    }

    [Fact]
    public async Task A_refused_request_is_stored_too_and_its_repeat_refused_alike()
    {
        var editor = api.AsEditor();
        var article = Valid();
        article.Remove("headline");
        var key = NewKey();

        var first = await (await editor.PostArticleAsync(article, key)).AnswerAsync();
        var repeat = await (await editor.PostArticleAsync(article, key)).AnswerAsync();

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(first with { Replayed = true }, repeat);
        Assert.Equal("application/problem+json", repeat.ContentType);
    }

    [Fact]
    public async Task A_key_older_than_the_retention_counts_as_new()
    {
        var editor = api.AsEditor();
        var source = UniqueSource();
        var key = NewKey();
        Assert.Equal(HttpStatusCode.Created, (await editor.PostArticleAsync(Valid(source: source), key)).StatusCode);
        await api.ScalarAsync<object?>($"UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 minute' WHERE key = '{key}'");

        var response = await (await editor.PostArticleAsync(Valid(source: source), key)).AnswerAsync();

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.False(response.Replayed);
        Assert.Equal(2L, await ArticlesFromAsync(source));
    }

    [Fact]
    public async Task The_cleanup_deletes_keys_older_than_the_retention_and_keeps_the_rest()
    {
        var editor = api.AsEditor();
        var (old, young) = (NewKey(), NewKey());
        await editor.PostArticleAsync(Valid(), old);
        await editor.PostArticleAsync(Valid(), young);
        await api.ScalarAsync<object?>($"UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 minute' WHERE key = '{old}'");
        await api.ScalarAsync<object?>($"UPDATE idempotency_keys SET created_at = now() - interval '23 hours 59 minutes' WHERE key = '{young}'");

        var deleted = await api.Services.GetRequiredService<IdempotencyStore>().DeleteExpiredAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Equal(0L, await KeysAsync(old));
        Assert.Equal(1L, await KeysAsync(young));
    }

    [Fact]
    public async Task Swagger_documents_the_header_the_replay_marker_and_the_409_and_422_on_post_only()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var post = document["paths"]!["/articles"]!["post"]!;

        var header = Assert.Single(post["parameters"]!.AsArray(), p => (string?)p!["name"] == "Idempotency-Key")!;
        Assert.Equal("header", (string?)header["in"]);
        Assert.Equal(255, (int?)header["schema"]!["maxLength"]);
        Assert.NotNull(post["responses"]!["201"]!["headers"]!["Idempotent-Replayed"]);
        Assert.Contains("Idempotency-Key", (string?)post["responses"]!["409"]!["description"]);
        Assert.NotNull(post["responses"]!["409"]!["headers"]!["Retry-After"]);
        Assert.NotNull(post["responses"]!["422"]!["content"]!["application/problem+json"]);
        Assert.Null(document["paths"]!["/articles/{id}"]!["put"]!["parameters"]!.AsArray().FirstOrDefault(p => (string?)p!["name"] == "Idempotency-Key"));
    }
}
