using System.Net;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Idempotency.IdempotencyCalls;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Idempotency;

/// <summary>Short waits and a quick clean-up, so that the slow paths can be seen within a test.</summary>
public sealed class ShortIdempotencyWaitFactory : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Idempotency:WaitTimeout", "00:00:03"), // long enough for a test to finish the other replica's request meanwhile
        ("Idempotency:CleanupInterval", "00:00:00.2"),
    ];
}

/// <summary>
/// A key held by a request on another replica (a row in progress in the database, with no request
/// here holding it), requests that fail, and the clean-up job at work.
/// </summary>
public sealed class IdempotencyInProgressTests(ShortIdempotencyWaitFactory api) : IClassFixture<ShortIdempotencyWaitFactory>
{
    private Task SqlAsync(string sql) => api.ScalarAsync<object?>(sql);

    /// <summary>Posts with a new key, then marks the key in progress as if another replica were running it.</summary>
    private async Task<(string Key, Answer First)> HeldElsewhereAsync(HttpClient editor, System.Text.Json.Nodes.JsonObject article)
    {
        var key = NewKey();
        var first = await (await editor.PostArticleAsync(article, key)).AnswerAsync();
        Assert.Equal(HttpStatusCode.Created, first.Status);
        await SqlAsync($"UPDATE idempotency_keys SET state = 'in_progress' WHERE key = '{key}'");
        return (key, first);
    }

    [Fact]
    public async Task A_repeat_while_the_key_is_in_progress_elsewhere_waits_then_answers_409_with_retry_after()
    {
        var editor = api.AsEditor();
        var article = Valid();
        var (key, _) = await HeldElsewhereAsync(editor, article);

        var started = DateTime.UtcNow;
        var response = await editor.PostArticleAsync(article, key);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Idempotency-Key", problem.Detail);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(2.9), "it answered without waiting");
    }

    [Fact]
    public async Task A_repeat_while_the_key_is_in_progress_elsewhere_answers_that_response_once_it_is_stored()
    {
        var editor = api.AsEditor();
        var article = Valid();
        var (key, first) = await HeldElsewhereAsync(editor, article);

        var repeat = editor.PostArticleAsync(article, key);
        await Task.Delay(300);
        Assert.False(repeat.IsCompleted);
        await SqlAsync($"UPDATE idempotency_keys SET state = 'completed' WHERE key = '{key}'");

        Assert.Equal(first with { Replayed = true }, await (await repeat).AnswerAsync());
        Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{article["source"]}'"));
    }

    [Fact]
    public async Task A_different_body_while_the_key_is_in_progress_is_a_422_at_once()
    {
        var editor = api.AsEditor();
        var (key, _) = await HeldElsewhereAsync(editor, Valid());

        await (await editor.PostArticleAsync(Valid(), key)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_key_abandoned_in_progress_is_taken_over_by_the_same_request()
    {
        var editor = api.AsEditor();
        var article = Valid();
        var (key, first) = await HeldElsewhereAsync(editor, article);
        await SqlAsync($"UPDATE idempotency_keys SET created_at = now() - interval '6 minutes' WHERE key = '{key}'");

        var response = await editor.PostArticleAsync(article, key);

        // It ran again, and found the article its first run created under this key: the same answer, one article.
        var again = await response.ReadAsync<ArticleApi.Articles.ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal(System.Text.Json.JsonSerializer.Deserialize<ArticleApi.Articles.ArticleResponse>(first.Body, Json)!.Id, again.Id);
        Assert.Equal(first.Location, response.Headers.Location?.ToString());
        Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{(string)article["source"]!}'"));
        Assert.Equal("completed", await api.ScalarAsync<string>($"SELECT state FROM idempotency_keys WHERE key = '{key}'"));
    }

    [Fact]
    public async Task An_article_without_externalId_is_stored_once_even_when_its_response_could_not_be_kept()
    {
        var editor = api.AsEditor();
        var article = Valid();
        article.Remove("externalId");
        var key = NewKey();
        // Keeping the response fails once, after the article was committed (the database went away between the two).
        await SqlAsync($"""
            CREATE FUNCTION refuse_{key[..8]}() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN IF NEW.key = '{key}' AND NEW.state = 'completed' THEN RAISE EXCEPTION 'gone'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_{key[..8]} BEFORE UPDATE ON idempotency_keys FOR EACH ROW EXECUTE FUNCTION refuse_{key[..8]}();
            """);
        var first = await (await editor.PostArticleAsync(article, key)).AnswerAsync();
        await SqlAsync($"DROP TRIGGER refuse_{key[..8]} ON idempotency_keys");
        await SqlAsync($"UPDATE idempotency_keys SET created_at = now() - interval '6 minutes' WHERE key = '{key}'");

        var repeat = await (await editor.PostArticleAsync(article, key)).AnswerAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.Status, repeat.Status));
        Assert.Equal(first.Location, repeat.Location);
        Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{(string)article["source"]!}'"));
    }

    [Fact]
    public async Task A_request_that_fails_with_a_500_gives_its_key_up_so_a_retry_runs()
    {
        var editor = api.AsEditor();
        var article = Valid();
        var key = NewKey();
        var source = (string)article["source"]!;
        await SqlAsync($"""
            CREATE FUNCTION fail_{source.Replace('-', '_')}() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN IF NEW.source = '{source}' THEN RAISE EXCEPTION 'down'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER fail_{source.Replace('-', '_')} BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION fail_{source.Replace('-', '_')}();
            """);

        var failed = await editor.PostArticleAsync(article, key);
        await SqlAsync($"DROP TRIGGER fail_{source.Replace('-', '_')} ON articles");
        var retried = await (await editor.PostArticleAsync(article, key)).AnswerAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.Status);
        Assert.False(retried.Replayed);
    }

    [Fact]
    public async Task The_cleanup_job_deletes_expired_keys_on_its_own()
    {
        var key = NewKey();
        await api.AsEditor().PostArticleAsync(Valid(), key);
        await SqlAsync($"UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = '{key}'");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await api.ScalarAsync<long>($"SELECT count(*) FROM idempotency_keys WHERE key = '{key}'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the expired key was not deleted within 10 s");
            await Task.Delay(100);
        }
    }
}
