using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Articles.History;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>Versions as clients see them: ETags, conditional requests, revisions, tombstones.</summary>
public sealed class ArticleVersionTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor("anna");
    private readonly HttpClient reader = api.Anonymous();

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, JsonNode? body = null, string? ifMatch = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }

    private static JsonObject Changed(string headline)
    {
        var article = Valid();
        article["headline"] = headline;
        return article;
    }

    [Fact]
    public async Task Every_answer_carries_the_versions_strong_ETag_and_a_matching_If_None_Match_answers_304()
    {
        var created = await editor.PostArticleAsync(Valid());
        var article = await created.ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        var etag = created.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal(ArticleETag.Of(article.Id, 1), etag.Tag);

        var fetched = await reader.GetAsync($"/articles/{article.Id}");
        Assert.Equal(etag, fetched.Headers.ETag);

        var notModified = await SendAsync(reader, HttpMethod.Get, $"/articles/{article.Id}", ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var replaced = await SendAsync(editor, HttpMethod.Put, $"/articles/{article.Id}", Changed("Nieuwe kop"), ifMatch: etag.Tag);
        Assert.Equal(2, (await replaced.ReadAsync<ArticleResponse>()).Version);
        Assert.Equal(ArticleETag.Of(article.Id, 2), replaced.Headers.ETag!.Tag);
        // The old tag no longer matches: the client gets the new version.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(reader, HttpMethod.Get, $"/articles/{article.Id}", ifNoneMatch: etag.Tag)).StatusCode);
    }

    [Fact]
    public async Task A_stale_If_Match_answers_412_and_writes_nothing()
    {
        var created = await editor.CreateArticleAsync(Valid());
        var v1 = ArticleETag.Of(created.Id, 1);
        await SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Changed("Tweede"), ifMatch: v1);

        var stale = await SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Changed("Derde"), ifMatch: v1);
        var problem = await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, problem.Extensions["currentVersion"].GetInt32());
        Assert.Equal(ArticleETag.Of(created.Id, 2), problem.Extensions["currentETag"].GetString());
        await (await SendAsync(editor, HttpMethod.Delete, $"/articles/{created.Id}", ifMatch: v1)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        // A weak tag, or another article's, never matches.
        await (await SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Changed("Derde"), ifMatch: "W/" + ArticleETag.Of(created.Id, 2)))
            .ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Changed("Derde"), ifMatch: ArticleETag.Of(Guid.CreateVersion7(), 2)))
            .ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        var current = await reader.GetAsync($"/articles/{created.Id}").ContinueWith(t => t.Result.ReadAsync<ArticleResponse>()).Unwrap();
        Assert.Equal((2, "Tweede"), (current.Version, current.Headline));

        var listed = await SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Changed("Derde"), ifMatch: $"{v1}, {ArticleETag.Of(created.Id, 2)}");
        Assert.Equal(3, (await listed.ReadAsync<ArticleResponse>()).Version);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Changed("Vierde"), ifMatch: "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(editor, HttpMethod.Delete, $"/articles/{created.Id}", ifMatch: ArticleETag.Of(created.Id, 4))).StatusCode);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("\"unterminated")]
    public async Task A_malformed_If_Match_answers_400_naming_the_header(string ifMatch)
    {
        var created = await editor.CreateArticleAsync(Valid());

        var response = await SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Changed("X"), ifMatch: ifMatch);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("If-Match", problem.Extensions["header"].GetString());
        Assert.Equal(1, (await reader.GetAsync($"/articles/{created.Id}").ContinueWith(t => t.Result.ReadAsync<ArticleResponse>()).Unwrap()).Version);
    }

    [Fact]
    public async Task Fifty_editors_replacing_the_same_version_at_once_one_wins_the_rest_get_412()
    {
        var created = await editor.CreateArticleAsync(Valid());
        var etag = ArticleETag.Of(created.Id, 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            SendAsync(api.AsEditor($"editor-{i}"), HttpMethod.Put, $"/articles/{created.Id}", Changed($"Kop {i}"), ifMatch: etag)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadAsync<ArticleResponse>();
        var revisions = await (await reader.GetAsync($"/articles/{created.Id}/revisions")).ReadAsync<RevisionListResponse>();
        Assert.Equal([1, 2], revisions.Items.Select(r => r.Version));
        Assert.Equal(winner.UpdatedBy, revisions.Items[1].UpdatedBy);
        Assert.Equal(winner.Headline, (await reader.GetAsync($"/articles/{created.Id}").ContinueWith(t => t.Result.ReadAsync<ArticleResponse>()).Unwrap()).Headline);
    }

    [Fact]
    public async Task Concurrent_replacements_without_If_Match_each_make_a_version_and_the_history_has_no_gaps()
    {
        var created = await editor.CreateArticleAsync(Valid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            api.AsEditor($"editor-{i}").PutArticleAsync(created.Id, Changed($"Kop {i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var versions = new List<int>();
        foreach (var response in responses) versions.Add((await response.ReadAsync<ArticleResponse>()).Version);
        Assert.Equal(Enumerable.Range(2, 30), versions.Order());
        var revisions = await (await reader.GetAsync($"/articles/{created.Id}/revisions")).ReadAsync<RevisionListResponse>();
        Assert.Equal(Enumerable.Range(1, 31), revisions.Items.Select(r => r.Version));
        Assert.Equal([true], revisions.Items.Where(r => r.Current).Select(r => r.Version == 31));
        // Each version's headline is the one its writer sent.
        foreach (var response in responses)
        {
            var written = await response.ReadAsync<ArticleResponse>();
            var stored = await (await reader.GetAsync($"/articles/{created.Id}/revisions/{written.Version}")).ReadAsync<ArticleResponse>();
            Assert.Equal((written.Headline, written.UpdatedBy), (stored.Headline, stored.UpdatedBy));
        }
    }

    [Fact]
    public async Task Revisions_keep_every_earlier_state_with_who_changed_what()
    {
        var created = await editor.CreateArticleAsync(Valid());
        var second = Valid(created.Source, created.ExternalId);
        second["headline"] = "Gecorrigeerde kop";
        second["byline"] = "Piet";
        await api.AsEditor("bram").PutArticleAsync(created.Id, second);

        var revisions = await (await reader.GetAsync($"/articles/{created.Id}/revisions")).ReadAsync<RevisionListResponse>();

        Assert.Equal(created.Id, revisions.ArticleId);
        Assert.Equal([(1, "anna", false), (2, "bram", true)], revisions.Items.Select(r => (r.Version, r.UpdatedBy, r.Current)));
        Assert.Empty(revisions.Items[0].ChangedFields);
        Assert.Equal(["headline", "byline"], revisions.Items[1].ChangedFields);
        var firstResponse = await reader.GetAsync($"/articles/{created.Id}/revisions/1");
        Assert.Equal(ArticleETag.Of(created.Id, 1), firstResponse.Headers.ETag?.Tag);
        var first = await firstResponse.ReadAsync<ArticleResponse>();
        Assert.Equal((1, created.Headline, created.Byline, "anna", "anna"), (first.Version, first.Headline, first.Byline, first.CreatedBy, first.UpdatedBy));
        Assert.Equal(created.Entities, first.Entities);
        var now = await (await reader.GetAsync($"/articles/{created.Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal((2, "anna", "bram"), (now.Version, now.CreatedBy, now.UpdatedBy));
        await (await reader.GetAsync($"/articles/{created.Id}/revisions/3")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await reader.GetAsync($"/articles/{Guid.CreateVersion7()}/revisions")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await reader.GetAsync($"/articles/{created.Id}/revisions/abc")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_deleted_article_answers_410_with_when_and_by_whom_and_keeps_its_revisions()
    {
        var created = await editor.CreateArticleAsync(Valid());

        await api.AsEditor("chef").DeleteAsync($"/articles/{created.Id}");

        var gone = await (await reader.GetAsync($"/articles/{created.Id}")).ReadProblemAsync(HttpStatusCode.Gone);
        Assert.Equal("chef", gone.Extensions["deletedBy"].GetString());
        Assert.True((DateTimeOffset.UtcNow - gone.Extensions["deletedAt"].GetDateTimeOffset()).Duration() < TimeSpan.FromMinutes(1));
        await (await editor.PutArticleAsync(created.Id, Valid())).ReadProblemAsync(HttpStatusCode.Gone);
        var revisions = await (await reader.GetAsync($"/articles/{created.Id}/revisions")).ReadAsync<RevisionListResponse>();
        Assert.Equal([(1, false)], revisions.Items.Select(r => (r.Version, r.Current)));
        Assert.Equal(created.Headline, (await (await reader.GetAsync($"/articles/{created.Id}/revisions/1")).ReadAsync<ArticleResponse>()).Headline);
    }
}

/// <summary>A service configured to refuse changes without If-Match.</summary>
public sealed class IfMatchRequiredApi : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Articles:RequireIfMatch", "true")];
}

public sealed class RequiredIfMatchTests(IfMatchRequiredApi api) : IClassFixture<IfMatchRequiredApi>
{
    private readonly HttpClient editor = api.AsEditor();

    [Fact]
    public async Task Without_If_Match_changes_answer_428_and_with_it_they_go_through()
    {
        var created = await editor.CreateArticleAsync(Valid());

        var put = await (await editor.PutArticleAsync(created.Id, Valid())).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("If-Match", put.Extensions["header"].GetString());
        await (await editor.DeleteAsync($"/articles/{created.Id}")).ReadProblemAsync(HttpStatusCode.PreconditionRequired);

        var etag = ArticleETag.Of(created.Id, 1);
        Assert.Equal(HttpStatusCode.OK, (await ArticleVersionTests.SendAsync(editor, HttpMethod.Put, $"/articles/{created.Id}", Valid(), ifMatch: etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ArticleVersionTests.SendAsync(editor, HttpMethod.Delete, $"/articles/{created.Id}", ifMatch: "*")).StatusCode);
        // By agency id: If-None-Match: * creates only, If-Match replaces; neither is a 428, whether or not the item exists.
        var source = UniqueSource();
        var path = $"/articles/by-source/{source}/item-1";
        await (await editor.PutAsync(path, JsonContent(Valid(source, "item-1")))).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        var item = await (await ArticleVersionTests.SendAsync(editor, HttpMethod.Put, path, Valid(source, "item-1"), ifNoneMatch: "*"))
            .ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        await (await editor.PutAsync(path, JsonContent(Valid(source, "item-1")))).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await ArticleVersionTests.SendAsync(editor, HttpMethod.Put, path, Valid(source, "item-1"), ifNoneMatch: "*")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await ArticleVersionTests.SendAsync(editor, HttpMethod.Put, path, Valid(source, "item-1"), ifMatch: ArticleETag.Of(item.Id, 1))).StatusCode);
    }
}
