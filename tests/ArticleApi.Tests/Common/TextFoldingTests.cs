using ArticleApi.Common.Text;

namespace ArticleApi.Tests.Common;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Oekraïne", "oekraine")]
    [InlineData("OEKRAÏNE", "oekraine")]
    [InlineData("Oekrai\u0308ne", "oekraine")]
    [InlineData("Zelenský", "zelensky")]
    [InlineData("  Keir   Starmer ", "keir starmer")]
    [InlineData("Gdańsk", "gdansk")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren Kierkegaard", "soren kierkegaard")]
    [InlineData("Çağlayan", "caglayan")]
    [InlineData("Jean‑Luc Mélenchon", "jean-luc melenchon")]
    [InlineData("D’Alema", "d'alema")]
    [InlineData("КИЇВ", "ки\u0456в")]
    public void Folds_case_accents_and_spacing(string name, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(name));
    }

    [Fact]
    public void Different_names_stay_different()
    {
        Assert.NotEqual(TextFolding.Fold("Rusland"), TextFolding.Fold("Rutland"));
        Assert.NotEqual(TextFolding.Fold("Van der Berg"), TextFolding.Fold("Vanderberg"));
    }

    [Fact]
    public void Folding_Latin_text_a_letter_at_a_time_agrees_with_normalizing_it_whole()
    {
        var letters = Enumerable.Range(0x20, 0x250 - 0x20).Concat(Enumerable.Range(0x2010, 0x60)).Select(i => ((char)i).ToString()).ToList();
        foreach (var letter in letters)
            Assert.Equal(TextFolding.FoldByNormalizing(letter), TextFolding.Fold(letter));

        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(8) == 0 ? " " : letters[random.Next(letters.Count)]));
            Assert.Equal(TextFolding.FoldByNormalizing(text), TextFolding.Fold(text));
        }
    }
}
