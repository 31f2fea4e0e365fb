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
        Assert.Equal("headlines[1].value", read.FieldOf("headline"));
        Assert.Equal("bodies[0].value", read.FieldOf("body"));
        Assert.Equal("renditions[1].href", read.FieldOf("url"));
        Assert.Equal("versioncreated", read.FieldOf("publishedAt"));
        Assert.Equal("infosources[0].name", read.FieldOf("source"));
        Assert.Equal("places[1].name", read.FieldOf("entities[2].name"));
        Assert.Equal("organisations[0]", read.FieldOf("entities[0].type"));
        Assert.Equal("by", read.FieldOf("byline"));
        Assert.Equal("located", read.FieldOf("dateline"));
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

    [Theory]
    [InlineData("<p>Tekst</p><script>track(", "Tekst")]
    [InlineData("<p>Een</p><!-- nooit gesloten <p>Twee</p>", "Een")]
    [InlineData("<p>Een</p><style>p {}</STYLE ><p>Twee</p>", "Een\n\nTwee")]
    [InlineData("<html><head><title>Kop</title></head><body><p>Tekst</p></body></html>", "Tekst")]
    public void Scripts_styles_comments_and_titles_are_dropped_to_their_end_or_to_the_end_of_the_text(string html, string text) =>
        Assert.Equal(text, NinjsHtml.ToText(html));

    [Theory]
    [InlineData("<script>")]
    [InlineData("<style>")]
    [InlineData("<!--")]
    [InlineData("<template>")]
    [InlineData("<p")]
    public async Task A_1_MiB_body_of_openings_never_closed_is_read_in_linear_time(string opening)
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>Tekst</p>", 10));
        var html = paragraphs + string.Concat(Enumerable.Repeat(opening, ((1 << 20) - paragraphs.Length) / opening.Length));

        var reading = Task.Run(() => NinjsHtml.ToText(html));

        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(5))));
        Assert.StartsWith(string.Join("\n\n", Enumerable.Repeat("Tekst", 10)), await reading);
    }

    [Fact]
    public void Without_an_externalId_altid_the_uri_is_the_externalId_unless_this_service_wrote_it()
    {
        var item = NinjsCalls.Item();
        item.Remove("altids");
        item["altids"] = new JsonArray(new JsonObject { ["role"] = "originaltransmissionreference", ["value"] = "a0f2" });
        item["uri"] = "urn:newsml:dpa.com:20090101:190510-99-167362";

        var read = Read(item);
        Assert.Equal("urn:newsml:dpa.com:20090101:190510-99-167362", read.Request.ExternalId);
        Assert.Equal("uri", read.FieldOf("externalId"));
        Assert.Null(read.StoredAs);

        var id = Guid.CreateVersion7();
        item["uri"] = $"urn:uuid:{id}";
        read = Read(item);
        Assert.Null(read.Request.ExternalId);
        Assert.Equal(id, read.StoredAs);

        item["altids"] = new JsonArray(new JsonObject { ["role"] = "externalId", ["value"] = "ANP-7" });
        Assert.Equal("ANP-7", Read(item).Request.ExternalId);
    }

    [Theory]
    [InlineData("http://cv.iptc.org/newscodes/infosourcerole/originfo", "ANP")]
    [InlineData("infosourcerole:originfo", "ANP")]
    [InlineData("isrol:originfo", "ANP")]
    [InlineData("originfo", "ANP")]
    [InlineData(null, "ANP")]
    [InlineData("infosourcerole:publisher", "Copyright BV")]
    public void The_agency_is_the_originating_infosource_however_its_role_is_written_else_the_copyright_holder(string? role, string source)
    {
        var item = NinjsCalls.Item();
        var infosource = new JsonObject { ["name"] = "ANP" };
        if (role is not null) infosource["role"] = role;
        item["infosources"] = new JsonArray(infosource);
        item["copyrightholder"] = "Copyright BV";

        Assert.Equal(source, Read(item).Request.Source);
    }

    [Fact]
    public void An_infosource_with_only_a_uri_is_passed_over()
    {
        var item = NinjsCalls.Item();
        item["infosources"] = new JsonArray(new JsonObject { ["uri"] = "http://www.ntb.no", ["role"] = "originfo" });
        item["copyrightholder"] = "NTB";

        var read = Read(item);

        Assert.Equal("NTB", read.Request.Source);
        Assert.Equal("copyrightholder", read.FieldOf("source"));
    }

    [Fact]
    public void A_body_of_role_main_wins_over_a_plain_text_teaser()
    {
        var item = NinjsCalls.Item();
        item["bodies"] = new JsonArray(
            new JsonObject { ["role"] = "main", ["contenttype"] = "text/html", ["value"] = "<p>De hele tekst.</p><p>Met twee alinea's.</p>" },
            new JsonObject { ["role"] = "teaser", ["contenttype"] = "text/plain", ["value"] = "Kort." });

        var read = Read(item);

        Assert.Equal("De hele tekst.\n\nMet twee alinea's.", read.Request.Body);
        Assert.Equal("bodies[0].value", read.FieldOf("body"));
    }

    [Fact]
    public void A_ninjs_1_item_is_refused_naming_every_unknown_property_at_once()
    {
        var item = new JsonObject
        {
            ["uri"] = "http://example.com/1", ["type"] = "text", ["headline"] = "Kop", ["body_text"] = "Tekst", ["byline"] = "Redactie",
            ["person"] = new JsonArray(), ["place"] = new JsonArray(), ["Language"] = "en", ["colour"] = "red",
        };

        var refused = Assert.Throws<ArticleFormatException>(() => Read(item));

        Assert.Equal(["headline", "body_text", "byline", "person", "place", "Language", "colour"], refused.Errors.Keys);
        Assert.Contains("In ninjs 2.x it is 'headlines'.", refused.Errors["headline"]);
        Assert.Contains("Did you mean 'language'?", refused.Errors["Language"]);
        Assert.All(refused.Errors.Values, message => Assert.Contains("looks like a ninjs 1.x item", message));
    }
}
