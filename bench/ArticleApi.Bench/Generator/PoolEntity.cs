namespace ArticleApi.Bench.Generator;

/// <summary>
/// One named thing in the pool. Famous places and institutions have a Dutch and an English form; the running-text
/// form may add an article ("de Verenigde Staten", "the United States") that the entity name leaves out.
/// </summary>
internal sealed class PoolEntity(string type, NameForm dutchForm, NameForm englishForm)
{
    public string Type { get; } = type;

    public bool SameInBothLanguages { get; } = dutchForm.Name == englishForm.Name;

    public NameForm Form(bool inDutch) => inDutch ? dutchForm : englishForm;

    public static PoolEntity Person(string givenName, string surname)
    {
        var name = givenName + " " + surname;
        var form = new NameForm(name, name, CapitalizeFirst(surname));
        return new PoolEntity(EntityTypes.Person, form, form);
    }

    /// <summary>From "Dutch|English" notation, each optionally led by "de ", "het " or "the ".</summary>
    public static PoolEntity FromNotation(string type, string notation)
    {
        var bar = notation.IndexOf('|');
        var dutch = FromText(bar < 0 ? notation : notation[..bar]);
        var english = bar < 0 ? dutch : FromText(notation[(bar + 1)..]);
        return new PoolEntity(type, dutch, english);
    }

    /// <summary>Dutch surnames stand alone with a capital particle: "Jan van der Meer", later "Van der Meer".</summary>
    public static string CapitalizeFirst(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) || !char.IsLetter(text[0])
            ? text
            : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    private static NameForm FromText(string text)
    {
        foreach (var article in LeadingArticles)
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                var name = text[article.Length..];
                return new NameForm(name, text, name);
            }
        }
        return new NameForm(text, text, text);
    }

    private static readonly string[] LeadingArticles = ["de ", "het ", "the "];
}

/// <summary>Name: as listed with the article; Text: as first written in copy; Short: later mentions and headlines.</summary>
internal sealed record NameForm(string Name, string Text, string Short);

internal static class EntityTypes
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Location = "location";
    public const string Other = "other";
}
