using ArticleApi.Bench.Generator.Names;

namespace ArticleApi.Bench.Generator;

/// <summary>Combines name parts into plausible people, places, organizations and events; may repeat, the builder dedupes.</summary>
internal sealed class InventedNames(RandomSource random)
{
    public PoolEntity Person(string type) => random.Chance(0.6)
        ? PoolEntity.Person(random.Pick(GivenNames.Dutch), random.Pick(Surnames.Dutch))
        : PoolEntity.Person(random.Pick(GivenNames.International), random.Pick(Surnames.International));

    /// <summary>A given name and surname for a byline, Dutch or international.</summary>
    public string Reporter(bool dutch) => dutch
        ? random.Pick(GivenNames.Dutch) + " " + random.Pick(Surnames.Dutch)
        : random.Pick(GivenNames.International) + " " + random.Pick(Surnames.International);

    public PoolEntity Place(string type) => Plain(type, random.Next(100) switch
    {
        < 50 => DutchPlace(),
        < 63 => Join(PlaceSyllables.EnglishStems, PlaceSyllables.EnglishEndings),
        < 76 => Join(PlaceSyllables.SlavicStems, PlaceSyllables.SlavicEndings),
        < 88 => Join(PlaceSyllables.NordicStems, PlaceSyllables.NordicEndings),
        _ => RomancePlace(),
    });

    public PoolEntity Organization(string type) => Plain(type, random.Next(100) switch
    {
        < 40 => PoolEntity.CapitalizeFirst(random.Pick(AllSurnames)) + " " + random.Pick(OrganizationParts.BusinessWords),
        < 65 => random.Pick(OrganizationParts.BrandStems) + " " + random.Pick(OrganizationParts.BusinessWords),
        < 95 => string.Format(random.Pick(OrganizationParts.InstitutionFormats), TownForInstitution()),
        _ => random.Pick(CauseHeads) + " " + random.Pick(OrganizationParts.CauseWords),
    });

    public PoolEntity Other(string type)
    {
        var roll = random.Next(100);
        if (roll < 20)
        {
            var product = random.Pick(OrganizationParts.BrandStems) + " " + random.Pick(OtherEntityParts.ModelCodes);
            return Plain(type, product);
        }
        var (formats, filler) = roll switch
        {
            < 35 => (OtherEntityParts.GivenNameEvents, random.Pick(random.Chance(0.5) ? GivenNames.Dutch : GivenNames.International)),
            < 45 => (OtherEntityParts.CodeWordEvents, random.Pick(OtherEntityParts.CodeWords)),
            < 65 => (OtherEntityParts.SurnameEvents, PoolEntity.CapitalizeFirst(random.Pick(AllSurnames))),
            _ => (OtherEntityParts.PlaceEvents, TownForInstitution()),
        };
        return PoolEntity.FromNotation(type, string.Format(random.Pick(formats), filler));
    }

    private string DutchPlace()
    {
        var core = Join(PlaceSyllables.DutchStems, PlaceSyllables.DutchEndings);
        return random.Chance(0.3) ? random.Pick(PlaceSyllables.DutchPrefixes) + core : core;
    }

    private string RomancePlace()
    {
        var head = random.Pick(PlaceSyllables.RomanceHeads);
        var tail = random.Pick(PlaceSyllables.RomanceTails);
        return head.EndsWith('-') ? head + tail : head + " " + tail;
    }

    private string TownForInstitution() => random.Chance(0.3) ? random.Pick(RealPlaces.DutchTowns) : DutchPlace();

    private string Join(string[] stems, string[] endings) => random.Pick(stems) + random.Pick(endings);

    private static PoolEntity Plain(string type, string name) => PoolEntity.FromNotation(type, name);

    private static readonly string[] CauseHeads = ["Stichting", "Vereniging", "Platform", "Actiegroep", "Coalitie"];

    private static readonly string[] AllSurnames = [.. Surnames.Dutch, .. Surnames.International];
}
