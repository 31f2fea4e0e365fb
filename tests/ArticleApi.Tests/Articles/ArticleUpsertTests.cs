using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Articles.History;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>PUT /articles/by-source/{source}/{externalId}: a wire feed replayed without duplicates, and POST's 409.</summary>
public sealed class ArticleUpsertTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private Task<HttpResponseMessage> UpsertAsync(HttpClient client, string source, string externalId, JsonNode body, string? ifMatch = null) =>
        ArticleVersionTests.SendAsync(client, HttpMethod.Put, $"/articles/by-source/{Uri.EscapeDataString(source)}/{Uri.EscapeDataString(externalId)}", body, ifMatch);

    private Task<long> RowsAsync(string source) => api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE lower(source) = lower('{source}')");

    [Fact]
    public async Task The_first_upsert_creates_the_next_replaces_the_same_article()
    {
        var source = UniqueSource();

        var created = await UpsertAsync(editor, source, "anp-1", Valid(source, "anp-1"));
        var first = await created.ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal($"/articles/{first.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(ArticleETag.Of(first.Id, 1), created.Headers.ETag?.Tag);

        var correction = Valid(source.ToLowerInvariant(), "anp-1");
        correction["headline"] = "Gecorrigeerd";
        var replaced = await UpsertAsync(editor, source.ToLowerInvariant(), "anp-1", correction);
        var second = await replaced.ReadAsync<ArticleResponse>();

        Assert.Equal((first.Id, 2, "Gecorrigeerd"), (second.Id, second.Version, second.Headline));
        Assert.Equal(1, await RowsAsync(source));
        await (await editor.PostArticleAsync(Valid(source, "anp-1"))).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_path_names_the_item_and_the_body_may_leave_it_out_but_not_contradict_it()
    {
        var source = UniqueSource();
        var bare = Valid();
        bare.Remove("source");
        bare.Remove("externalId");
        bare["body"] = "Zonder dateline.";
        bare.Remove("dateline");

        var created = await (await UpsertAsync(editor, source, "x-1", bare)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal((source, "x-1"), (created.Source, created.ExternalId));

        Assert.Contains("path", await (await UpsertAsync(editor, source, "x-2", Valid("Reuters", "x-2"))).ReadFieldErrorAsync("source"));
        Assert.Contains("path", await (await UpsertAsync(editor, source, "x-2", Valid(source, "x-3"))).ReadFieldErrorAsync("externalId"));
        await (await UpsertAsync(editor, source, new string('x', 201), bare)).ReadFieldErrorAsync("externalId");
        var noHeadline = Valid(source, "x-2");
        noHeadline.Remove("headline");
        await (await UpsertAsync(editor, source, "x-2", noHeadline)).ReadFieldErrorAsync("headline");
        Assert.Equal(1, await RowsAsync(source));
        Assert.Equal(HttpStatusCode.Unauthorized, (await UpsertAsync(reader, source, "x-9", Valid(source, "x-9"))).StatusCode);
    }

    [Fact]
    public async Task A_deleted_item_comes_back_under_its_id_as_its_next_version()
    {
        var source = UniqueSource();
        var first = await (await UpsertAsync(editor, source, "r-1", Valid(source, "r-1"))).ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        await UpsertAsync(editor, source, "r-1", Valid(source, "r-1"));
        await editor.DeleteAsync($"/articles/{first.Id}");

        var revived = await (await UpsertAsync(editor, source, "r-1", Valid(source, "r-1"))).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal((first.Id, 3), (revived.Id, revived.Version));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{first.Id}")).StatusCode);
        var revisions = await (await reader.GetAsync($"/articles/{first.Id}/revisions")).ReadAsync<RevisionListResponse>();
        Assert.Equal([1, 2, 3], revisions.Items.Select(r => r.Version));
        Assert.Equal(0, await api.ScalarAsync<long>($"SELECT count(*) FROM article_tombstones WHERE id = '{first.Id}'"));
    }

    [Fact]
    public async Task If_Match_guards_an_upsert_like_any_replacement()
    {
        var source = UniqueSource();
        await (await UpsertAsync(editor, source, "m-1", Valid(source, "m-1"), ifMatch: "*")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        var created = await (await UpsertAsync(editor, source, "m-1", Valid(source, "m-1"))).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        await (await UpsertAsync(editor, source, "m-1", Valid(source, "m-1"), ifMatch: ArticleETag.Of(created.Id, 7))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        var replaced = await UpsertAsync(editor, source, "m-1", Valid(source, "m-1"), ifMatch: ArticleETag.Of(created.Id, 1));

        Assert.Equal(2, (await replaced.ReadAsync<ArticleResponse>()).Version);
        // "Only create": refused once the item exists, and a malformed one is a 400 naming the header.
        var onlyCreate = await ArticleVersionTests.SendAsync(editor, HttpMethod.Put, $"/articles/by-source/{source}/m-1", Valid(source, "m-1"), ifNoneMatch: "*");
        Assert.Equal(2, (await onlyCreate.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Extensions["currentVersion"].GetInt32());
        var malformed = await ArticleVersionTests.SendAsync(editor, HttpMethod.Put, $"/articles/by-source/{source}/m-1", Valid(source, "m-1"), ifNoneMatch: "nonsense");
        Assert.Equal("If-None-Match", (await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).Extensions["header"].GetString());
        Assert.Equal(HttpStatusCode.Created, (await ArticleVersionTests.SendAsync(editor, HttpMethod.Put, $"/articles/by-source/{source}/m-2", Valid(source, "m-2"), ifNoneMatch: "*")).StatusCode);
    }

    [Fact]
    public async Task Twenty_feeds_delivering_the_same_new_item_at_once_make_one_article_and_twenty_versions()
    {
        var source = UniqueSource();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => UpsertAsync(editor, source, "same", Valid(source, "same"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1, await RowsAsync(source));
        var versions = new List<int>();
        foreach (var response in responses) versions.Add((await response.ReadAsync<ArticleResponse>(response.StatusCode)).Version);
        Assert.Equal(Enumerable.Range(1, 20), versions.Order());
    }

    [Fact]
    public async Task A_hundred_parallel_posts_of_one_item_store_it_once_and_answer_409_to_the_rest()
    {
        var source = UniqueSource();

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => editor.PostArticleAsync(Valid(source, "dup"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(99, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await RowsAsync(source));
        var created = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal(created.Id, (await conflict.ReadProblemAsync(HttpStatusCode.Conflict)).ExistingArticleId);
    }
}
