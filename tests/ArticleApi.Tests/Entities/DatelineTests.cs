using ArticleApi.Articles;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Tests.Entities;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("LONDEN (ANP) - De premier sprak.", "LONDEN", "Londen", "ANP")]
    [InlineData("WASHINGTON (Reuters) - The president spoke.", "WASHINGTON", "Washington", "Reuters")]
    [InlineData("WASHINGTON (Reuters) -The president spoke.", "WASHINGTON", "Washington", "Reuters")]
    [InlineData("PARIS, 12 maart (AFP) — De Franse president sprak.", "PARIS", "Paris", "AFP")]
    [InlineData("DEN HAAG (ANP) - Het kabinet wil meer woningen.", "DEN HAAG", "Den Haag", "ANP")]
    [InlineData("NEW YORK (AP) – Stocks fell.", "NEW YORK", "New York", "AP")]
    [InlineData("BERGEN OP ZOOM (ANP) - Het college besloot.", "BERGEN OP ZOOM", "Bergen op Zoom", "ANP")]
    [InlineData("'S-HERTOGENBOSCH (ANP) - De rechtbank besliste.", "'S-HERTOGENBOSCH", "'s-Hertogenbosch", "ANP")]
    [InlineData("  LONDEN (ANP) - Leading spaces.", "LONDEN", "Londen", "ANP")]
    [InlineData("Berlin (dpa) - Die Regierung sprach.", "Berlin", "Berlin", "dpa")] // a known place need not be in capitals
    public void A_dateline_gives_its_place_as_written_as_a_name_and_its_agency(string body, string place, string display, string agency)
    {
        var dateline = Dateline.Parse(body);

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(display, dateline.DisplayPlace);
        Assert.Equal(agency, dateline.Agency);
    }

    [Theory]
    [InlineData("LONDEN (ANP) - De premier sprak.", "De premier sprak.")]
    [InlineData("PARIS, 12 maart (AFP) — De Franse president sprak.", "De Franse president sprak.")]
    [InlineData("DEN HAAG (ANP) -Het kabinet.", "Het kabinet.")]
    public void The_dateline_takes_the_separator_and_the_spaces_after_it_and_no_more(string body, string rest)
    {
        var dateline = Dateline.Parse(body)!;

        Assert.Equal(rest, body[dateline.Length..]);
    }

    [Theory]
    [InlineData("De premier sprak in Londen.")]
    [InlineData("Londen - De premier sprak.")] // no agency, and not in capitals
    [InlineData("Ajax - Feyenoord eindigde gelijk.")]
    [InlineData("LONDEN (ANP) De premier sprak.")] // no separator
    [InlineData("Het kabinet (VVD) - en daarmee de coalitie - wil meer woningen.")]
    [InlineData("Zo zei hij (ANP) - iets.")]
    [InlineData("Premier Schoof (VVD) - dat bleek gisteren - wil door.")] // capitalised, but no place
    [InlineData("Grote Markt (ANP) - Een marktkraam.")]
    [InlineData("De premier sprak.\nLONDEN (ANP) - Later meer.")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_body_that_does_not_open_with_a_dateline_has_none(string? body)
    {
        Assert.Null(Dateline.Parse(body));
    }

    [Fact]
    public void A_parenthesis_and_dash_in_the_middle_of_the_text_are_not_a_dateline()
    {
        var extraction = EntityExtractor.Default.Extract(null, null, "Dat zei de minister. Het kabinet (VVD) - zo bleek - wil door.", "nl");

        Assert.Null(extraction.Dateline);
        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("kabinet", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("DEN HAAG", "Den Haag")]
    [InlineData("LONDEN", "Londen")]
    [InlineData("'S-GRAVENHAGE", "'s-Gravenhage")]
    [InlineData("ALPHEN AAN DEN RIJN", "Alphen aan den Rijn")]
    [InlineData("KAAPSTAD-WEST", "Kaapstad-West")]
    [InlineData("Den Haag", "Den Haag")] // already a name: left as written
    public void A_place_in_capitals_is_displayed_as_a_name(string place, string display)
    {
        Assert.Equal(display, Dateline.Display(place));
    }

    [Theory]
    [InlineData("LONDEN (ANP) - De premier sprak met Rutte.", "Londen")]
    [InlineData("DEN HAAG (ANP) - Het kabinet wil meer woningen.", "Den Haag")]
    [InlineData("WASHINGTON (Reuters) - The president spoke.", "Washington")]
    public void The_datelines_place_is_a_location_and_nothing_of_the_dateline_is_another_entity(string body, string place)
    {
        var extraction = EntityExtractor.Default.Extract(null, null, body, "nl");

        var entity = Assert.Single(extraction.Entities, e => e.Name == place);
        Assert.Equal(EntityType.Location, entity.Type);
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Other);
        Assert.DoesNotContain(extraction.Entities, e => e.Name == extraction.Dateline!.Place && e.Name != place);
        // The agency files the copy; the copy does not mention it.
        Assert.DoesNotContain(extraction.Entities, e => e.Name == extraction.Dateline!.Agency);
    }

    [Fact]
    public void The_datelines_place_mentioned_again_in_the_text_is_one_entity()
    {
        var extraction = EntityExtractor.Default.Extract(null, null, "LONDEN (ANP) - De top is in Londen. Ook in Londen regent het.", "nl");

        var londen = Assert.Single(extraction.Entities, e => e.Name == "Londen");
        Assert.Equal(EntityType.Location, londen.Type);
        Assert.Equal(3, londen.Count);
    }

    [Theory]
    [InlineData("NOORD- (ANP) - Tekst.", "NOORD-")]
    [InlineData("A-- (ANP) - Tekst.", "A--")]
    [InlineData("O' (ANP) - Tekst.", "O'")]
    public void A_place_with_parts_that_have_no_letter_is_displayed_without_failing(string body, string place)
    {
        var dateline = Dateline.Parse(body);

        Assert.Equal(place, dateline?.Place);
        Assert.StartsWith(place[..1], dateline!.DisplayPlace);
    }

    [Theory]
    [InlineData("AMSTERDAM - Ook Diederik Bogaert reageerde.", "AMSTERDAM", "Amsterdam", "Ook Diederik Bogaert reageerde.")]
    [InlineData("DEN HAAG, 12 maart – Het kabinet viel.", "DEN HAAG", "Den Haag", "Het kabinet viel.")]
    public void A_place_in_capitals_and_a_dash_is_a_dateline_without_an_agency(string body, string place, string display, string rest)
    {
        var dateline = Dateline.Parse(body)!;

        Assert.Equal((place, display, null), (dateline.Place, dateline.DisplayPlace, dateline.Agency));
        Assert.Equal(rest, body[dateline.Length..]);
    }

    [Fact]
    public void A_word_opening_the_copy_after_a_dateline_without_agency_is_a_sentence_start_not_part_of_a_name()
    {
        var entities = EntityExtractor.Default.Extract(null, null, "AMSTERDAM - Ook Diederik Bogaert reageerde maandag.", "nl").Entities;

        Assert.Contains(entities, e => e is { Name: "Diederik Bogaert", Type: EntityType.Person });
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Ook"));
    }
}
