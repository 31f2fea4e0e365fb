namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>
/// Dutch sentence patterns. {E} is the entity the sentence is about; see Template for the other placeholders.
/// Verbs are past participles, so patterns use them after "is", "wordt" or "heeft".
/// </summary>
internal static class DutchTemplates
{
    public static readonly string[] Person =
    [
        "{R} {E} {SAY} {DAY} dat {N} wordt {V}.",
        "Volgens {R} {E} is {N} {WHEN} {V}.",
        "{R} {E} heeft {N} {V}.",
        "{E} ({AGE}) wil dat {N} {SOON} wordt {V}.",
        "Daarbij speelde {E} ({AGE}) een {A} rol.",
        "Het was de eerste keer dat {E} zich publiekelijk uitsprak over {N}.",
        "{Q,} {SAY} {R} {E}.",
        "{E}, die als {R} betrokken is bij {N}, {SAY} dat {G} nog niet is {V}.",
        "Ook {E} reageerde {DAY} op {N}.",
        "{E} wilde niet ingaan op vragen over {N}.",
        "Gevraagd naar {N} {SAY} {E} dat {G} {SOON} wordt {V}.",
        "{E} pleit al langer voor {G} en {N}.",
        "{R} {E} noemde {N} {DAY} een {A} ontwikkeling voor {G}.",
        "{E} ({AGE}) kreeg {WHEN} veel kritiek vanwege {N}.",
    ];

    public static readonly string[] Organization =
    [
        "{E} {SAY} {DAY} dat {N} is {V}.",
        "Een woordvoerder van {E} bevestigde dat {N} wordt {V}.",
        "Bij {E} werken ongeveer {COUNT} mensen.",
        "{E} wilde niet reageren op vragen over {N}.",
        "{E} kondigde aan {MONEY} te investeren in {N}.",
        "Volgens {E} is {G} met {PCT} gestegen ten opzichte van een jaar eerder.",
        "Volgens een woordvoerder van {E} is {N} nog niet {V}.",
        "Ook {E} is betrokken bij {N}.",
        "{E} heeft {N} {WHEN} {V}.",
        "Binnen {E} wordt al maanden gesproken over {N}.",
        "{E} maakte {DAY} bekend dat {G} wordt {V}.",
        "De plannen van {E} voor {N} stuiten op verzet bij {GS}.",
        "{E} liet in een verklaring weten dat {N} {SOON} wordt {V}.",
    ];

    public static readonly string[] Location =
    [
        "In {E} is {N} {DAY} {V}.",
        "Ook in {E} werd {G} {V}.",
        "In {E} gingen {DAY} honderden mensen de straat op uit protest tegen {N}.",
        "Het incident vond plaats in {E}, waar {N} eerder al was {V}.",
        "De autoriteiten in {E} hebben {N} {V}.",
        "{E} is niet de eerste plek waar {N} wordt {V}.",
        "Ook vanuit {E} kwamen reacties op {N}.",
        "Inwoners van {E} maken zich zorgen over {N}.",
        "In {E} wordt {N} al sinds {WHEN} {V}.",
        "Rond {E} geldt sinds {DAY} een {A} situatie vanwege {N}.",
        "De gevolgen van {N} zijn vooral in {E} merkbaar.",
        "In en rond {E} leidde {N} tot {A} vragen.",
    ];

    public static readonly string[] Other =
    [
        "De kwestie rond {E} speelt al langer.",
        "Ook {E} kwam ter sprake in het debat over {N}.",
        "Rond {E} werden {DAY} extra maatregelen genomen.",
        "Eerder dit jaar leidde {E} al tot discussie over {N}.",
        "Volgens {GS} hangt {E} nauw samen met {N}.",
        "{E} staat {SOON} opnieuw op de agenda.",
        "In aanloop naar {E} is {N} {V}.",
        "Na {E} werd {G} {V}.",
        "De ervaringen met {E} spelen een rol bij {N}.",
    ];

    public static readonly string[] Fillers =
    [
        "Over {N} wordt al {NUM} jaar gediscussieerd.",
        "Het gaat om {N}, die volgens {GS} {WHEN} is {V}.",
        "Critici wijzen op {N} en {G}.",
        "Over {G} is nog geen besluit genomen.",
        "{N} moet uiterlijk {SOON} zijn {V}.",
        "Het is nog onduidelijk wanneer {N} wordt {V}.",
        "De kosten daarvan worden geschat op {MONEY}.",
        "Dat is {PCT} meer dan een jaar eerder.",
        "{GS} waarschuwen al langer voor {N}.",
        "Ook {G} speelt daarbij een rol.",
        "{N} en {G} staan {SOON} opnieuw op de agenda.",
        "In totaal zijn er {COUNT} meldingen binnengekomen over {N}.",
        "Het onderzoek naar {N} loopt nog.",
        "Een definitief besluit over {N} wordt {SOON} verwacht.",
        "{S} {SAY} verder dat {N} niet wordt {V}.",
        "{Q,} {SAY} {S}.",
        "{Q,} {SAY} {S}.",
        "{Q.}",
        "Volgens {S} is {G} {WHEN} al {V}.",
        "De cijfers laten een {A} toename zien van {N}.",
        "{N} komt op een lastig moment voor {G}.",
        "Daarmee is {N} een van de {A} onderwerpen van dit jaar.",
        "Volgens {GS} gaat het om ongeveer {COUNT} gevallen.",
        "Het ministerie wil {DAY} nog niet reageren op {N}.",
        "{GS} reageren verdeeld op {N}.",
        "Eerder werd {N} al {V}, maar dat leverde weinig op.",
        "De verwachting is dat {G} {SOON} wordt {V}.",
        "Sinds {WHEN} is het aantal klachten over {N} met {PCT} toegenomen.",
    ];

    public static readonly string[] Quotes =
    [
        "We nemen {N} zeer serieus",
        "Dit is een {A} stap voor {G}",
        "Het is duidelijk dat {N} beter moet",
        "We hebben {WHEN} al gewaarschuwd voor {N}",
        "Niemand had verwacht dat {N} zo snel zou worden {V}",
        "Voor ons is {N} geen verrassing",
        "We gaan door met {G}",
        "Er moet nu echt iets gebeuren met {N}",
        "Ik ben blij dat {N} eindelijk is {V}",
        "Dit raakt heel veel mensen",
        "We kijken naar alle opties",
        "De gevolgen van {N} zijn groot",
        "Het gaat hier om {A} vragen over {G}",
        "We hopen dat {N} {SOON} wordt {V}",
        "Er is geen snelle oplossing voor {N}",
        "We zijn altijd duidelijk geweest over {G}",
    ];

    public static readonly string[] Headlines =
    [
        "{H} wil {N} {SOON} aanpakken",
        "{H}: {N} moet beter",
        "Kritiek op {H} na ophef over {N}",
        "{H} presenteert plan voor {N}",
        "Onderzoek naar {N} rond {H}",
        "{N} leidt tot onrust bij {H}",
        "Meer geld voor {N}, zegt {H}",
        "{H} waarschuwt voor gevolgen van {N}",
        "Zorgen over {N} na besluit van {H}",
        "{H} en {H2} botsen over {N}",
        "{N} {V} na overleg met {H}",
        "{H} krijgt steun voor aanpak van {N}",
        "Veel vragen over {N} na uitspraken van {H}",
        "{H} onder vuur om {N}",
        "{PCT} meer meldingen over {N}",
        "Besluit over {N} {V}, {H} teleurgesteld",
    ];
}
