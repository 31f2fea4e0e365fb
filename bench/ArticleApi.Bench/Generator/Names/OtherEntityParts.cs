namespace ArticleApi.Bench.Generator.Names;

/// <summary>Events, agreements, products and other named things that are neither people, organizations nor places.</summary>
internal static class OtherEntityParts
{
    public static readonly string[] Famous = RankedWords.Split("""
        de Olympische Spelen|the Olympic Games, het WK voetbal|the World Cup, de Tour de France|the Tour de France, het Eurovisie Songfestival|the Eurovision Song Contest,
        de Champions League|the Champions League, Prinsjesdag, Koningsdag|King's Day, de brexit|Brexit, Covid-19, het Klimaatakkoord van Parijs|the Paris Agreement,
        de Formule 1|Formula One, de Elfstedentocht|the Elfstedentocht, de Oscars|the Oscars, de Nobelprijs voor de Vrede|the Nobel Peace Prize, Black Friday,
        Ramadan, Kerstmis|Christmas, Pasen|Easter, Bitcoin, Wimbledon, Roland Garros, de Eredivisie|the Eredivisie, de Premier League|the Premier League,
        de Bundesliga|the Bundesliga, de Europa League|the Europa League, de Giro d'Italia|the Giro d'Italia, de Vuelta|the Vuelta, de Amstel Gold Race|the Amstel Gold Race, de Ronde van Vlaanderen|the Tour of Flanders,
        Parijs-Roubaix|Paris-Roubaix, Dodenherdenking|Remembrance Day, Bevrijdingsdag|Liberation Day, Sinterklaas,
        de Holocaust|the Holocaust, de Tweede Wereldoorlog|the Second World War, de Koude Oorlog|the Cold War, het Marshallplan|the Marshall Plan,
        de Schengenzone|the Schengen area, de Green Deal|the Green Deal, de Stikstofwet|the Nitrogen Act, de Toeslagenaffaire|the childcare benefits scandal,
        de Groningse gaswinning|Groningen gas extraction, de Deltawerken|the Delta Works, de Afsluitdijk|the Afsluitdijk, de Noord/Zuidlijn|the Noord/Zuidlijn,
        Lowlands, Pinkpop, North Sea Jazz, Mobile World Congress, Davos, COP29, COP30, ChatGPT, iPhone
        """);

    public static readonly string[] CodeWords = RankedWords.Split("""
        Zeeleeuw, Noorderlicht, Dageraad, Kompas, Wervelwind, Bliksem, Sneeuwval, Rode Draad, Stormvogel, Horizon,
        Lighthouse, Ironclad, Northwind, Granite, Sentinel, Bluewater, Nightjar, Evergreen, Silver Arrow, Thunderbird,
        Aurora, Basilisk, Cerberus, Daedalus, Equinox, Firebird, Gemini, Hydra, Icarus, Juno, Kestrel, Lynx, Mercury,
        Nemesis, Odyssey, Phoenix, Quasar, Raven, Solstice, Trident, Ursa, Valkyrie, Wolverine, Zephyr, Tijdgeest,
        Meeuw, Reiger, Ooievaar, Kievit, Grutto, Tureluur, Fuut, Havik, Buizerd, Sperwer, Zwaluw, Merel, Lijster
        """);

    public static readonly string[] ModelCodes = RankedWords.Split("""
        X1, X5, S7, Pro, Max, Mini, One, Neo, Air, Ultra, 500, 900, GT, Edge, Core, Prime, Lite, Plus, Series 3, Mark II
        """);

    public static readonly string[] GivenNameEvents = RankedWords.Split("Storm {0}, Orkaan {0}|Hurricane {0}");

    public static readonly string[] CodeWordEvents = RankedWords.Split("Operatie {0}|Operation {0}, Project {0}, Plan {0}, Missie {0}|Mission {0}");

    public static readonly string[] PlaceEvents = RankedWords.Split("""
        {0} Open, {0} Festival, {0} Marathon, {0} Grand Prix, {0}-akkoord|{0} Accord, {0}-top|{0} Summit,
        Proces van {0}|{0} trial, Ramp van {0}|{0} disaster
        """);

    public static readonly string[] SurnameEvents = RankedWords.Split("Rapport-{0}|{0} Report, Wet-{0}|{0} Act, Commissie-{0}|{0} Commission");
}
