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
}
