namespace ArticleApi.Bench.Generator.Names;

/// <summary>Pieces for invented companies, clubs and institutions.</summary>
internal static class OrganizationParts
{
    public static readonly string[] BrandStems = RankedWords.Split("""
        Noord, Zuid, Delta, Polder, Rijn, Maas, Hollandia, Nova, Vita, Sun, Blue, Green, Orion, Atlas, Aurora, Vector,
        Helix, Nimbus, Kompas, Zeeland, Vesta, Lumen, Terra, Aqua, Arca, Cobalt, Falcon, Quantum, Optima, Prisma,
        Nordic, Alpine, Baltic, Coastal, Global, United, Royal, Crown, Meridian, Summit, Pioneer, Horizon, Keystone,
        Silverline, Redwood, Ironbridge, Westhaven, Oosterhaven, Tulip, Molen, Dijkstra, Veluwe, Waddenzee, Eiland
        """);

    public static readonly string[] BusinessWords = RankedWords.Split("""
        Logistics, Holding, Bouw, Energie, Bank, Tech, Pharma, Verzekeringen, Media, Foods, Capital, Motors, Airlines,
        Systems, Groep, Vastgoed, Retail, Solutions, Chemie, Telecom, Shipping, Investments, Robotics, Biotech,
        Agri, Steel, Textiles, Mobility, Software, Labs, Partners, Industries, Transport, Zorg, Dairy, Semiconductors
        """);

    public static readonly string[] InstitutionFormats = RankedWords.Split("""
        Gemeente {0}, Ziekenhuis {0}, Universiteit {0}, Hogeschool {0}, FC {0}, SC {0}, {0} United, Politie {0},
        Brandweer {0}, Woningcorporatie {0}, Waterschap {0}, Omroep {0}, Stichting {0}, Museum {0}, Theater {0},
        {0} City, Sporting {0}, Haven van {0}, Veiligheidsregio {0}, Rechtbank {0}
        """);

    public static readonly string[] CauseWords = RankedWords.Split("""
        Vrij Nederland, Schone Lucht, Open Data, Kinderrechten, Dierenwelzijn, Betaalbaar Wonen, Veilig Verkeer,
        Groene Stad, Digitale Rechten, Vrije Pers, Eerlijke Handel, Klimaatjustitie, Zorg Dichtbij, Stille Wateren,
        Noordzee Natuur, Fietsersbelang, Erfgoed, Leesbevordering, Jeugdzorg, Armoedebestrijding
        """);
}
