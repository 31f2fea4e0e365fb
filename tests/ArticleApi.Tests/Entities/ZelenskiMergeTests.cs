using System.Net;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Entities.EntityCalls;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Entities;

/// <summary>
/// The newsroom's own case, with real names: copy that spells him "Zelenski" and copy that spells him
/// "Zelensky" is found by either spelling once an editor has said they are one person. Its own class
/// (and database), since the merge changes entities every article here shares.
/// </summary>
public sealed class ZelenskiMergeTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    [Fact]
    public async Task After_merging_Zelenski_into_Volodymyr_Zelensky_either_spelling_finds_every_article()
    {
        var source = UniqueSource();
        var zelensky = await editor.CreateArticleAsync(Article(
            "KYIV (ANP) - De Oekraïense president Volodymyr Zelensky sprak dinsdag met zijn generaals. Volgens Zelensky is de situatie ernstig.", source));
        var zelenski = await editor.CreateArticleAsync(Article(
            "KYIV (ANP) - President Zelenski heeft woensdag de NAVO om steun gevraagd. Zelenski sprak in Brussel.", source));
        var sample = Sample(source: source);
        sample.Remove("entities");
        var anp = await editor.CreateArticleAsync(sample);
        Assert.Equal(2, zelenski.Single("person:zelenski").Count);
        Assert.Equal([zelenski.Id], await reader.ArticleIdsAsync($"entity=Zelenski&source={source}"));
        var before = await reader.GetEntityAsync("person:volodymyr-zelensky");
        var articlesBefore = await api.ScalarAsync<long>("SELECT count(*) FROM articles");

        var merged = await editor.CorrectEntityAsync("person:zelenski", new { mergeInto = "person:volodymyr-zelensky" });

        Assert.Equal(("person:volodymyr-zelensky", "Volodymyr Zelensky", EntityType.Person), (merged.Key, merged.Name, merged.Type));
        Assert.Equal(before.ArticleCount + 1, merged.ArticleCount);
        Assert.Equal(3, merged.ArticleCount);
        Assert.Equal(3L, await api.ScalarAsync<long>(
            "SELECT count(DISTINCT m.article_id) FROM article_entities m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'person:volodymyr-zelensky'"));
        Assert.Superset(new HashSet<string> { "Volodymyr Zelensky", "Zelensky", "Zelenski" }, merged.Aliases.ToHashSet());
        Assert.Equal(articlesBefore, await api.ScalarAsync<long>("SELECT count(*) FROM articles"));

        var all = new[] { anp.Id, zelenski.Id, zelensky.Id }.Order().ToList();
        foreach (var entity in new[] { "Zelenski", "zelenski", "ZELENSKY", "Volodymyr Zelensky", "person:zelenski", "person:volodymyr-zelensky" })
            Assert.True((await reader.ArticleIdsAsync($"entity={entity}&source={source}")).Order().SequenceEqual(all), $"entity={entity}");

        var article = await reader.GetArticleAsync(zelenski.Id);
        var him = article.Single("person:volodymyr-zelensky");
        Assert.Equal(("Volodymyr Zelensky", 2), (him.Name, him.Count));
        Assert.DoesNotContain(article.Entities, e => e.Key == "person:zelenski");

        (await api.WithoutRedirects().GetAsync("/entities/person:zelenski")).AssertRedirectsTo(HttpStatusCode.MovedPermanently, "person:volodymyr-zelensky");
        var autocomplete = await reader.ListEntitiesAsync("prefix=zel&type=person");
        Assert.Contains(autocomplete.Items, i => i is { Key: "person:volodymyr-zelensky", ArticleCount: 3 });
        Assert.DoesNotContain(autocomplete.Items, i => i.Key == "person:zelenski");
        Assert.Contains((await reader.ListEntitiesAsync("prefix=volodymyr zel")).Items, i => i.Key == "person:volodymyr-zelensky");

        // New copy spelling it "Zelenski" is his too.
        var later = await editor.CreateArticleAsync(Article("KYIV (ANP) - President Zelenski reist donderdag naar Washington.", source));
        Assert.Equal("Volodymyr Zelensky", later.Single("person:volodymyr-zelensky").Name);
        Assert.Equal(4, (await reader.GetEntityAsync("person:volodymyr-zelensky")).ArticleCount);
        Assert.Equal(4, (await reader.ArticleIdsAsync($"entity=Zelenski&source={source}")).Count);
    }
}
