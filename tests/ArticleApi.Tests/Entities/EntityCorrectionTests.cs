using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Entities;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Entities.EntityCalls;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Entities;

/// <summary>PUT /entities/{key}: an editor renames, retypes or merges an entity, and every article follows.</summary>
public sealed class EntityCorrectionTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private async Task<ArticleResponse> PostAsync(string body, string? source = null, params (string Name, string Type)[] entities) =>
        await editor.CreateArticleAsync(Article(body, source, entities));

    private Task<long> ArticleCountInDatabaseAsync(string key) => api.ScalarAsync<long>($"""
        SELECT count(DISTINCT m.article_id) FROM article_entities m JOIN entity_keys k ON k.entity_id = m.entity_id WHERE k.key = '{key}'
        """);

    [Fact]
    public async Task Correcting_an_entity_needs_an_editor()
    {
        var tag = Tag();
        await PostAsync($"DEN HAAG (ANP) - Minister Pieter {tag} sprak.");
        var key = $"person:pieter-{tag.ToLowerInvariant()}";
        var body = new { name = $"Piet {tag}", type = "person" };

        await (await reader.PutEntityAsync(key, body)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.WithToken(ArticleApiFactory.Token("someone", "reader")).PutEntityAsync(key, body)).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal($"Pieter {tag}", (await reader.GetEntityAsync(key)).Name);
    }

    [Fact]
    public async Task Renaming_gives_a_new_key_the_old_one_redirects_and_articles_show_the_new_name()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        var (oldKey, newKey) = ($"person:pieter-{slug}x", $"person:pieter-{slug}");
        var source = UniqueSource();
        var article = await PostAsync($"DEN HAAG (ANP) - Minister Pieter {tag}x sprak dinsdag. Volgens {tag}x gaat het goed.", source);
        Assert.Equal(oldKey, article.Single(oldKey).Key);

        var renamed = await editor.CorrectEntityAsync(oldKey, new { name = $"Pieter {tag}", type = "person" });

        Assert.Equal((newKey, $"Pieter {tag}", EntityType.Person, 1), (renamed.Key, renamed.Name, renamed.Type, renamed.ArticleCount));
        Assert.Contains($"Pieter {tag}x", renamed.Aliases);
        Assert.Contains($"Pieter {tag}", renamed.Aliases);
        var fetchedEntity = await reader.GetEntityAsync(newKey);
        Assert.Equal(renamed with { Aliases = [] }, fetchedEntity with { Aliases = [] });
        Assert.Equal(renamed.Aliases.Order(StringComparer.Ordinal), fetchedEntity.Aliases.Order(StringComparer.Ordinal));

        var noRedirects = api.WithoutRedirects();
        (await noRedirects.GetAsync($"/entities/{oldKey}")).AssertRedirectsTo(HttpStatusCode.MovedPermanently, newKey);
        (await noRedirects.GetAsync($"/entities/{oldKey.ToUpperInvariant()}")).AssertRedirectsTo(HttpStatusCode.MovedPermanently, newKey);
        // A client that follows redirects lands on the entity.
        Assert.Equal(newKey, (await reader.GetEntityAsync(oldKey)).Key);

        var fetched = await reader.GetArticleAsync(article.Id);
        var entity = fetched.Single(newKey);
        Assert.Equal(($"Pieter {tag}", EntityType.Person, 2), (entity.Name, entity.Type, entity.Count));
        Assert.DoesNotContain(fetched.Entities, e => e.Key == oldKey);
        var listed = (await (await reader.GetAsync($"/articles?source={source}")).ReadAsync<ListPage<ArticleSummaryResponse>>()).Items.Single();
        Assert.Contains(listed.Entities, e => e.Key == newKey && e.Name == $"Pieter {tag}");

        // The old name, the new name and both keys all still find the article.
        foreach (var entityFilter in new[] { $"Pieter {tag}x", $"Pieter {tag}", oldKey, newKey })
            Assert.True((await reader.ArticleIdsAsync($"entity={entityFilter}&source={source}")).SequenceEqual([article.Id]), $"entity={entityFilter}");
        Assert.Equal([newKey], (await reader.ListEntitiesAsync($"prefix={tag}")).Items.Select(i => i.Key));
    }

    [Fact]
    public async Task After_a_rename_an_article_naming_the_entity_the_old_way_joins_it_rather_than_bringing_it_back()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        await PostAsync("Niets.", null, ($"Pieter {tag}x", "person"));
        await editor.CorrectEntityAsync($"person:pieter-{slug}x", new { name = $"Pieter {tag}", type = "person" });

        var later = await PostAsync("Niets.", null, ($"Pieter {tag}x", "person"));

        Assert.Equal($"person:pieter-{slug}", later.Single($"person:pieter-{slug}").Key);
        Assert.Equal(2, (await reader.GetEntityAsync($"person:pieter-{slug}")).ArticleCount);
        Assert.Equal(0L, await api.ScalarAsync<long>($"SELECT count(*) FROM entities WHERE key = 'person:pieter-{slug}x'"));
    }

    [Fact]
    public async Task Retyping_changes_the_key_and_the_type_articles_show()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        var article = await PostAsync("Niets.", null, ($"{tag} Fonds", "person"));

        var retyped = await editor.CorrectEntityAsync($"person:{slug}-fonds", new { name = $"{tag} Fonds", type = "organization" });

        Assert.Equal(($"organization:{slug}-fonds", EntityType.Organization), (retyped.Key, retyped.Type));
        var entity = (await reader.GetArticleAsync(article.Id)).Single($"organization:{slug}-fonds");
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.Equal([$"organization:{slug}-fonds"], (await reader.ListEntitiesAsync($"prefix={tag}&type=organization")).Items.Select(i => i.Key));
        Assert.Empty((await reader.ListEntitiesAsync($"prefix={tag}&type=person")).Items);
    }

    [Fact]
    public async Task Renaming_only_the_spelling_of_the_name_keeps_the_key()
    {
        var tag = Tag();
        var key = $"person:pieter-{tag.ToLowerInvariant()}";
        await PostAsync("Niets.", null, ($"pieter {tag.ToLowerInvariant()}", "person"));

        var renamed = await editor.CorrectEntityAsync(key, new { name = $"Pieter {tag}", type = "person" });

        Assert.Equal((key, $"Pieter {tag}"), (renamed.Key, renamed.Name));
        Assert.Equal($"Pieter {tag}", (await api.WithoutRedirects().GetEntityAsync(key)).Name);
    }

    [Fact]
    public async Task A_former_key_answers_PUT_with_308_to_the_current_one()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        await PostAsync("Niets.", null, ($"Pieter {tag}x", "person"));
        await editor.CorrectEntityAsync($"person:pieter-{slug}x", new { name = $"Pieter {tag}", type = "person" });

        var response = await api.WithoutRedirects(editor: true).PutEntityAsync($"person:pieter-{slug}x", new { name = $"Pieter {tag}y", type = "person" });

        response.AssertRedirectsTo(HttpStatusCode.PermanentRedirect, $"person:pieter-{slug}");
        Assert.Equal($"Pieter {tag}", (await reader.GetEntityAsync($"person:pieter-{slug}")).Name);
    }

    [Fact]
    public async Task Renaming_back_to_a_former_name_restores_its_key_and_the_other_redirects_there()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        await PostAsync("Niets.", null, ($"Pieter {tag}", "person"));
        await editor.CorrectEntityAsync($"person:pieter-{slug}", new { name = $"Piet {tag}", type = "person" });

        var back = await editor.CorrectEntityAsync($"person:piet-{slug}", new { name = $"Pieter {tag}", type = "person" });

        Assert.Equal(($"person:pieter-{slug}", 1), (back.Key, back.ArticleCount));
        var noRedirects = api.WithoutRedirects();
        Assert.Equal(HttpStatusCode.OK, (await noRedirects.GetAsync($"/entities/person:pieter-{slug}")).StatusCode);
        (await noRedirects.GetAsync($"/entities/person:piet-{slug}")).AssertRedirectsTo(HttpStatusCode.MovedPermanently, $"person:pieter-{slug}");
    }

    [Fact]
    public async Task A_name_in_another_script_keeps_a_key_that_finds_and_redirects()
    {
        var tag = Tag();
        var article = await PostAsync("Niets.", null, ($"Володимир Зеленський {tag}", "person"));
        var key = article.Entities.Single().Key;
        Assert.StartsWith("person:володимир-зеленськ", key); // folded as Latin is: й loses its breve
        Assert.EndsWith($"-{tag.ToLowerInvariant()}", key);

        Assert.Equal(key, (await reader.GetEntityAsync(Uri.EscapeDataString(key))).Key);
        var renamed = await editor.CorrectEntityAsync(Uri.EscapeDataString(key), new { name = $"Volodymyr Zelensky {tag}", type = "person" });

        var redirect = await api.WithoutRedirects().GetAsync($"/entities/{Uri.EscapeDataString(key)}");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/entities/{renamed.Key}", redirect.Headers.Location?.OriginalString);
        Assert.Equal(renamed.Key, (await reader.GetEntityAsync(Uri.EscapeDataString(key))).Key);
        Assert.Equal([article.Id], await reader.ArticleIdsAsync($"entity={Uri.EscapeDataString(key)}"));
    }

    [Fact]
    public async Task Renaming_to_the_key_of_another_entity_answers_409_pointing_at_it()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        await PostAsync("Niets.", null, ($"Pieter {tag}", "person"), ($"Pieter {tag}x", "person"));

        var response = await editor.PutEntityAsync($"person:pieter-{slug}x", new { name = $"PIETER {tag}", type = "person" });

        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"person:pieter-{slug}", problem.Detail);
        Assert.Contains("mergeInto", problem.Detail);
        Assert.Equal($"/entities/person:pieter-{slug}", (string?)JsonNode.Parse(body)!["existingEntity"]);
        // Neither changed.
        Assert.Equal($"Pieter {tag}x", (await reader.GetEntityAsync($"person:pieter-{slug}x")).Name);
        Assert.Equal($"Pieter {tag}", (await reader.GetEntityAsync($"person:pieter-{slug}")).Name);
    }

    [Fact]
    public async Task Renaming_to_a_former_key_of_another_entity_answers_409()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        await PostAsync("Niets.", null, ($"Anna {tag}", "person"), ($"Pieter {tag}", "person"));
        await editor.CorrectEntityAsync($"person:anna-{slug}", new { name = $"Anna {tag}-Jansen", type = "person" });

        var response = await editor.PutEntityAsync($"person:pieter-{slug}", new { name = $"Anna {tag}", type = "person" });

        await response.ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Merging_moves_every_article_alias_and_key_to_the_target_and_loses_nothing()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        var (target, merged) = ($"person:pieter-{slug}", $"person:pieter-{slug}x");
        var source = UniqueSource();
        var onlyTarget = await PostAsync($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag.", source);
        var onlyMerged = await PostAsync($"DEN HAAG (ANP) - Minister Pieter {tag}x sprak woensdag. Volgens {tag}x is het goed.", source);
        var both = await PostAsync(
            $"DEN HAAG (ANP) - Minister Pieter {tag}x sprak donderdag met Anna {tag}. Daarna sprak minister Pieter {tag} met Kees {tag}.", source);
        Assert.Equal(1, both.Single(merged).Count);
        Assert.Equal(1, both.Single(target).Count);
        var articlesBefore = await api.ScalarAsync<long>("SELECT count(*) FROM articles");
        var linksBefore = await api.ScalarAsync<long>("SELECT count(*) FROM article_entities");
        var entitiesOfBoth = both.Entities.Count;

        var result = await editor.CorrectEntityAsync(merged, new { mergeInto = target });

        Assert.Equal((target, $"Pieter {tag}", EntityType.Person, 3), (result.Key, result.Name, result.Type, result.ArticleCount));
        Assert.Equal(3, await ArticleCountInDatabaseAsync(target));
        Assert.Equal(new[] { $"Pieter {tag}", $"Pieter {tag}x", $"{tag}x" }.Order(StringComparer.Ordinal), result.Aliases.Order(StringComparer.Ordinal));
        var fetchedTarget = await reader.GetEntityAsync(target);
        Assert.Equal(result with { Aliases = [] }, fetchedTarget with { Aliases = [] });
        Assert.Equal(result.Aliases.Order(StringComparer.Ordinal), fetchedTarget.Aliases.Order(StringComparer.Ordinal));

        // Every article lists the target once, with its mentions added up where it named both.
        Assert.Equal(1, (await reader.GetArticleAsync(onlyTarget.Id)).Single(target).Count);
        Assert.Equal(2, (await reader.GetArticleAsync(onlyMerged.Id)).Single(target).Count);
        var bothAfter = await reader.GetArticleAsync(both.Id);
        Assert.Equal(2, bothAfter.Single(target).Count);
        Assert.Equal(entitiesOfBoth - 1, bothAfter.Entities.Count);
        Assert.Equal(target, bothAfter.Entities[1].Key); // where the first of the two was: after the dateline's Den Haag
        Assert.Equal([$"person:anna-{slug}", $"person:kees-{slug}"], bothAfter.Entities.Skip(2).Select(e => e.Key));
        foreach (var id in new[] { onlyTarget.Id, onlyMerged.Id, both.Id })
            Assert.DoesNotContain((await reader.GetArticleAsync(id)).Entities, e => e.Key == merged);

        // Nothing lost: the articles all stay; only the doubled link of the article that named both goes.
        Assert.Equal(articlesBefore, await api.ScalarAsync<long>("SELECT count(*) FROM articles"));
        Assert.Equal(linksBefore - 1, await api.ScalarAsync<long>("SELECT count(*) FROM article_entities"));
        Assert.Equal(0L, await api.ScalarAsync<long>($"SELECT count(*) FROM entities WHERE key = '{merged}'"));
        Assert.Equal(0L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM articles a WHERE cardinality(a.entity_ids) <> (SELECT count(DISTINCT x) FROM unnest(a.entity_ids) x)"));
        Assert.Equal(0L, await api.ScalarAsync<long>("""
            SELECT count(*) FROM articles a
            WHERE ARRAY(SELECT x FROM unnest(a.entity_ids) x ORDER BY x) <> ARRAY(SELECT entity_id FROM article_entities m WHERE m.article_id = a.id ORDER BY entity_id)
            """));
        Assert.Equal(0L, await api.ScalarAsync<long>("""
            SELECT count(*) FROM entities e WHERE e.article_count <> (SELECT count(*) FROM article_entities m WHERE m.entity_id = e.id)
            """));

        // The merged entity's key redirects; its names and key still find every article.
        (await api.WithoutRedirects().GetAsync($"/entities/{merged}")).AssertRedirectsTo(HttpStatusCode.MovedPermanently, target);
        var all = new[] { both.Id, onlyMerged.Id, onlyTarget.Id }.Order().ToList();
        foreach (var entity in new[] { $"Pieter {tag}x", $"{tag}x", merged, target, $"Pieter {tag}" })
            Assert.True((await reader.ArticleIdsAsync($"entity={entity}&source={source}")).Order().SequenceEqual(all), $"entity={entity}");
        Assert.Equal([target], (await reader.ListEntitiesAsync($"prefix=pieter {tag}")).Items.Select(i => i.Key));
        Assert.Equal([target], (await reader.ListEntitiesAsync($"prefix={tag}x")).Items.Select(i => i.Key));

        // A later article naming the merged spelling joins the target.
        var later = await PostAsync($"DEN HAAG (ANP) - Minister Pieter {tag}x sprak vrijdag.", source);
        Assert.Equal(1, later.Single(target).Count);
        Assert.Equal(4, (await reader.GetEntityAsync(target)).ArticleCount);
        Assert.Equal(4, await ArticleCountInDatabaseAsync(target));
    }

    [Fact]
    public async Task An_article_replaced_after_a_merge_still_counts_once_for_the_target()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        var (target, merged) = ($"person:pieter-{slug}", $"person:pieter-{slug}x");
        await PostAsync($"DEN HAAG (ANP) - Minister Pieter {tag} sprak dinsdag.");
        var article = await PostAsync($"DEN HAAG (ANP) - Minister Pieter {tag}x sprak woensdag.");
        await editor.CorrectEntityAsync(merged, new { mergeInto = target });

        // The copy still spells it the old way; re-reading it finds the merged spelling, which is the target now.
        var replaced = await (await editor.PutArticleAsync(article.Id, Article($"DEN HAAG (ANP) - Minister Pieter {tag}x sprak woensdag. Volgens {tag}x ging het goed."))).ReadAsync<ArticleResponse>();

        Assert.Equal(2, replaced.Single(target).Count);
        Assert.DoesNotContain(replaced.Entities, e => e.Key == merged);
        Assert.Equal(2, (await reader.GetEntityAsync(target)).ArticleCount);
        Assert.Equal(2, await ArticleCountInDatabaseAsync(target));
        Assert.Equal(0L, await api.ScalarAsync<long>($"SELECT count(*) FROM entities WHERE key = '{merged}'"));
    }

    [Fact]
    public async Task Merging_into_itself_or_a_former_key_of_itself_answers_409()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        await PostAsync("Niets.", null, ($"Pieter {tag}x", "person"));
        await editor.CorrectEntityAsync($"person:pieter-{slug}x", new { name = $"Pieter {tag}", type = "person" });

        await (await editor.PutEntityAsync($"person:pieter-{slug}", new { mergeInto = $"person:pieter-{slug}" })).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await editor.PutEntityAsync($"person:pieter-{slug}", new { mergeInto = $"person:pieter-{slug}x" })).ReadProblemAsync(HttpStatusCode.Conflict);
        await (await editor.PutEntityAsync($"person:pieter-{slug}", new { mergeInto = $"PERSON:PIETER-{tag}" })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(1, (await reader.GetEntityAsync($"person:pieter-{slug}")).ArticleCount);
    }

    [Fact]
    public async Task Merging_into_an_unknown_entity_or_correcting_an_unknown_one_answers_404()
    {
        var tag = Tag();
        var slug = tag.ToLowerInvariant();
        await PostAsync("Niets.", null, ($"Pieter {tag}", "person"));

        var missingTarget = await (await editor.PutEntityAsync($"person:pieter-{slug}", new { mergeInto = $"person:nobody-{slug}" }))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains($"person:nobody-{slug}", missingTarget.Detail);
        await (await editor.PutEntityAsync($"person:nobody-{slug}", new { mergeInto = $"person:pieter-{slug}" })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await editor.PutEntityAsync($"person:nobody-{slug}", new { name = "Nobody", type = "person" })).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(1, (await reader.GetEntityAsync($"person:pieter-{slug}")).ArticleCount);
    }

    public static TheoryData<string, string> InvalidCorrections => new()
    {
        { "{}", "name" },
        { "{}", "type" },
        { """{"name": "Pieter"}""", "type" },
        { """{"type": "person"}""", "name" },
        { """{"name": "  ", "type": "person"}""", "name" },
        { """{"name": "!!!", "type": "person"}""", "name" },
        { """{"name": "Pieter\nJansen", "type": "person"}""", "name" },
        { $$"""{"name": "{{new string('a', 201)}}", "type": "person"}""", "name" },
        { """{"name": "Pieter", "type": "planet"}""", "type" },
        { """{"mergeInto": "pieter"}""", "mergeInto" },
        { """{"mergeInto": "planet:mars"}""", "mergeInto" },
        { """{"mergeInto": "person:pieter", "name": "Pieter", "type": "person"}""", "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidCorrections))]
    public async Task Invalid_corrections_answer_400_naming_the_field(string json, string field)
    {
        var tag = Tag();
        await PostAsync("Niets.", null, ($"Pieter {tag}", "person"));

        var response = await editor.PutAsync($"/entities/person:pieter-{tag.ToLowerInvariant()}", RawJson(json));

        Assert.False(string.IsNullOrWhiteSpace(await response.ReadFieldErrorAsync(field)));
        Assert.Equal($"Pieter {tag}", (await reader.GetEntityAsync($"person:pieter-{tag.ToLowerInvariant()}")).Name);
    }

    [Fact]
    public async Task A_malformed_key_answers_400_and_a_body_that_is_not_json_415_or_400()
    {
        await (await editor.PutEntityAsync("zelensky", new { name = "Zelensky", type = "person" })).ReadFieldErrorAsync("key");
        var notJson = await editor.PutAsync("/entities/person:zelensky", new StringContent("name=Zelensky", System.Text.Encoding.UTF8, "text/plain"));
        await notJson.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}
