using System.Net;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

public sealed class ConcurrentWriteTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    [Fact]
    public async Task Simultaneous_posts_of_one_agency_item_store_it_once_and_answer_the_rest_409()
    {
        var source = UniqueSource();
        var editor = api.AsEditor();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => editor.PostArticleAsync(Valid(source: source, externalId: "same"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{source}'"));
    }
}
