using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Entities.EntityCalls;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Entities;

/// <summary>What an article says it mentions: read from its text, merged with what its editor listed, kept up to date.</summary>
public sealed class ArticleEntitiesTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private const string SampleHeadline = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in";

    /// <summary>How often the headline and body name this, as a reader would count: whole words, any case.</summary>
    private static int Occurrences(string name) =>
        Regex.Count(SampleHeadline + "\n" + SampleBody, $@"(?<![\p{{L}}]){Regex.Escape(name)}(?![\p{{L}}])", RegexOptions.IgnoreCase);

    private static JsonObject SampleAsTheWireSendsIt()
    {
        var article = Sample();
        article.Remove("source");
        article.Remove("dateline");
        article.Remove("entities");
        return article;
    }

    [Fact]
    public async Task Without_source_dateline_or_entities_the_body_opening_LONDEN_ANP_supplies_them()
    {
        var created = await editor.CreateArticleAsync(SampleAsTheWireSendsIt());

        Assert.Equal("ANP", created.Source);
        Assert.Equal("LONDEN", created.Dateline);
        Assert.Equal("Londen", created.DatelinePlace);
        Assert.NotEmpty(created.Entities);
        Assert.All(created.Entities, e => Assert.Equal(EntityOrigin.Extracted, e.Origin));
        Assert.All(created.Entities, e => Assert.True(e.Count >= 1, $"{e.Name} has count {e.Count}"));

        var londen = created.Single("location:londen");
        Assert.Equal(("Londen", EntityType.Location), (londen.Name, londen.Type));
        // The dateline is a place, not a thing of its own; the agency is the source, not something the copy mentions.
        Assert.DoesNotContain(created.Entities, e => e.Type == EntityType.Other && e.Name.Equals("Londen", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(created.Entities, e => e.Name is "LONDEN" or "ANP");
        Assert.Single(created.Entities, e => e.Name.Equals("Londen", StringComparison.OrdinalIgnoreCase));

        var fetched = await reader.GetArticleAsync(created.Id);
        Assert.Equal(created.Entities, fetched.Entities);
        Assert.Equal("Londen", fetched.DatelinePlace);
    }

    [Fact]
    public async Task The_ANP_sample_yields_its_people_and_places_with_how_often_each_is_named()
    {
        var article = Sample();
        article.Remove("entities");

        var created = await editor.CreateArticleAsync(article);

        Assert.Equal(
            ["Keir Starmer", "Poetin", "Volodymyr Zelensky"],
            created.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Europa", "Kyiv", "Londen", "Moskou", "Oekraïne", "Rusland", "Verenigde Staten"],
            created.Entities.Where(e => e.Type == EntityType.Location).Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(created.Entities, e => Assert.Equal(EntityOrigin.Extracted, e.Origin));

        Assert.Equal("person:volodymyr-zelensky", created.Single("person:volodymyr-zelensky").Key);
        Assert.Equal("location:verenigde-staten", created.Single("location:verenigde-staten").Key);
        // "Oekraïense" and "Oekraïens" are adjectives, not the country.
        Assert.Equal(Occurrences("Oekraïne"), created.Single("location:oekraine").Count);
        Assert.Equal(Occurrences("Zelensky"), created.Single("person:volodymyr-zelensky").Count);
        Assert.Equal(Occurrences("Starmer"), created.Single("person:keir-starmer").Count);
        Assert.Equal(Occurrences("Rusland"), created.Single("location:rusland").Count);
        Assert.Equal(Occurrences("Europa"), created.Single("location:europa").Count);
        Assert.Equal(Occurrences("Londen"), created.Single("location:londen").Count); // the dateline and twice in the text
        Assert.Equal(1, created.Single("person:poetin").Count);
        // In order of first mention: the dateline's Londen, then the headline's Oekraïne.
        Assert.Equal(["location:londen", "location:oekraine"], created.Entities.Take(2).Select(e => e.Key));
    }

    [Fact]
    public async Task An_editors_entity_takes_over_the_found_one_of_the_same_name_with_the_editors_type_and_its_mentions()
    {
        var tag = Tag();
        var body = $"BRUSSEL (ANP) - De NAVO komt bijeen. President Volodymyr Zelensky spreekt de NAVO toe. Volgens Zelensky is steun nodig. Ook minister Pieter {tag} is er.";
        var article = Article(body, null, ("Zelensky", "other"), ("NAVO", "location"), ($"Anna {tag}", "person"));

        var created = await editor.CreateArticleAsync(article);

        var zelensky = created.Single("other:zelensky");
        Assert.Equal(("Zelensky", EntityType.Other, EntityOrigin.Editor, 2), (zelensky.Name, zelensky.Type, zelensky.Origin, zelensky.Count));
        var navo = created.Single("location:navo");
        Assert.Equal(("NAVO", EntityType.Location, EntityOrigin.Editor, 2), (navo.Name, navo.Type, navo.Origin, navo.Count));
        // Listed, though the text never names her: mentioned once, by the editor.
        var anna = created.Single($"person:anna-{tag.ToLowerInvariant()}");
        Assert.Equal((EntityOrigin.Editor, 1), (anna.Origin, anna.Count));
        // The editor's entities come first, in the editor's order; the rest was found.
        Assert.Equal(["other:zelensky", "location:navo", $"person:anna-{tag.ToLowerInvariant()}"], created.Entities.Take(3).Select(e => e.Key));
        Assert.Equal(created.Entities.Take(3), created.Entities.Where(e => e.Origin == EntityOrigin.Editor));
        // No second entry for what the editor has already named under another type.
        Assert.DoesNotContain(created.Entities, e => e.Key is "person:volodymyr-zelensky" or "organization:navo" or "organization:noord-atlantische-verdragsorganisatie");
        var pieter = created.Single($"person:pieter-{tag.ToLowerInvariant()}");
        Assert.Equal(EntityOrigin.Extracted, pieter.Origin);
        Assert.Equal(EntityOrigin.Extracted, created.Single("location:brussel").Origin);

        Assert.Equal(created.Entities, (await reader.GetArticleAsync(created.Id)).Entities);
    }

    [Fact]
    public async Task An_editor_listing_a_surname_of_the_same_type_gets_the_full_name_the_text_gives()
    {
        var tag = Tag();
        var article = Article($"DEN HAAG (ANP) - Minister Pieter {tag} presenteerde zijn plannen. Volgens {tag} is haast geboden.", null, (tag, "person"));

        var created = await editor.CreateArticleAsync(article);

        var pieter = created.Single($"person:pieter-{tag.ToLowerInvariant()}");
        Assert.Equal(($"Pieter {tag}", EntityOrigin.Editor, 2), (pieter.Name, pieter.Origin, pieter.Count));
        Assert.DoesNotContain(created.Entities, e => e.Key == $"person:{tag.ToLowerInvariant()}");
    }

    [Fact]
    public async Task Listing_one_entity_twice_does_not_count_its_mentions_twice()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        var article = Article(
            $"DEN HAAG (ANP) - Minister Pieter {tag} sprak in Oekraïne. Volgens {tag} is de steun aan Oekraïne groot.", null,
            ($"Pieter {tag}", "person"), (tag, "person"), ("Oekraïne", "location"), ("OEKRAINE", "location"),
            ($"Anna {tag}", "person"), ($"anna {slug}", "person"));

        var created = await editor.CreateArticleAsync(article);

        // As often as the text names them, however the editor listed them; once for one the text never names.
        Assert.Equal(2, created.Single($"person:pieter-{slug}").Count);
        Assert.Equal(2, created.Single("location:oekraine").Count);
        Assert.Equal(1, created.Single($"person:anna-{slug}").Count);
        Assert.All(created.Entities.Take(3), e => Assert.Equal(EntityOrigin.Editor, e.Origin));
    }

    [Fact]
    public async Task A_later_bare_surname_is_the_same_person_and_adds_to_the_count()
    {
        var tag = Tag();
        var body = $"DEN HAAG (ANP) - Minister Pieter {tag} presenteerde dinsdag zijn plannen. Volgens {tag} is haast geboden. {tag} wil nog voor de zomer een besluit.";

        var created = await editor.CreateArticleAsync(Article(body));

        var person = Assert.Single(created.Entities, e => e.Name.Contains(tag, StringComparison.Ordinal));
        Assert.Equal(($"person:pieter-{tag.ToLowerInvariant()}", $"Pieter {tag}", EntityType.Person, 3), (person.Key, person.Name, person.Type, person.Count));

        var zelensky = await editor.CreateArticleAsync(Article(
            "KYIV (ANP) - De Oekraïense president Volodymyr Zelensky sprak dinsdag met zijn generaals. Volgens Zelensky is de situatie ernstig. Zelensky vraagt om meer steun."));
        var z = Assert.Single(zelensky.Entities, e => e.Name.Contains("Zelensk", StringComparison.Ordinal));
        Assert.Equal(("person:volodymyr-zelensky", 3), (z.Key, z.Count));

        // The bare surname is an alias of the person now.
        var details = await reader.GetEntityAsync($"person:pieter-{tag.ToLowerInvariant()}");
        Assert.Contains(tag, details.Aliases);
        Assert.Contains($"Pieter {tag}", details.Aliases);
    }

    [Fact]
    public async Task Replacing_an_article_reads_its_text_again_and_entity_article_counts_follow()
    {
        var tag = Tag();
        var (pieter, anna, joost) = ($"person:pieter-{tag.ToLowerInvariant()}", $"person:anna-{tag.ToLowerInvariant()}", $"person:joost-{tag.ToLowerInvariant()}");
        var created = await editor.CreateArticleAsync(Article(
            $"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag met Anna {tag} over de begroting. Volgens Anna {tag} is er geld genoeg."));
        Assert.Equal(2, created.Single(anna).Count);
        Assert.Equal(1, (await reader.GetEntityAsync(pieter)).ArticleCount);
        Assert.Equal(1, (await reader.GetEntityAsync(anna)).ArticleCount);

        var replacement = Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag met Joost {tag} over de begroting. Pieter {tag} is tevreden.");
        var replaced = await (await editor.PutArticleAsync(created.Id, replacement)).ReadAsync<ArticleResponse>();

        Assert.Equal(2, replaced.Version);
        Assert.DoesNotContain(replaced.Entities, e => e.Key == anna);
        Assert.Equal(2, replaced.Single(pieter).Count);
        Assert.Equal(1, replaced.Single(joost).Count);
        Assert.Equal(replaced.Entities, (await reader.GetArticleAsync(created.Id)).Entities);

        // Still one article each for Pieter (kept) and Joost (new); none any more for Anna.
        Assert.Equal(1, (await reader.GetEntityAsync(pieter)).ArticleCount);
        Assert.Equal(1, (await reader.GetEntityAsync(joost)).ArticleCount);
        Assert.Equal(0, (await reader.GetEntityAsync(anna)).ArticleCount);
        var listed = await reader.ListEntitiesAsync($"prefix={tag}");
        Assert.Equal(new[] { pieter, joost }.Order(StringComparer.Ordinal), listed.Items.Select(i => i.Key).Order(StringComparer.Ordinal));
        Assert.Empty(await reader.ArticleIdsAsync($"entity=Anna {tag}"));
        Assert.Equal([created.Id], await reader.ArticleIdsAsync($"entity=Joost {tag}"));

        // Replacing it with the same text again changes no count.
        await (await editor.PutArticleAsync(created.Id, replacement)).ReadAsync<ArticleResponse>();
        Assert.Equal(1, (await reader.GetEntityAsync(pieter)).ArticleCount);
        Assert.Equal(1, await api.ScalarAsync<int>($"SELECT article_count FROM entities WHERE key = '{joost}'"));
    }

    [Fact]
    public async Task A_refused_duplicate_leaves_no_entity_behind()
    {
        var tag = Tag();
        var article = Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag.");
        await editor.CreateArticleAsync(article);
        var duplicate = Article($"DEN HAAG (ANP) - Minister Anna {tag} sprak woensdag.", (string)article["source"]!);
        duplicate["externalId"] = article["externalId"]!.DeepClone();

        await (await editor.PostArticleAsync(duplicate)).ReadProblemAsync(HttpStatusCode.Conflict);

        await (await reader.GetAsync($"/entities/person:anna-{tag.ToLowerInvariant()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([$"person:pieter-{tag.ToLowerInvariant()}"], (await reader.ListEntitiesAsync($"prefix={tag}")).Items.Select(i => i.Key));
    }

    [Fact]
    public async Task Deleting_an_article_takes_it_off_its_entities_counts()
    {
        var tag = Tag();
        var key = $"person:pieter-{tag.ToLowerInvariant()}";
        var first = await editor.CreateArticleAsync(Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag."));
        await editor.CreateArticleAsync(Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak woensdag."));
        Assert.Equal(2, (await reader.GetEntityAsync(key)).ArticleCount);

        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/articles/{first.Id}")).StatusCode);

        Assert.Equal(1, (await reader.GetEntityAsync(key)).ArticleCount);
        Assert.Equal(1L, await api.ScalarAsync<long>(
            $"SELECT count(*) FROM article_entities m JOIN entities e ON e.id = m.entity_id WHERE e.key = '{key}'"));
    }

    [Fact]
    public async Task A_surname_finds_articles_that_only_gave_the_full_name_once_another_article_used_the_surname_for_that_person()
    {
        var tag = Tag();
        var source = UniqueSource();
        var fullNameOnly = await editor.CreateArticleAsync(Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag.", source));
        Assert.Empty(await reader.ArticleIdsAsync($"entity={tag}&source={source}"));
        Assert.Equal([fullNameOnly.Id], await reader.ArticleIdsAsync($"entity=Pieter {tag}&source={source}"));

        var both = await editor.CreateArticleAsync(Article($"DEN HAAG (ANP) - Minister Pieter {tag} sprak woensdag. Volgens {tag} gaat het goed.", source));

        Assert.Equal(new[] { both.Id, fullNameOnly.Id }.Order(), (await reader.ArticleIdsAsync($"entity={tag}&source={source}")).Order());
        Assert.Equal(new[] { both.Id, fullNameOnly.Id }.Order(), (await reader.ArticleIdsAsync($"entity={tag.ToUpperInvariant()}&source={source}")).Order());
    }

    [Fact]
    public async Task The_entity_filter_ignores_case_and_accents_and_takes_keys()
    {
        var source = UniqueSource();
        var article = Sample(source: source);
        article.Remove("entities");
        var created = await editor.CreateArticleAsync(article);

        foreach (var entity in new[] { "oekraine", "OEKRAÏNE", "Oekraïne", "location:oekraine", "Location:Oekraïne", "person:volodymyr-zelensky", "volodymyr zelensky", "Zelensky" })
            Assert.True((await reader.ArticleIdsAsync($"entity={Uri.EscapeDataString(entity)}&source={source}")).SequenceEqual([created.Id]), $"entity={entity}");

        // A key names the entity of that type only; a name not mentioned finds nothing.
        Assert.Empty(await reader.ArticleIdsAsync($"entity=person:oekraine&source={source}"));
        Assert.Empty(await reader.ArticleIdsAsync($"entity=oekrain&source={source}"));
    }
}
