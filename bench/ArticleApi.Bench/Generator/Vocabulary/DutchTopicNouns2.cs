namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>Dutch nouns per news desk, with article, most frequent first: climate, health, technology, transport, culture.</summary>
internal static class DutchTopicNouns2
{
    public const string Climate = """
        het klimaat, de klimaatverandering, de opwarming, de hittegolf, de droogte, de overstroming, het hoogwater,
        de storm, de windstoot, het onweer, de hagel, de sneeuw, de gladheid, de weerswaarschuwing, het weerbericht,
        de temperatuur, de neerslag, de regenval, de zeespiegel, de dijk, de dijkversterking, de waterkering,
        de rivier, de uiterwaard, het waterpeil, de grondwaterstand, het watertekort, de bosbrand, de natuurbrand,
        de uitstoot, de CO2-uitstoot, het broeikasgas, de luchtvervuiling, het fijnstof, de stikstof,
        de stikstofuitstoot, de natuur, het natuurgebied, de biodiversiteit, de insectensterfte, de bij, de vogel,
        de wolf, de zeehond, de vervuiling, het plastic, het zwerfafval, de recycling, de circulaire economie,
        de energietransitie, de windmolen, het windpark, het zonnepark, het zonnepaneel, de warmtepomp, de isolatie,
        het warmtenet, de waterstof, de kerncentrale, de kolencentrale, de gaswinning, de aardbeving,
        de elektrische auto, de laadpaal, het klimaatdoel, het klimaatakkoord, de klimaattop, de klimaatwet,
        de klimaatzaak, de klimaatactivist, de actiegroep, de CO2-heffing, de emissiehandel, het emissierecht,
        de bosaanplant, de herbebossing, de ontbossing, de zeespiegelstijging, de gletsjer, het poolijs,
        de permafrost, de moesson, de orkaan, de tyfoon, de tornado, de cycloon, de aardverschuiving,
        de modderstroom, het noodweer, de kou, de vorst, de dooi, de lente, de zomer, de herfst, de winter,
        de zon, de wind, de mist, de luchtkwaliteit, de waterkwaliteit, de zwemlocatie, de blauwalg, het meetstation,
        het meetpunt, de weerman, de meteoroloog, het weerstation, de hittestress, de verdroging, de bodemdaling,
        de verzilting, de zandsuppletie, de kustlijn, het duingebied, het waddengebied, de broedvogel, de trekvogel,
        de boomkikker, het veenweidegebied, de mestproductie, de veestapel, de uitkoopregeling, de natuurvergunning
        """;

    public const string Health = """
        de zorg, de gezondheidszorg, het ziekenhuis, de huisarts, de arts, de verpleegkundige, de specialist,
        de patiënt, de wachtlijst, de wachttijd, de operatie, de behandeling, de diagnose, de ziekte, de kanker,
        de hartziekte, de diabetes, de dementie, de griep, het griepvirus, het coronavirus, de besmetting,
        de uitbraak, de epidemie, de pandemie, het vaccin, de vaccinatie, de prik, de boosterprik,
        de vaccinatiegraad, de mazelenuitbraak, de kinkhoest, de zorgverzekeraar, de zorgverzekering, de zorgpremie,
        het eigen risico, het basispakket, het medicijn, het geneesmiddel, het medicijntekort, de apotheek,
        de apotheker, de farmaceut, de klinische studie, de onderzoeker, de wetenschapper, de studie,
        de proefpersoon, de bijwerking, de gezondheid, de geestelijke gezondheid, de ggz, de depressie,
        de burn-out, de verslaving, het alcoholgebruik, het roken, de tabak, de vape, de obesitas, het overgewicht,
        de voeding, het suikergehalte, de beweging, de leefstijl, de preventie, de screening,
        het bevolkingsonderzoek, de borstkanker, de longkanker, de zorgkosten, de ouderenzorg, het verpleeghuis,
        de thuiszorg, de mantelzorg, de mantelzorger, de jeugdzorg, de ambulance, de ambulancedienst,
        de spoedeisende hulp, de intensive care, het ic-bed, de capaciteit, de werkdruk, de zorgmedewerker,
        de orgaandonatie, de donor, het bloed, de transplantatie, de euthanasie, de abortus, de ivf-behandeling,
        de geboorte, de zwangerschap, de kraamzorg, de levensverwachting, de sterfte, het sterftecijfer,
        de gezondheidsraad, het protocol, de richtlijn, de hygiëne, de bacterie, de resistentie, het antibioticum,
        de infectie, de quarantaine, het mondkapje, de huisartsenpost, de polikliniek, de verpleegafdeling,
        de ziekenhuisopname, de zorgbonus, de chirurg, de anesthesist, de psychiater, de psycholoog,
        de fysiotherapeut, de tandarts, de verloskundige, de zorgcoördinator, de eenzaamheid
        """;

    public const string Technology = """
        de technologie, de kunstmatige intelligentie, het algoritme, de chatbot, het taalmodel, de software,
        de app, de update, het besturingssysteem, de smartphone, de laptop, de computer, de chip, de chipmachine,
        de halfgeleider, de processor, de server, het datacenter, de cloud, de opslag, de data, het datalek,
        de hack, de cyberaanval, de ransomware, de gijzelsoftware, de beveiliging, het beveiligingslek,
        de kwetsbaarheid, het wachtwoord, de encryptie, de gegevensbescherming, de privacywet, het platform,
        het socialemediaplatform, de influencer, de gebruiker, het account, de advertentie, het verdienmodel,
        de zoekmachine, de webshop, de streamingdienst, het abonnement, de game, de gamer, de spelcomputer,
        de virtuele realiteit, de robot, de drone, de zelfrijdende auto, de batterij, de accu, de zendmast,
        het glasvezelnetwerk, het internet, de storing, de netwerkstoring, de telecomprovider, de provider,
        de techsector, het techbedrijf, de techgigant, de start-up, de innovatie, de uitvinding, het patent,
        de octrooiaanvraag, de ontwikkelaar, de programmeur, de broncode, de quantumcomputer, de supercomputer,
        de satelliet, de ruimtevaart, de lancering, de ruimtesonde, het ruimtestation, de astronaut, de telescoop,
        de digitalisering, de automatisering, de deepfake, de moderatie, de contentmoderatie, de digitale dienst,
        het cookie, de tracking, de gezichtsherkenning, de biometrie, de camera, het scherm, de chipfabriek,
        het exportverbod, de exportvergunning, de rekenkracht, het netwerk, de verbinding, de wifi, de sensor,
        het apparaat, de slimme meter, de 3D-printer, de blockchain, de cryptomunt, de wallet, de betaalapp,
        de digitale euro, de inlogcode, de tweestapsverificatie, het beveiligingsteam, de ethische hacker,
        het softwarebedrijf, de appwinkel, de ontwikkelomgeving, de dataset, de trainingsdata
        """;

    public const string Transport = """
        het verkeer, de file, de spits, de snelweg, de weg, de rijbaan, de afslag, de brug, de tunnel,
        de wegwerkzaamheden, de afsluiting, de omleiding, het ongeluk, de aanrijding, de kettingbotsing,
        de vrachtwagen, de bestelbus, de auto, de automobilist, de fietser, de voetganger, de scooter, de e-bike,
        de fiets, het fietspad, de verkeersveiligheid, het verkeersslachtoffer, de maximumsnelheid, de flitspaal,
        de trajectcontrole, de trein, de spoorlijn, het spoor, de treinstoring, de seinstoring, de wisselstoring,
        de dienstregeling, de vertraging, de reiziger, de conducteur, de machinist, het station, het perron,
        de intercity, de sprinter, de ov-chipkaart, het openbaar vervoer, de bus, de tram, de metro, de veerpont,
        de veerboot, het vliegveld, de luchthaven, de vlucht, het vliegtuig, de piloot, de luchtvaartmaatschappij,
        de landingsbaan, de nachtvlucht, de geluidsoverlast, de luchtvaart, het cabinepersoneel, de bagage,
        de douanecontrole, de wachtrij, het ticket, de ticketprijs, de vliegtaks, de scheepvaart, het schip,
        het vrachtschip, de binnenvaart, de sluis, de vaarweg, de containerterminal, de logistiek, de bezorging,
        de pakketbezorger, de koerier, de taxi, de taxichauffeur, de deelauto, de deelscooter, de parkeerplaats,
        het parkeertarief, de parkeergarage, de tolweg, de kilometerheffing, de wegenbelasting, de brandstof,
        de laadinfrastructuur, de infrastructuur, de aanleg, de verbreding, de spoorverdubbeling,
        de hogesnelheidslijn, de nachttrein, het rijbewijs, het rijexamen, de apk, de terugroepactie,
        de veiligheidsinspectie, de verkeersregelaar, het verkeerslicht, de rotonde, de kruising, de overweg,
        de spoorwegovergang, de vrachtwagenchauffeur, de busmaatschappij, de ov-concessie, de stationshal,
        de fietsenstalling, de snelfietsroute, de ringweg, de vluchtstrook, de pechhulp, de bergingsdienst,
        de verkeerscentrale, het matrixbord, de spitsstrook, de verkeersdrukte, de vakantiedrukte
        """;

    public const string Culture = """
        de cultuur, het museum, de tentoonstelling, de expositie, het schilderij, de kunstenaar, het kunstwerk,
        de veiling, de collectie, de restauratie, het erfgoed, het monument, het theater, de voorstelling,
        de première, het concert, de tournee, het festival, de band, de zanger, de zangeres, het album, de single,
        de hitlijst, de film, de regisseur, de acteur, de actrice, de bioscoop, de serie, de omroep, het programma,
        de presentator, de talkshow, het boek, de roman, de schrijver, de schrijfster, de dichter, de uitgeverij,
        de boekhandel, de literatuurprijs, de prijs, de onderscheiding, de jury, de genomineerde, de winnaar,
        de recensie, de criticus, het koningshuis, de koning, de koningin, de prinses, de prins, het staatsbanket,
        het lintje, de lintjesregen, de mode, de modeshow, de ontwerper, het design, de architectuur,
        de architect, het gebouw, de kathedraal, de kerk, de moskee, de synagoge, de religie,
        de geloofsgemeenschap, de paus, de bisschop, de traditie, het feest, de viering, de herdenking,
        de optocht, het carnaval, de kermis, de dierentuin, het pretpark, de attractie, de toerist, het toerisme,
        de bezoeker, het bezoekersaantal, de kaartverkoop, het cultuurbudget, de podiumkunst, de dans, het ballet,
        de opera, het orkest, de dirigent, de componist, de fotograaf, de fotografie, de journalist,
        de journalistiek, de krant, het tijdschrift, de podcast, de documentaire, de ophef, de bibliotheek,
        het archief, de schenking, de bruikleen, de conservator, de galerie, het atelier, de beeldhouwer,
        het beeld, het fresco, de meester, het meesterwerk, de kunstroof, de vervalsing, de acteursprijs,
        het filmfestival, de soundtrack, de streamingserie, de musical, de cabaretier, de oudejaarsconference
        """;
}
