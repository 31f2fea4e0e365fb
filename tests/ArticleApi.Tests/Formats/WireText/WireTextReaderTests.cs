using System.Text;
using ArticleApi.Formats;
using ArticleApi.Formats.WireText;

namespace ArticleApi.Tests.Formats.WireText;

/// <summary>The reader without HTTP, as a bulk importer calls it: bytes or text and options in, an article request out.</summary>
public sealed class WireTextReaderTests
{
    private static readonly DateTimeOffset PublishedAt = new(2025, 3, 20, 10, 15, 0, TimeSpan.FromHours(1));
    private static readonly WireTextOptions Options = new(PublishedAt);

    private static ArticleFormatException Refused(string text, WireTextOptions? options = null) =>
        Assert.Throws<ArticleFormatException>(() => WireTextReader.Read(text, options ?? Options));

    [Fact]
    public void The_ANP_sample_goes_in_as_delivered_with_source_and_language_from_the_copy()
    {
        var sample = WireCopy.SampleBytes;

        var article = WireTextReader.Read(sample, Options with { Headline = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in" });

        Assert.Equal(sample, Encoding.UTF8.GetBytes(article.Body!));
        Assert.Equal(("ANP", "nl", "Voorbereiding vredesmissie Oekraïne gaat volgende fase in"), (article.Source, article.Language, article.Headline));
        Assert.Equal(PublishedAt, article.PublishedAt);
        Assert.Null(article.Dateline); // left to the article path, which reads it from the body as for JSON
    }

    [Fact]
    public void The_sample_without_a_headline_is_refused_naming_headline_because_it_opens_with_its_dateline()
    {
        var error = Assert.Throws<ArticleFormatException>(() => WireTextReader.Read(WireCopy.SampleBytes, Options));

        Assert.Equal("headline", error.Field);
        Assert.Contains("opens with the dateline 'LONDEN (ANP) -'", error.Message);
        Assert.Contains("?headline=", error.Message);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    public void A_first_line_headline_is_taken_out_of_the_body(string language)
    {
        var item = language switch { "en" => WireCopy.English, "de" => WireCopy.German, _ => WireCopy.French };

        var article = WireTextReader.Read(item, Options);

        Assert.Equal(WireCopy.HeadlineOf(item), article.Headline);
        Assert.Equal(WireCopy.BodyOf(item), article.Body);
        Assert.Equal(language, article.Language);
        Assert.Equal(language switch { "en" => "Reuters", "de" => "dpa", _ => "AFP" }, article.Source);
    }

    [Fact]
    public void CRLF_line_ends_are_kept_and_understood_and_a_leading_BOM_and_surrounding_whitespace_go()
    {
        var item = "\uFEFF\r\n" + WireCopy.English.ReplaceLineEndings("\r\n") + "\r\n\r\n";

        var article = WireTextReader.Read(item, Options);

        Assert.Equal(WireCopy.HeadlineOf(WireCopy.English), article.Headline);
        Assert.Equal(WireCopy.BodyOf(WireCopy.English).ReplaceLineEndings("\r\n"), article.Body);
    }

    [Fact]
    public void A_headline_given_in_the_options_replaces_the_copys_own_which_still_leaves_the_body()
    {
        var article = WireTextReader.Read(WireCopy.English, Options with { Headline = "  Allies plan peace mission  " });

        Assert.Equal("Allies plan peace mission", article.Headline);
        Assert.Equal(WireCopy.BodyOf(WireCopy.English), article.Body);
        Assert.Equal("Reuters", article.Source);
    }

    [Fact]
    public void A_headline_given_in_the_options_leaves_copy_without_a_headline_line_whole()
    {
        const string copy = "Starmer heeft zaterdag gezegd dat de missie de volgende fase ingaat.\n\nDe leiders praten donderdag verder.";

        var article = WireTextReader.Read(copy, Options with { Headline = "Missie gaat verder", Source = "ANP", Language = "nl" });

        Assert.Equal(copy, article.Body);
    }

    public static TheoryData<string, string> NotHeadlines => new()
    {
        { "LONDEN (ANP) - Starmer spreekt.\n\nTweede alinea.", "opens with the dateline" },
        { "Starmer heeft zaterdag gezegd dat de missie de volgende fase ingaat.\n\nDe leiders praten donderdag verder.", "ends with '.'" },
        { "Dit zei Starmer:\n\n\"We versnellen.\"", "ends with ':'" },
        { "Volgens Starmer \"gaat de missie verder.\"\n\nMeer volgt.", "ends with '.'" },
        { "Starmer spreekt met leiders\nDe missie gaat de volgende fase in.", "not followed by a blank line" },
        { "Starmer spreekt met leiders", "a single line" },
        { new string('x', 201) + "\n\nDe missie gaat verder.", "longer than 200 characters" },
        { "2025 - 03 - 20\n\nDe missie gaat verder.", "has no letters" },
    };

    [Theory, MemberData(nameof(NotHeadlines))]
    public void A_first_line_that_is_no_headline_is_refused_naming_headline_and_saying_why(string text, string why)
    {
        var error = Refused(text, Options with { Source = "ANP", Language = "nl" });

        Assert.Equal("headline", error.Field);
        Assert.Contains(why, error.Message);
    }

    [Theory]
    [InlineData("Komt er een vredesmissie?")]
    [InlineData("Starmer: \"We versnellen ons werk\"")]
    [InlineData("Ukraine : les préparatifs entrent dans une phase opérationnelle")]
    public void Headlines_may_ask_quote_and_hold_colons(string headline)
    {
        var article = WireTextReader.Read($"{headline}\n\nLONDEN (ANP) - De missie gaat verder.", Options with { Language = "nl" });

        Assert.Equal(headline, article.Headline);
        Assert.Equal("LONDEN (ANP) - De missie gaat verder.", article.Body);
    }

    [Fact]
    public void A_source_in_the_options_wins_over_the_dateline()
    {
        var article = WireTextReader.Read(WireCopy.English, Options with { Source = "NOS" });

        Assert.Equal("NOS", article.Source);
    }

    [Fact]
    public void Copy_whose_dateline_names_no_agency_needs_a_source()
    {
        var error = Refused("Kabinet presenteert plannen\n\nAMSTERDAM - Het kabinet wil jaarlijks 100.000 woningen laten bouwen.");

        Assert.Equal("source", error.Field);
        Assert.Contains("?source=", error.Message);
    }

    [Fact]
    public void An_explicit_language_wins_over_detection()
    {
        var article = WireTextReader.Read(WireCopy.German, Options with { Language = "lb" });

        Assert.Equal("lb", article.Language);
    }

    [Fact]
    public void Copy_too_short_to_tell_its_language_is_refused_naming_language()
    {
        var error = Refused("Kabinet gevallen\n\nDEN HAAG (ANP) - Rutte weg.");

        Assert.Equal("language", error.Field);
        Assert.Contains("too few of the common words", error.Message);
        Assert.Contains("?language=", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t \n")]
    [InlineData("\uFEFF")]
    public void Empty_copy_is_refused_naming_body(string text)
    {
        Assert.Equal("body", Refused(text).Field);
    }

    [Fact]
    public void A_NUL_character_is_refused_with_where_it_is()
    {
        var error = Refused("Kop\n\nDEN HAAG (ANP) - Het\0kabinet.");

        Assert.Equal("body", error.Field);
        Assert.Contains("NUL character (line 3, column 21)", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x4B, 0x6F, 0x70, 0x0A, 0x0A, 0x4F, 0x65, 0x6B, 0x72, 0x61, 0xEF, 0x6E, 0x65 }, "byte 11, line 3", "")]  // "Oekraïne" in Latin-1
    [InlineData(new byte[] { 0xFF, 0xFE, 0x4B, 0x00 }, "byte 1, line 1", "UTF-16 byte order mark")]
    [InlineData(new byte[] { 0x4B, 0xE2, 0x82 }, "byte 2, line 1", "")]  // cut off in the middle of "€"
    public void Bytes_that_are_not_UTF8_are_refused_with_where_they_stop_being_it(byte[] bytes, string where, string hint)
    {
        var error = Assert.Throws<ArticleFormatException>(() => WireTextReader.Read(bytes, Options));

        Assert.Equal("body", error.Field);
        Assert.Contains($"not valid UTF-8 ({where})", error.Message);
        Assert.Contains(hint, error.Message);
    }
}
