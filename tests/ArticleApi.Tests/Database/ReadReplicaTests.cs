using System.Net;
using ArticleApi.Articles;
using ArticleApi.Sources;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Database;

/// <summary>
/// The API with ConnectionStrings:ArticlesRead naming a database of its own: the schema, but other rows,
/// written through a second API as if replication had brought them. Whatever a GET answers comes from
/// there; whatever is written goes to the primary.
/// </summary>
public sealed class ReadReplicaFactory : ArticleApiFactory
{
    public ArticleApiFactory Replica { get; } = new();

    public override async Task InitializeAsync()
    {
        await Replica.InitializeAsync();
        await base.InitializeAsync();
    }

    protected override IEnumerable<(string Key, string Value)> Settings => [("ConnectionStrings:ArticlesRead", Replica.ConnectionString)];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await ((IAsyncLifetime)Replica).DisposeAsync();
    }
}

/// <summary>A replica that cannot be reached: the primary still takes writes, but the API is not ready.</summary>
public sealed class UnreachableReplicaFactory : ArticleApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("ConnectionStrings:ArticlesRead", TestDatabases.WithDatabase("articleapi_no_such_replica"))];
}

public sealed class ReadReplicaTests(ReadReplicaFactory api) : IClassFixture<ReadReplicaFactory>
{
    [Fact]
    public async Task Gets_read_the_replica_and_writes_go_to_the_primary()
    {
        var source = UniqueSource();
        var posted = await api.AsEditor().CreateArticleAsync(Valid(source));
        var countById = $"SELECT count(*) FROM articles WHERE id = '{posted.Id}'";
        Assert.Equal(1L, await api.ScalarAsync<long>(countById));
        Assert.Equal(0L, await api.Replica.ScalarAsync<long>(countById));
        // Not on the replica yet, so not found: the lag a client of a replica sees.
        await (await api.Anonymous().GetAsync($"/articles/{posted.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);

        var replicated = Valid(source);
        replicated["headline"] = "Alleen op de replica";
        var onReplica = await api.Replica.AsEditor().CreateArticleAsync(replicated);

        var article = await (await api.Anonymous().GetAsync($"/articles/{onReplica.Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal("Alleen op de replica", article.Headline);
        var page = await (await api.Anonymous().GetAsync($"/articles?source={source}")).ReadAsync<ListPage<ArticleSummaryResponse>>();
        Assert.Equal([onReplica.Id], page.Items.Select(i => i.Id));
        var sources = await (await api.Anonymous().GetAsync("/sources")).ReadAsync<List<SourceResponse>>();
        Assert.Equal(1, Assert.Single(sources, s => s.Source == source).ArticleCount);
        await (await api.Anonymous().GetAsync($"/articles/{onReplica.Id}/revisions")).ReadAsync<object>();

        // A write goes to the primary, which has never heard of the replica's article.
        await (await api.AsEditor().PutArticleAsync(onReplica.Id, replicated)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await api.AsEditor().PutArticleAsync(posted.Id, replicated)).ReadAsync<ArticleResponse>();
        Assert.Equal(2, await api.ScalarAsync<int>($"SELECT version FROM articles WHERE id = '{posted.Id}'"));
    }
}

public sealed class UnreachableReplicaTests(UnreachableReplicaFactory api) : IClassFixture<UnreachableReplicaFactory>
{
    [Fact]
    public async Task Not_ready_without_the_replica_though_writes_still_reach_the_primary()
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Anonymous().GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/live")).StatusCode);

        var posted = await api.AsEditor().CreateArticleAsync(Valid());
        Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE id = '{posted.Id}'"));
    }
}
