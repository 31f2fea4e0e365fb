using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Formats;
using ArticleApi.Formats.Ninjs;

namespace ArticleApi.Tests.Formats.Ninjs;

/// <summary>NinjsReader as a bulk importer calls it: a pure function of the item.</summary>
public sealed class NinjsReaderTests
{
    private static NinjsArticle Read(JsonNode item) => NinjsReader.Read(JsonDocument.Parse(item.ToJsonString()).RootElement);

    [Fact]
    public void The_uri_and_what_an_article_does_not_keep_change_nothing()
    {
        var item = NinjsCalls.Item("ANP-1");
        var plain = Read(item).Request;

        item.Remove("uri");
        item["urgency"] = 3;
        item["slugline"] = "vredesmissie";
        item["genres"] = new JsonArray(new JsonObject { ["name"] = "Actueel" });
        var read = Read(item).Request;

        Assert.Equal(JsonSerializer.Serialize(plain), JsonSerializer.Serialize(read));
        Assert.Equal("ANP-1", read.ExternalId);
        Assert.Equal("ANP", read.Source);
        Assert.Equal([("Coalitie van bereidwillige landen", EntityType.Organization)], read.Entities!.Select(e => (e.Name!, e.Type!.Value)));
    }

    [Fact]
    public void Request_fields_are_named_as_the_item_gave_them()
    {
        var item = NinjsCalls.Item();
        item["headlines"] = new JsonArray(new JsonObject { ["role"] = "sub", ["value"] = "Onderkop" }, new JsonObject { ["role"] = "main", ["value"] = "Kop" });
        item["places"] = new JsonArray(new JsonObject { ["name"] = "Londen" }, new JsonObject { ["name"] = "Kyiv" });
        item["renditions"] = new JsonArray(new JsonObject { ["name"] = "thumbnail", ["href"] = "https://example.nl/t.jpg" }, new JsonObject { ["name"] = "web", ["href"] = "https://example.nl/a" });
        item.Remove("contentcreated");
        item["versioncreated"] = "2025-03-20T10:15:00Z";

        var read = Read(item);

        Assert.Equal("Kop", read.Request.Headline);
        Assert.Equal("https://example.nl/a", read.Request.Url);
        Assert.Equal("headlines[1].value", read.NinjsField("headline"));
        Assert.Equal("bodies[0].value", read.NinjsField("body"));
        Assert.Equal("renditions[1].href", read.NinjsField("url"));
        Assert.Equal("versioncreated", read.NinjsField("publishedAt"));
        Assert.Equal("infosources[0].name", read.NinjsField("source"));
        Assert.Equal("places[1].name", read.NinjsField("entities[2].name"));
        Assert.Equal("organisations[0]", read.NinjsField("entities[0].type"));
        Assert.Equal("by", read.NinjsField("byline"));
        Assert.Equal("located", read.NinjsField("dateline"));
    }

    [Theory]
    [InlineData("<p>Een</p><p>Twee &amp; drie</p>", "Een\n\nTwee & drie")]
    [InlineData("<p>Regel een<br/>regel\n   twee</p>", "Regel een\nregel twee")]
    [InlineData("<h2>Kop</h2>\n<ul><li>a</li><li>b</li></ul>", "Kop\n\na\n\nb")]
    [InlineData("<div><style>p { color: red }</style><!-- x --><p>Tekst</p></div>", "Tekst")]
    [InlineData("Geen markup", "Geen markup")]
    public void Html_becomes_paragraphs_of_plain_text(string html, string text) => Assert.Equal(text, NinjsHtml.ToText(html));

    [Fact]
    public void An_embargo_holds_until_it_lifts()
    {
        var item = NinjsCalls.Item();
        item["embargoed"] = "2025-03-20T12:00:00Z";
        var element = JsonDocument.Parse(item.ToJsonString()).RootElement;

        Assert.Equal("embargoed", Assert.Throws<ArticleFormatException>(() => NinjsReader.Read(element, new DateTimeOffset(2025, 3, 20, 11, 0, 0, TimeSpan.Zero))).Field);
        Assert.NotNull(NinjsReader.Read(element, new DateTimeOffset(2025, 3, 20, 13, 0, 0, TimeSpan.Zero)).Request.Headline);
    }
}
