using ArticleApi.Articles;
using ArticleApi.Common.Text;
using ArticleApi.Entities.Extraction;
using Samples = ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Entities;

public sealed class EntityExtractorTests
{
    private static IReadOnlyList<ExtractedEntity> Entities(string body, string language = "nl", string? headline = null) =>
        EntityExtractor.Default.Extract(headline, null, body, language).Entities;

    private static ExtractedEntity Only(IReadOnlyList<ExtractedEntity> entities, string name) =>
        Assert.Single(entities, e => e.Name == name);

    private static void AssertEntity(IReadOnlyList<ExtractedEntity> entities, string name, EntityType type, int? count = null)
    {
        var entity = Only(entities, name);
        Assert.True(entity.Type == type, $"{name}: expected {type}, got {entity.Type}");
        if (count is not null) Assert.True(entity.Count == count, $"{name}: expected {count} mentions, got {entity.Count}");
    }

    // Sentence starters and the like, which a careless extractor takes for names.
    private static readonly string[] Junk =
        ["Maar", "Volgens", "Het", "De", "Een", "Dat", "Ook", "Als", "Hij", "Komende", "Voorstel", "The", "However", "But", "We"];

    // The shared ANP sample.

    [Theory]
    [InlineData("Keir Starmer", EntityType.Person)]
    [InlineData("Volodymyr Zelensky", EntityType.Person)]
    [InlineData("Poetin", EntityType.Person)]
    [InlineData("Oekraïne", EntityType.Location)]
    [InlineData("Rusland", EntityType.Location)]
    [InlineData("Londen", EntityType.Location)]
    [InlineData("Europa", EntityType.Location)]
    [InlineData("Verenigde Staten", EntityType.Location)]
    [InlineData("Kyiv", EntityType.Location)]
    [InlineData("Moskou", EntityType.Location)]
    public void The_sample_yields_the_people_and_places_it_names(string name, EntityType type)
    {
        var extraction = EntityExtractor.Default.Extract("Voorbereiding vredesmissie Oekraïne gaat volgende fase in", null, Samples.SampleBody, "nl");

        AssertEntity(extraction.Entities, name, type);
    }

    [Fact]
    public void The_sample_has_its_dateline_and_no_sentence_initial_junk()
    {
        var extraction = EntityExtractor.Default.Extract(null, null, Samples.SampleBody, "nl");

        Assert.Equal("LONDEN", extraction.Dateline?.Place);
        Assert.Equal("ANP", extraction.Dateline?.Agency);
        Assert.All(extraction.Entities, e => Assert.DoesNotContain(e.Name.Split(' ')[0], Junk));
        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("premier", StringComparison.OrdinalIgnoreCase)
                                                        || e.Name.Contains("president", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_sample_names_each_thing_once_and_counts_its_mentions()
    {
        var entities = Entities(Samples.SampleBody);

        Assert.Equal(entities.Count, entities.Select(e => TextFolding.Fold(e.Name)).Distinct().Count());
        Assert.DoesNotContain(entities, e => e.Name is "Zelensky" or "Starmer");
        // "Keir Starmer" … "aldus Starmer"; "Volodymyr Zelensky" … twice "volgens Zelensky".
        AssertEntity(entities, "Keir Starmer", EntityType.Person, count: 2);
        AssertEntity(entities, "Volodymyr Zelensky", EntityType.Person, count: 3);
        // The dateline and two mentions in the text.
        AssertEntity(entities, "Londen", EntityType.Location, count: 3);
    }

    // Sentence-initial capitals.

    [Theory]
    [InlineData("Maar niemand wist het.", "nl")]
    [InlineData("Volgens de krant is het zo.", "nl")]
    [InlineData("Het is warm. De zon schijnt. Een dag later regende het.", "nl")]
    [InlineData("Dat bleek gisteren. Ook de minister wist het niet.", "nl")]
    [InlineData("The meeting ended. However, nobody knew. But it rained.", "en")]
    [InlineData("\"We gaan door\", zei hij. \"Het gaat goed.\"", "nl")]
    public void Capitals_that_only_start_a_sentence_are_not_names(string body, string language)
    {
        Assert.Empty(Entities(body, language));
    }

    [Theory]
    [InlineData("Maar Rutte zei het.", "Rutte")]
    [InlineData("Volgens Zelensky is het goed.", "Zelensky")]
    [InlineData("However, Macron said so.", "Macron")]
    public void A_known_name_right_after_a_sentence_starter_is_still_found(string body, string name)
    {
        var entities = Entities(body, body.StartsWith("However") ? "en" : "nl");

        AssertEntity(entities, name, EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith(body.Split(' ')[0].TrimEnd(',')));
    }

    // Dutch surname particles.

    [Theory]
    [InlineData("Volgens Frans van der Berg is het goed.", "Frans van der Berg")]
    [InlineData("Dat zei Dick de Vries gisteren.", "Dick de Vries")]
    [InlineData("Volgens Jan ter Horst is het goed.", "Jan ter Horst")]
    [InlineData("Dat zei Ter Horst gisteren.", "Ter Horst")]
    [InlineData("Gisteren sprak Van der Berg met de pers.", "Van der Berg")]
    [InlineData("Commissievoorzitter Ursula von der Leyen sprak.", "Ursula von der Leyen")]
    public void A_name_keeps_its_particles(string body, string name)
    {
        AssertEntity(Entities(body), name, EntityType.Person);
    }

    [Theory]
    [InlineData("Volgens Frans van der Berg is het goed. Later sprak Van der Berg opnieuw.", "Frans van der Berg")]
    [InlineData("Dat zei Dick de Vries. Later sprak De Vries opnieuw.", "Dick de Vries")]
    public void A_surname_with_its_particles_folds_into_the_full_name(string body, string name)
    {
        var entities = Entities(body);

        AssertEntity(entities, name, EntityType.Person, count: 2);
        Assert.Single(entities);
    }

    [Fact]
    public void Two_names_with_the_same_particle_are_two_people()
    {
        var entities = Entities("Dat zeiden Dick de Vries en Peter de Jong gisteren.");

        AssertEntity(entities, "Dick de Vries", EntityType.Person, count: 1);
        AssertEntity(entities, "Peter de Jong", EntityType.Person, count: 1);
    }

    // Titles.

    [Theory]
    [InlineData("Dat zei de Britse premier Keir Starmer.", "Keir Starmer")]
    [InlineData("De Oekraïense president Zelensky reageerde.", "Zelensky")]
    [InlineData("Dat zei president Zelensky.", "Zelensky")]
    [InlineData("Hij sprak met minister-president Dick Schoof.", "Dick Schoof")]
    [InlineData("Burgemeester Femke Halsema sprak.", "Femke Halsema")]
    [InlineData("Dat zei minister Faber.", "Faber")]
    [InlineData("Prime Minister Keir Starmer spoke.", "Keir Starmer")]
    public void A_name_after_a_title_is_a_person_and_the_title_is_not_part_of_it(string body, string name)
    {
        var entities = Entities(body, body.StartsWith("Prime") ? "en" : "nl");

        AssertEntity(entities, name, EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Name != name && e.Name.Contains(name.Split(' ')[^1]));
    }

    [Fact]
    public void An_unknown_name_after_a_title_is_a_person()
    {
        AssertEntity(Entities("Dat zei minister Kwakkelbeek gisteren."), "Kwakkelbeek", EntityType.Person);
    }

    // One name per entity.

    [Theory]
    [InlineData("De president Volodymyr Zelensky sprak. Later zei Zelensky dat hij moe was.", "nl", 2)]
    [InlineData("President Volodymyr Zelensky sprak. Zelensky's woordvoerder bevestigde dat. Zelensky's vrouw ook.", "nl", 3)]
    [InlineData("Het is zo, zei Zelensky. Volodymyr Zelensky sprak daarna.", "nl", 2)]
    [InlineData("The prime minister met President Zelensky. Volodymyr Zelensky said Ukraine needs help.", "en", 2)]
    [InlineData("Starmer's office said Volodymyr Zelensky would come. Zelensky's team agreed.", "en", 2)]
    public void A_surname_or_possessive_folds_into_the_full_name_with_its_mentions_counted(string body, string language, int count)
    {
        var entities = Entities(body, language);

        AssertEntity(entities, "Volodymyr Zelensky", EntityType.Person, count);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Zelensky"));
        Assert.Contains("Zelensky", Only(entities, "Volodymyr Zelensky").Aliases);
    }

    [Fact]
    public void A_possessive_is_not_part_of_the_name()
    {
        var entities = Entities("Prime Minister Keir Starmer spoke. Starmer's office said so.", "en");

        AssertEntity(entities, "Keir Starmer", EntityType.Person, count: 2);
        Assert.DoesNotContain(entities, e => e.Name.Contains("'s") || e.Name.Contains("’s"));
    }

    [Fact]
    public void The_full_name_is_the_entitys_name_whichever_comes_first()
    {
        var entities = Entities("Zelensky sprak gisteren. Volodymyr Zelensky sprak vandaag.");

        AssertEntity(entities, "Volodymyr Zelensky", EntityType.Person, count: 2);
        Assert.Single(entities);
    }

    [Fact]
    public void A_surname_two_people_share_stays_apart_from_both()
    {
        var entities = Entities("Dat zeiden Dick de Vries en Peter de Vries. De Vries wilde verder niets kwijt.");

        AssertEntity(entities, "Dick de Vries", EntityType.Person, count: 1);
        AssertEntity(entities, "Peter de Vries", EntityType.Person, count: 1);
    }

    [Fact]
    public void A_short_name_folds_into_the_full_name_the_lists_give_for_it()
    {
        var entities = Entities("De VS en de Verenigde Staten, de EU en Duitsland.");

        AssertEntity(entities, "Verenigde Staten", EntityType.Location, count: 2);
        Assert.DoesNotContain(entities, e => e.Name == "VS");
    }

    // Quotes, hyphens, diacritics, abbreviations.

    [Fact]
    public void Quoted_speech_yields_its_speaker_and_not_its_first_word()
    {
        var entities = Entities("\"We gaan door\", zei Mark Rutte. \"Maar het wordt zwaar.\"");

        AssertEntity(entities, "Mark Rutte", EntityType.Person);
        Assert.Single(entities);
    }

    [Theory]
    [InlineData("Hij sprak in het gebouw van de 'Raad van Europa'.", "Raad van Europa", EntityType.Organization)]
    [InlineData("Hij werkte bij de 'Bank of England' en bij het \"Rode Kruis\".", "Bank of England", EntityType.Organization)]
    [InlineData("Hij werkte bij de 'Bank of England' en bij het \"Rode Kruis\".", "Rode Kruis", EntityType.Organization)]
    [InlineData("Zij werkt bij de \"Raad van State\" in Den Haag.", "Raad van State", EntityType.Organization)]
    [InlineData("\"De Stille Haven\" is een film.", "De Stille Haven", EntityType.Other)]
    public void A_quoted_name_is_one_entity_with_the_names_inside_it(string body, string name, EntityType type)
    {
        var entities = Entities(body);

        AssertEntity(entities, name, type);
        // "Europa" in "Raad van Europa", "England" in "Bank of England": part of the name, not a place mentioned.
        Assert.DoesNotContain(entities, e => e.Name != name && name.Contains(e.Name) && e.Name.Length > 3);
    }

    [Theory]
    [InlineData("Jean-Claude Juncker sprak in Noord-Holland.", "Jean-Claude Juncker", EntityType.Person)]
    [InlineData("Jean-Claude Juncker sprak in Noord-Holland.", "Noord-Holland", EntityType.Location)]
    [InlineData("De Franse politicus Jean-Luc Mélenchon sprak.", "Jean-Luc Mélenchon", EntityType.Person)]
    [InlineData("De top was in Zürich en daarna in Malmö.", "Zürich", EntityType.Location)]
    [InlineData("De top was in Zürich en daarna in Malmö.", "Malmö", EntityType.Location)]
    [InlineData("De vrede in Oekraïne is ver weg.", "Oekraïne", EntityType.Location)]
    public void Hyphenated_and_accented_names_are_whole(string body, string name, EntityType type)
    {
        AssertEntity(Entities(body), name, type);
    }

    [Fact]
    public void Spellings_with_and_without_accents_are_one_entity()
    {
        var entities = Entities("Oekraïne, Oekraine en OEKRAÏNE.");

        AssertEntity(entities, "Oekraïne", EntityType.Location, count: 3);
        Assert.Single(entities);
    }

    [Theory]
    [InlineData("ANP", EntityType.Organization)]
    [InlineData("VS", EntityType.Location)]
    [InlineData("EU", EntityType.Organization)]
    [InlineData("NAVO", EntityType.Organization)]
    public void Abbreviations_are_organisations_or_places_as_they_stand_for(string name, EntityType type)
    {
        AssertEntity(Entities("Het ANP meldt dat de VS en de EU met de NAVO praten."), name, type);
    }

    [Fact]
    public void An_abbreviation_at_the_head_of_a_compound_is_mentioned_and_its_title_makes_a_person()
    {
        var entities = Entities("NAVO-chef Mark Rutte sprak met EU-leiders.");

        AssertEntity(entities, "NAVO", EntityType.Organization);
        AssertEntity(entities, "EU", EntityType.Organization);
        AssertEntity(entities, "Mark Rutte", EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Name.Contains("chef") || e.Name.Contains("leiders"));
    }

    // English copy.

    [Theory]
    [InlineData("Joe Biden", EntityType.Person, 3)]
    [InlineData("White House", EntityType.Organization, 2)]
    [InlineData("Pentagon", EntityType.Organization, 1)]
    [InlineData("NATO", EntityType.Organization, 1)]
    [InlineData("Brussels", EntityType.Location, 1)]
    [InlineData("European Union", EntityType.Organization, 1)]
    [InlineData("Washington", EntityType.Location, 1)]
    public void English_copy_yields_its_people_organisations_and_places(string name, EntityType type, int count)
    {
        // Counts take in the headline's mentions.
        const string body = "WASHINGTON (Reuters) - President Joe Biden said on Tuesday that the White House would not comment. " +
                            "\"We will respond,\" Biden told reporters. However, the Pentagon said NATO allies would meet in Brussels. " +
                            "The European Union agreed.";
        var extraction = EntityExtractor.Default.Extract("Biden says White House will respond", null, body, "en");

        AssertEntity(extraction.Entities, name, type, count);
        Assert.All(extraction.Entities, e => Assert.DoesNotContain(e.Name.Split(' ')[0], Junk));
        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("President") || e.Name == "Reuters");
    }

    // Determinism and bounded work.

    [Fact]
    public void The_same_copy_gives_the_same_entities_every_time_and_on_every_thread()
    {
        static string Describe(Extraction x) =>
            $"{x.Dateline}\n" + string.Join("\n", x.Entities.Select(e => $"{e.Name}|{e.Type}|{e.Count}|{string.Join(",", e.Aliases)}"));
        var first = Describe(EntityExtractor.Default.Extract("Voorbereiding vredesmissie Oekraïne", null, Samples.SampleBody, "nl"));

        var again = Enumerable.Range(0, 16).AsParallel()
            .Select(_ => Describe(EntityExtractor.Default.Extract("Voorbereiding vredesmissie Oekraïne", null, Samples.SampleBody, "nl")))
            .ToList();
        var fresh = Describe(new EntityExtractor(Gazetteer.Default).Extract("Voorbereiding vredesmissie Oekraïne", null, Samples.SampleBody, "nl"));

        Assert.All(again, a => Assert.Equal(first, a));
        Assert.Equal(first, fresh);
    }

    public static TheoryData<string> Adversarial => ["capitalised words", "one name over and over", "names and particles", "no spaces", "capitals without spaces",
        "quote marks", "quoted names", "apostrophes", "hyphens", "spaced dashes", "possessives", "ampersands", "dotted capitals", "initials", "new lines",
        "words then a dateline's parenthesis", "titles", "particles", "one long word then a name", "one long compound", "one long capitalised word"];

    private static string Repeat(string text, int length = 200_000) =>
        string.Concat(Enumerable.Repeat(text, length / text.Length + 1))[..length];

    private static string AdversarialBody(string name)
    {
        var random = new Random(42);
        string Word() => (char)('A' + random.Next(26)) + new string([.. Enumerable.Range(0, random.Next(2, 9)).Select(_ => (char)('a' + random.Next(26)))]);
        return name switch
        {
            "capitalised words" => string.Join(' ', Enumerable.Range(0, 40_000).Select(_ => Word()))[..200_000],
            "one name over and over" => Repeat("Jansen "),
            "names and particles" => Repeat("Jan van der Berg en "),
            "no spaces" => new string('a', 200_000),
            "capitals without spaces" => Repeat("Abc"),
            "quote marks" => Repeat("\""),
            "quoted names" => Repeat("\"Foo Bar\" "),
            "apostrophes" => Repeat("'A' "),
            "hyphens" => Repeat("A-"),
            "spaced dashes" => Repeat("Abc - "),
            "possessives" => Repeat("Abc's "),
            "ampersands" => Repeat("Abc & "),
            "dotted capitals" => Repeat("U.S."),
            "initials" => Repeat("A. "),
            "new lines" => Repeat("Abc\n"),
            "words then a dateline's parenthesis" => Repeat("A ", 199_990) + "(ANP) - x",
            "titles" => Repeat("minister ", 199_990) + " Jansen",
            "particles" => Repeat("van de ", 199_990) + " Jansen",
            // One word the length of the body: a title check per position once made these take minutes.
            "one long word then a name" => new string('a', 199_990) + " Jansen",
            "one long compound" => "Abc-" + new string('a', 199_990),
            "one long capitalised word" => "Een " + new string('A', 199_990),
            _ => throw new ArgumentException(name),
        };
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public async Task Adversarial_copy_of_the_largest_size_allowed_is_extracted_in_bounded_time_and_size(string kind)
    {
        var body = AdversarialBody(kind);

        // Each takes a second or two alone; the limit is generous for loaded machines and still far below what
        // work growing with the square of the text takes at this size (close to a minute).
        var extraction = await Task.Run(() => EntityExtractor.Default.Extract(body[..200], body[..2_000], body, "nl")).WaitAsync(TimeSpan.FromSeconds(30));

        var words = (body[..200] + " " + body[..2_000] + " " + body).Split((char[])[' ', '\n', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.All(extraction.Entities, e => Assert.InRange(e.Name.Split(' ').Length, 1, 12));
        Assert.All(extraction.Entities, e => Assert.InRange(e.Name.Length, 1, 200));
        Assert.InRange(extraction.Entities.Sum(e => e.Count), 0, words + 1);
    }

    [Fact]
    public void A_name_repeated_thousands_of_times_is_one_entity_with_every_mention()
    {
        var entities = Entities(string.Concat(Enumerable.Repeat("Dat zei Mark Rutte. ", 10_000)));

        AssertEntity(entities, "Mark Rutte", EntityType.Person, count: 10_000);
        Assert.Single(entities);
    }

    [Theory]
    [InlineData("Rutte sprak met Frankrijk en de Europese Commissie.", "Frankrijk", "Europese Commissie")]
    [InlineData("Shell en de Nederlandsche Bank zwegen.", "Shell", "Nederlandsche Bank")]
    [InlineData("Talks between Germany and the European Commission stalled.", "Germany", "European Commission")]
    [InlineData("Het duel Jansen - Pietersen eindigde gelijk.", "Jansen", "Pietersen")]
    public void Two_names_joined_by_and_or_a_dash_stay_two(string body, string first, string second)
    {
        var names = Entities(body).Select(e => e.Name).ToList();

        Assert.Contains(first, names);
        Assert.Contains(second, names);
        Assert.DoesNotContain(names, n => n.Contains(first) && n.Contains(second));
    }

    [Fact]
    public void An_ampersand_inside_a_name_in_capitals_is_kept()
    {
        AssertEntity(Entities("De Amerikaanse telecomgigant AT&T meldde verlies."), "AT&T", EntityType.Organization);
    }

    [Theory]
    [InlineData("Volodymyr Zelensky sprak. Zelenski zei ook iets.")]
    [InlineData("President Zelensky sprak. Volodymyr Zelenskyy zei ook iets.")]
    public void Spellings_of_one_name_the_lists_link_fold_into_one_person(string body)
    {
        var people = Entities(body).Where(e => e.Type == EntityType.Person).ToList();

        Assert.Equal(2, Assert.Single(people).Count);
    }

    public static TheoryData<string> CueFiles => ["organization-cues.txt", "other-cues.txt", "location-cues.txt"];

    [Theory]
    [MemberData(nameof(CueFiles))]
    public void A_text_may_end_in_any_cue_word(string file)
    {
        // "Het geld ging naar Stichting": a cue with no name after it, at the very end, once read past the text.
        foreach (var cue in WordList.LoadSections(file).Values.SelectMany(list => list.Entries))
        {
            var capitalised = char.ToUpperInvariant(cue[0]) + cue[1..];
            var extraction = EntityExtractor.Default.Extract(capitalised, null, $"Het geld ging naar {capitalised}", "nl");
            Assert.NotNull(extraction.Entities);
        }
    }

    [Fact]
    public void Random_copy_made_of_the_word_lists_never_throws()
    {
        // Word salad from every list, with the punctuation copy has: the edges where one rule hands over to another.
        string[] files = ["given-names.txt", "titles.txt", "places.txt", "organizations.txt", "others.txt", "people.txt",
            "not-entities.txt", "sentence-starters-nl.txt", "sentence-starters-en.txt"];
        var words = files.SelectMany(WordList.Lines).Where(l => !l.StartsWith('#'))
            .Concat(new[] { "organization-cues.txt", "other-cues.txt", "location-cues.txt" }.SelectMany(f => WordList.LoadSections(f).Values.SelectMany(l => l.Entries)))
            .Concat(["van", "de", "der", "ter", "en", "and", "&", "of", "the", "'s", "-", "(ANP) -", "\"", "'", ",", ".", ":", "\n\n", "Zelensky's"])
            .ToArray();
        var random = new Random(2026);
        for (var i = 0; i < 3_000; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => words[random.Next(words.Length)]));
            if (random.Next(2) == 0) text = text.ToUpperInvariant()[..Math.Min(text.Length, 12)] + " (ANP) - " + text;
            var extraction = EntityExtractor.Default.Extract(text[..Math.Min(text.Length, 80)], null, text, random.Next(2) == 0 ? "nl" : "en");
            Assert.All(extraction.Entities, e => Assert.True(e.Name.Length is > 0 and <= 200, text));
        }
    }

    [Theory]
    [InlineData("Het bleek gisteren. Strateeg Diederik Bogaert reageerde.", "Diederik Bogaert")]
    [InlineData("Epidemioloog Jan de Wit waarschuwt.", "Jan de Wit")]
    public void A_capitalised_sentence_start_before_a_first_name_is_not_part_of_the_name(string body, string name)
    {
        var person = Assert.Single(Entities(body), e => e.Type == EntityType.Person);

        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("(ANP) - Ook Diederik Bogaert reageerde dinsdag.", "Diederik Bogaert")]
    [InlineData("Hurricane Gerald on Wednesday hit the coast.", "Hurricane Gerald")]
    public void Copy_openings_and_days_are_not_part_of_a_name(string body, string name)
    {
        var names = Entities(body, body.StartsWith('(') ? "nl" : "en").Select(e => e.Name).ToList();

        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.Length > name.Length && n.Contains(name));
    }
}
