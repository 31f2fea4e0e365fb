namespace ArticleApi.Bench.Generator;

/// <summary>The agencies in the feed, largest first. Shares add up to 1,000‰; about 55% of all copy is Dutch.</summary>
internal static class Agencies
{
    private const char Straight = '"';

    public static readonly Agency[] All = Number(
    [
        new("ANP", 350, 1.00, "ANP", Wire("ANP", HomeCountry.Netherlands), Straight, Straight, 0.20, 0.50, 0),
        new("Reuters", 180, 0.08, "RTR", Wire("Reuters"), Straight, Straight, 0.60, 0.82, 0),
        new("AP", 120, 0.03, "AP", new DatelineStyle(true, " (AP) — ", "(AP) — ", HomeCountry.None), Straight, Straight, 0.65, 0.82, 5),
        new("dpa", 80, 0.20, "DPA", new DatelineStyle(false, " (dpa) - ", "(dpa) - ", HomeCountry.None), '“', '”', 0.30, 0.82, 0),
        new("AFP", 70, 0.10, "AFP", Wire("AFP"), '“', '”', 0.35, 0.82, 0),
        new("Belga", 50, 0.90, "BELGA", Wire("BELGA", HomeCountry.Belgium), '“', '”', 0.25, 0.82, 0),
        new("Bloomberg", 40, 0.00, "BBG", new DatelineStyle(true, " (Bloomberg) -- ", "(Bloomberg) -- ", HomeCountry.None), Straight, Straight, 0.90, 0.82, 3),
        new("NOS", 30, 1.00, "NOS", Newsroom(), '“', '”', 0.40, 0.82, 0),
        new("RTL Nieuws", 30, 1.00, "RTL", Newsroom(), '“', '”', 0.40, 0.82, 0),
        new("NU.nl", 20, 1.00, "NU", Newsroom(), Straight, Straight, 0.45, 0.82, 0),
        new("de Volkskrant", 20, 1.00, "VK", Newsroom(), '‘', '’', 0.85, 0.82, 0),
        new("NRC", 10, 1.00, "NRC", Newsroom(), '‘', '’', 0.90, 0.82, 0),
    ]);

    public static readonly WeightedIndex Shares = BuildShares();

    private static DatelineStyle Wire(string tag, HomeCountry home = HomeCountry.None) => new(true, $" ({tag}) - ", $"({tag}) - ", home);

    // Broadcasters and papers put only the place in front.
    private static DatelineStyle Newsroom() => new(true, " - ", "", HomeCountry.Netherlands);

    private static Agency[] Number(Agency[] agencies)
    {
        for (var i = 0; i < agencies.Length; i++) agencies[i] = agencies[i] with { Index = i };
        return agencies;
    }

    private static WeightedIndex BuildShares()
    {
        Span<int> shares = stackalloc int[All.Length];
        for (var i = 0; i < All.Length; i++) shares[i] = All[i].SharePerMille;
        return WeightedIndex.FromInts(shares);
    }
}
