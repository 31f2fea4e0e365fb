using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>Full-text search with q: stemming per language, accents, phrases, OR, exclusion, relevance and snippets.</summary>
public sealed class ArticleSearchTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();
    private readonly HttpClient reader = api.Anonymous();

    private async Task<JsonObject> SearchAsync(string query)
    {
        var response = await reader.GetAsync($"/articles?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static List<string> Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(i => (string)i!["id"]!)];

    private async Task<string> PostAsync(string source, string language, string headline, string body, string publishedAt = "2025-03-20T10:00:00Z")
    {
        var article = Valid(source: source, publishedAt: publishedAt);
        article["language"] = language;
        article["headline"] = headline;
        article["summary"] = null;
        article["body"] = body;
        return (await editor.CreateArticleAsync(article)).Id.ToString();
    }

    [Fact]
    public async Task Dutch_words_match_their_inflections_and_ignore_accents()
    {
        var source = UniqueSource();
        var sample = (await editor.CreateArticleAsync(Sample(source: source))).Id.ToString();

        Assert.Equal([sample], Ids(await SearchAsync($"source={source}&q=land")));
        Assert.Equal([sample], Ids(await SearchAsync($"source={source}&q=oekraine")));
        Assert.Equal([sample], Ids(await SearchAsync($"source={source}&q=OEKRAÏNE")));
        Assert.Equal([sample], Ids(await SearchAsync($"source={source}&q=veiligheidsgaranties")));
    }

    [Fact]
    public async Task English_words_match_their_inflections_and_stop_words_match_nothing()
    {
        var source = UniqueSource();
        var id = await PostAsync(source, "en", "Ministers negotiate a ceasefire", "LONDON (Reuters) - Talks on the ceasefire continued.");

        Assert.Equal([id], Ids(await SearchAsync($"source={source}&q=negotiations")));
        Assert.Equal([id], Ids(await SearchAsync($"source={source}&q=ceasefires&language=en")));
        Assert.Empty(Ids(await SearchAsync($"source={source}&q=the")));
    }

    [Fact]
    public async Task Quoted_phrases_match_only_those_words_in_that_order()
    {
        var source = UniqueSource();
        var sample = (await editor.CreateArticleAsync(Sample(source: source))).Id.ToString();

        Assert.Equal([sample], Ids(await SearchAsync($"source={source}&q=%22coalitie van bereidwillige landen%22")));
        Assert.Empty(Ids(await SearchAsync($"source={source}&q=%22landen bereidwillige%22")));
    }

    [Fact]
    public async Task English_phrases_match_in_order_and_skip_nothing_but_stop_words()
    {
        var source = UniqueSource();
        var id = await PostAsync(source, "en", "Leaders meet in London",
            "LONDON (Reuters) - The coalition of the willing will meet on Thursday, Prime Minister Keir Starmer said.");

        Assert.Equal([id], Ids(await SearchAsync($"source={source}&q=%22coalition of the willing%22")));
        Assert.Equal([id], Ids(await SearchAsync($"source={source}&q=%22prime ministers%22")));
        Assert.Empty(Ids(await SearchAsync($"source={source}&q=%22willing coalition%22")));
        Assert.Empty(Ids(await SearchAsync($"source={source}&q=starmer -thursday")));
    }

    [Fact]
    public async Task Or_matches_either_and_a_minus_excludes()
    {
        var source = UniqueSource();
        var withPutin = (await editor.CreateArticleAsync(Sample(source: source))).Id.ToString();
        var without = await PostAsync(source, "nl", "Vredesmissie besproken", "DEN HAAG (ANP) - Het kabinet sprak over de vredesmissie.", "2025-03-21T10:00:00Z");
        var other = await PostAsync(source, "nl", "Woningbouw", "DEN HAAG (ANP) - Het kabinet wil meer woningen.", "2025-03-22T10:00:00Z");

        Assert.Equal([without], Ids(await SearchAsync($"source={source}&q=vredesmissie -poetin")));
        Assert.Equal([other, without], Ids(await SearchAsync($"source={source}&q=woningen or kabinet")));
        Assert.Equal([other, without, withPutin], Ids(await SearchAsync($"source={source}&q=woningen or vredesmissie")));
    }

    [Fact]
    public async Task An_excluded_word_excludes_in_every_language()
    {
        var source = UniqueSource();
        var dutch = await PostAsync(source, "nl", "Overleg over handel", "BRUSSEL (ANP) - Ministers overleggen over handel en landbouw.");
        await PostAsync(source, "en", "Talks on trade", "BRUSSELS (Reuters) - Ministers talk about trade and farming.");

        Assert.Equal([dutch], Ids(await SearchAsync($"source={source}&q=ministers -trade")));
    }

    [Fact]
    public async Task Languages_without_their_own_configuration_match_plain_words()
    {
        var source = UniqueSource();
        var german = await PostAsync(source, "de", "Verhandlungen in Berlin", "BERLIN (dpa) - Die Verhandlungen über den Haushalt gehen weiter.");

        Assert.Equal([german], Ids(await SearchAsync($"source={source}&q=verhandlungen")));
        Assert.Empty(Ids(await SearchAsync($"source={source}&q=verhandlung")));
    }

    [Fact]
    public async Task Relevance_puts_headline_matches_before_body_matches()
    {
        var source = UniqueSource();
        var inBody = await PostAsync(source, "nl", "Kabinet bespreekt begroting", "DEN HAAG (ANP) - Ook de stikstof kwam ter sprake.", "2025-03-22T10:00:00Z");
        var inHeadline = await PostAsync(source, "nl", "Stikstofplan gepresenteerd: stikstof omlaag", "DEN HAAG (ANP) - Het plan moet de uitstoot van stikstof halveren.", "2025-03-20T10:00:00Z");

        Assert.Equal([inBody, inHeadline], Ids(await SearchAsync($"source={source}&q=stikstof")));
        Assert.Equal([inHeadline, inBody], Ids(await SearchAsync($"source={source}&q=stikstof&sort=relevance")));
    }

    [Fact]
    public async Task Snippets_highlight_matches_and_escape_html()
    {
        var source = UniqueSource();
        await PostAsync(source, "nl", "Kamer debatteert",
            "DEN HAAG (ANP) - De Kamer (\"Fish & Chips\" < 3) debatteerde over <b>het</b> stikstofbeleid van het kabinet.");

        var item = (await SearchAsync($"source={source}&q=stikstofbeleid"))["items"]![0]!;
        var snippet = (string)item["snippet"]!;

        Assert.Contains("<mark>stikstofbeleid</mark>", snippet);
        Assert.Contains("&amp; Chips&quot; &lt; 3", snippet);
        Assert.DoesNotContain("<b>", snippet);
        Assert.Equal(2, snippet.Split('<').Length - 1);
    }

    [Fact]
    public async Task Private_use_characters_in_the_text_are_kept_as_text_not_taken_for_marks()
    {
        var source = UniqueSource();
        await PostAsync(source, "nl", "Kamer debatteert",
            "DEN HAAG (ANP) - Het logo \uE000\uE001\uF8FF staat naast het stikstofbeleid \uE001 van het kabinet.");

        var snippet = (string)(await SearchAsync($"source={source}&q=stikstofbeleid"))["items"]![0]!["snippet"]!;
        var text = WebUtility.HtmlDecode(snippet); // the encoder may write them as character references

        Assert.Contains("\uE000\uE001\uF8FF", text);
        Assert.Contains("<mark>stikstofbeleid</mark> \uE001", text);
        Assert.Equal(2, snippet.Split('<').Length - 1);
    }

    [Fact]
    public async Task Search_combines_with_the_other_filters()
    {
        var source = UniqueSource();
        await PostAsync(source, "nl", "Stikstof in maart", "DEN HAAG (ANP) - Over stikstof.", "2025-03-01T10:00:00Z");
        var april = await PostAsync(source, "nl", "Stikstof in april", "DEN HAAG (ANP) - Over stikstof.", "2025-04-01T10:00:00Z");
        await PostAsync(UniqueSource(), "nl", "Stikstof elders", "DEN HAAG (ANP) - Over stikstof.", "2025-04-01T10:00:00Z");

        Assert.Equal([april], Ids(await SearchAsync($"source={source}&q=stikstof&from=2025-04-01&language=nl")));
    }

    [Theory]
    [InlineData("sort=relevance", "sort", "needs a full-text query")]
    [InlineData("sort=best", "sort", "newest, oldest, relevance")]
    [InlineData("q=", "q", "must not be empty")]
    [InlineData("q=%E2%80%8B", "q", "visible text")]
    [InlineData("fields=snippet", "fields", "needs a full-text query")]
    public async Task Search_parameters_are_validated(string query, string parameter, string message)
    {
        Assert.Contains(message, await (await reader.GetAsync($"/articles?{query}")).ReadFieldErrorAsync(parameter));
    }

    [Theory]
    [InlineData("q=%22")]
    [InlineData("q=-")]
    [InlineData("q=or or or")]
    [InlineData("q=' OR 1=1; --")]
    [InlineData("q=a:* | !b <-> (c")]
    public async Task Odd_search_syntax_never_fails(string query)
    {
        var response = await reader.GetAsync($"/articles?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
