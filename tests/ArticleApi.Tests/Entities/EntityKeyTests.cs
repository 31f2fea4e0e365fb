using System.Text.RegularExpressions;
using ArticleApi.Articles;
using ArticleApi.Common.Text;
using ArticleApi.Entities;
using ArticleApi.Tests.Infrastructure;
using Npgsql;

namespace ArticleApi.Tests.Entities;

public sealed class EntityKeyTests
{
    [Theory]
    [InlineData(EntityType.Person, "Volodymyr Zelensky", "person:volodymyr-zelensky")]
    [InlineData(EntityType.Person, "Caroline van der Plas", "person:caroline-van-der-plas")]
    [InlineData(EntityType.Organization, "AT&T", "organization:at-t")]
    [InlineData(EntityType.Location, "Den Haag", "location:den-haag")]
    [InlineData(EntityType.Location, "'s-Hertogenbosch", "location:s-hertogenbosch")]
    [InlineData(EntityType.Location, "Oekraïne", "location:oekraine")]
    [InlineData(EntityType.Location, "OEKRAÏNE", "location:oekraine")]
    [InlineData(EntityType.Person, "Zelens'kyi", "person:zelens-kyi")]
    [InlineData(EntityType.Person, "  Keir   Starmer ", "person:keir-starmer")]
    [InlineData(EntityType.Other, "--Tour de France!", "other:tour-de-france")]
    [InlineData(EntityType.Person, "Владимир Путин", "person:владимир-путин")]
    [InlineData(EntityType.Other, "G7-top 2025", "other:g7-top-2025")]
    public void A_key_is_the_type_and_the_folded_name_in_letters_digits_and_single_hyphens(EntityType type, string name, string key)
    {
        Assert.Equal(key, EntityKey.Of(type, name));
        Assert.True(EntityKey.IsWellFormed(key));
    }

    [Theory]
    [InlineData("Volodymyr Zelensky", "volodymyr zelensky", "VOLODYMYR ZELENSKY", "Volodymyr  Zelensky")]
    [InlineData("AT&T", "AT-T", "AT & T", "at&t")]
    [InlineData("Zelenský", "Zelensky", "ZELENSKÝ", "Zelensky")]
    public void Names_that_differ_only_in_case_accents_spacing_or_punctuation_share_a_key(string a, string b, string c, string d)
    {
        var key = EntityKey.Of(EntityType.Person, a);

        Assert.All([b, c, d], name => Assert.Equal(key, EntityKey.Of(EntityType.Person, name)));
    }

    [Fact]
    public void The_same_name_of_different_types_has_different_keys()
    {
        Assert.NotEqual(EntityKey.Of(EntityType.Location, "Washington"), EntityKey.Of(EntityType.Person, "Washington"));
    }

    [Theory]
    [InlineData("person:volodymyr-zelensky", true)]
    [InlineData("organization:at-t", true)]
    [InlineData("location:владимир", true)]
    [InlineData("other:g7", true)]
    [InlineData("person:", false)]
    [InlineData(":zelensky", false)]
    [InlineData("zelensky", false)]
    [InlineData("people:zelensky", false)]
    [InlineData("Person:zelensky", false)]
    [InlineData("person:Zelensky", false)]
    [InlineData("person:volodymyr zelensky", false)]
    [InlineData("person:volodymyr--zelensky", false)]
    [InlineData("person:-zelensky", false)]
    [InlineData("person:zelensky-", false)]
    [InlineData("person:zelenský", false)]
    [InlineData("person:at&t", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_keys_as_EntityKey_writes_them_are_well_formed(string? key, bool wellFormed)
    {
        Assert.Equal(wellFormed, EntityKey.IsWellFormed(key));
    }

    [Fact]
    public void A_key_longer_than_300_characters_is_not_well_formed()
    {
        Assert.True(EntityKey.IsWellFormed("person:" + new string('a', 293)));
        Assert.False(EntityKey.IsWellFormed("person:" + new string('a', 294)));
    }

    [Theory]
    [MemberData(nameof(TrickyNames))]
    public void Every_keyable_name_makes_a_well_formed_key_that_slugging_again_leaves_alone(string name)
    {
        var slug = EntityKey.Slug(name);

        Assert.Equal(slug, EntityKey.Slug(slug));
        Assert.Equal(EntityKey.CanKey(name), EntityKey.IsWellFormed(EntityKey.Of(EntityType.Other, name)));
    }

    public static TheoryData<string> TrickyNames => [.. Tricky];

    private static readonly string[] Tricky =
    [
        "\u037A", "\uFE70", // letters that fold to a space and a mark, and so to nothing
        "Volodymyr Zelensky", "Oekraïne", "Oekrai\u0308ne", "AT&T", "AT-T", "Zelens'kyi", "Zelens’kyi", "D’Alema", "'s-Hertogenbosch",
        "Jean‑Luc Mélenchon", "Straße", "Łódź", "Søren Kierkegaard", "Çağlayan", "İstanbul", "Ærø", "Œuvre", "ǅemal",
        "习近平", "Владимир Путин", "КИЇВ", "محمد بن سلمان", "נתניהו", "Ελλάδα", "서울", "東京", "กรุงเทพมหานคร", "देवनागरी",
        "٣٤ Arabic digits", "G7", "2025", "F-35", "x²", "①②", "Ⅻ", "ﬁnance", "½",
        "--Tour de France!", "...", "(VVD)", "“Quoted”", "«Libération»", "a_b", "snake_case_name", "Tab\tand\nnew line",
        "Zero\u200Bwidth", "Joiner\u200Dhere", "Soft\u00ADhyphen", "NBSP\u00A0name", "Emoji 🇺🇦 name", "Math 𝐀𝐁", "ʻOkina", "e\u0301",
    ];

    /// <summary>
    /// The SQL twin from migration 0003 (dropped at its end, so its body is run directly): it must key every
    /// stored name as the API does, or backfilled entities would not be found by the keys the API computes.
    /// </summary>
    [Fact]
    public async Task The_migrations_SQL_twin_makes_the_same_keys_as_EntityKey()
    {
        var expression = SqlTwinExpression();
                var types = Enum.GetValues<EntityType>();
        var cases = Tricky.SelectMany(n => types.Select(t => (Type: t, Name: n))).ToArray();

        var database = await TestDatabases.CreateAsync();
        try
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"SELECT {expression} FROM unnest(@types, @name_keys) WITH ORDINALITY AS c (type, name_key, n) ORDER BY n", connection);
            command.Parameters.AddWithValue("types", cases.Select(c => c.Type.ToDatabase()).ToArray());
            command.Parameters.AddWithValue("name_keys", cases.Select(c => TextFolding.Fold(c.Name)).ToArray());
            var sqlKeys = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) sqlKeys.Add(reader.GetString(0));

            Assert.Equal(cases.Length, sqlKeys.Count);
            var differences = cases.Zip(sqlKeys)
                .Where(x => x.Second != EntityKey.Of(x.First.Type, x.First.Name))
                .Select(x => $"{x.First.Name}: C# {EntityKey.Of(x.First.Type, x.First.Name)}, SQL {x.Second}")
                .ToList();
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }
        finally
        {
            await TestDatabases.DropAsync(database);
        }
    }

    /// <summary>The expression entity_key(type, name_key) returns, as migration 0003 defines it.</summary>
    private static string SqlTwinExpression()
    {
        var assembly = typeof(EntityKey).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".0003_entities.sql"));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var match = Regex.Match(reader.ReadToEnd(), @"CREATE FUNCTION entity_key\(type text, name_key text\)[^;]*?\bRETURN\s+(?<expression>[^;]+);");
        Assert.True(match.Success, "Migration 0003 no longer defines entity_key(type, name_key) as a single RETURN expression.");
        return match.Groups["expression"].Value.Trim();
    }

    [Theory]
    [InlineData("\uFDFA")] // folds to 18 letters and spaces
    [InlineData("\u3300")] // "アパート"
    [InlineData("\U0001D400")] // a letter outside the BMP, so the cut could split a surrogate pair
    public void A_name_folding_to_more_than_a_key_holds_still_makes_a_well_formed_key(string letter)
    {
        var name = string.Concat(Enumerable.Repeat(letter + "a", 100));

        var key = EntityKey.Of(EntityType.Organization, name);

        Assert.True(EntityKey.IsWellFormed(key), key);
        Assert.Equal(key, EntityKey.Of(EntityType.Organization, name));
    }
}
