namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>Dutch words used across desks, most frequent first. Adjectives are in the form used after "de"/"het".</summary>
internal static class DutchWords
{
    public const string GeneralNouns = """
        de situatie, het probleem, de oplossing, de vraag, het antwoord, het besluit, de beslissing, de maatregel,
        de regel, de regeling, het plan, het voorstel, de aanpak, de kwestie, de discussie, de zorg, het risico,
        de kans, het gevolg, de oorzaak, het resultaat, de uitkomst, de ontwikkeling, de verandering, de verbetering,
        de verslechtering, de stijging, de daling, de toename, de afname, het aantal, het bedrag, de kostenpost,
        het budget, het geld, de financiering, de steun, de hulp, de samenwerking, het overleg, het gesprek,
        de vergadering, de afspraak, de overeenkomst, de toezegging, de belofte, de eis, de voorwaarde, de wens,
        het doel, de ambitie, de strategie, de visie, de keuze, het alternatief, de prioriteit, de toekomst,
        het verleden, de geschiedenis, de periode, het moment, de termijn, de deadline, de start, het begin,
        het einde, de afloop, het verloop, de fase, de stap, de poging, de test, de proef, het experiment,
        de pilot, de evaluatie, het rapport, de analyse, het cijfer, de statistiek, de meting, de schatting,
        de berekening, de conclusie, de aanbeveling, het advies, de waarschuwing, het bericht, het nieuws,
        de informatie, de verklaring, de reactie, de opmerking, de brief, de petitie, de actie, het initiatief,
        het project, de organisatie, de instelling, de instantie, de overheid, de gemeente, de regio, het land,
        de stad, het dorp, de wijk, de buurt, de straat, het gebied, de omgeving, de locatie, de plek, de ruimte,
        het terrein, het pand, de woning, het huis, de school, de universiteit, de student, de leerling, de leraar,
        de ouder, het kind, de jongere, de oudere, de inwoner, de burger, de bewoner, de klant, de medewerker,
        de collega, de directeur, de leiding, de groep, de sector, de branche, de markt, het bedrijf,
        de onderneming, de industrie, de dienst, het product, de kwaliteit, de veiligheid, de zekerheid,
        de stabiliteit, de vrijheid, de gelijkheid, de rechtvaardigheid, de verantwoordelijkheid, de rol,
        de positie, de invloed, de macht, het gezag, het vertrouwen, de twijfel, de onrust, de druk, de tegenslag,
        het succes, de mislukking, de verrassing, de teleurstelling, de woede, de angst, de hoop, de opluchting,
        het gevaar, de crisis, de noodsituatie, het incident, het voorval, de gebeurtenis, de aanleiding,
        de achtergrond, de context, het verband, de reden, het argument, het standpunt, de mening, de opvatting,
        de overtuiging, het principe, de waarde, de norm, de uitzondering, de regelgeving, de vergunning,
        de controle, het toezicht, de inspectie, de handhaving, de straf, de beloning, de compensatie,
        de vergoeding, de bijdrage, de besparing, de capaciteit, de vertraging, de planning, de begroting,
        de uitvoering, de wetswijziging, de procedure, de aanvraag, de bezwaarprocedure, het bezwaar, de uitspraak,
        de samenleving, de democratie, de economie, de cultuur, de identiteit, de diversiteit, de integratie,
        de generatie, de levensstandaard, de armoede, de welvaart, de ongelijkheid, de bereikbaarheid,
        de leefbaarheid, de duurzaamheid, de transparantie, de openheid, de eerlijkheid, de betrouwbaarheid
        """;

    public const string Adjectives = """
        nieuwe, grote, belangrijke, eerste, laatste, volgende, vorige, hoge, lage, lange, korte, sterke, zwakke,
        snelle, duidelijke, zware, moeilijke, goede, slechte, grootste, hoogste, laagste, nationale, internationale,
        Europese, Nederlandse, Belgische, Duitse, Franse, Britse, Amerikaanse, Russische, Oekraïense, Chinese,
        lokale, regionale, landelijke, gemeentelijke, provinciale, politieke, economische, financiële, sociale,
        culturele, juridische, militaire, medische, technische, digitale, publieke, private, openbare, officiële,
        tijdelijke, definitieve, structurele, forse, flinke, stevige, enorme, beperkte, brede, ernstige, serieuze,
        kritische, scherpe, felle, heftige, rustige, drukke, dure, goedkope, schaarse, zeldzame, bekende,
        onbekende, omstreden, controversiële, gevoelige, gevaarlijke, veilige, onveilige, schadelijke, gezonde,
        duurzame, groene, schone, fossiele, hernieuwbare, elektrische, automatische, slimme, moderne,
        traditionele, klassieke, historische, jaarlijkse, maandelijkse, wekelijkse, dagelijkse, huidige,
        toekomstige, voormalige, eerdere, recente, actuele, oude, jonge, ervaren, bezorgde, boze, tevreden,
        optimistische, pessimistische, voorzichtige, ambitieuze, realistische, haalbare, noodzakelijke, nodige,
        onnodige, mogelijke, onverwachte, verrassende, opvallende, opmerkelijke, bijzondere, uitzonderlijke,
        gewone, normale, gemiddelde, totale, gezamenlijke, individuele, persoonlijke, collectieve, particuliere,
        commerciële, industriële, agrarische, stedelijke, afgelegen, centrale, noordelijke, zuidelijke,
        oostelijke, westelijke, grensoverschrijdende, wereldwijde, mondiale, cruciale, essentiële, fundamentele,
        grondige, directe, indirecte, acute, chronische, urgente, dringende, strenge, soepele, strengere, ruimere,
        hogere, lagere, grotere, kleinere, betere, zwaardere, sterkere, duurdere, goedkopere, veiligere,
        eenvoudige, complexe, ingewikkelde, praktische, wetenschappelijke, academische, onafhankelijke,
        neutrale, objectieve, eerlijke, oneerlijke, transparante, geheime, vertrouwelijke, illegale, legale,
        strafbare, zogenoemde, vermeende, beoogde, geplande, aangekondigde, uitgestelde, dodelijke, stabiele,
        instabiele, kwetsbare, solide, winstgevende, verlieslatende, concurrerende, dominante, toonaangevende,
        prominente, invloedrijke, machtige, rijke, arme, welvarende, eenzame, oudere, groeiende, dalende,
        stijgende, krimpende, toenemende, afnemende, aanhoudende, voortdurende, permanente, blijvende,
        plotselinge, geleidelijke, abrupte, tragische, dramatische, spectaculaire, unieke, tweede, derde,
        beslissende, doorslaggevende, voorlopige, officieuze, informele, spontane, vreedzame, gewelddadige,
        agressieve, vijandige, vriendelijke, positieve, negatieve, gematigde, radicale, extreme, conservatieve,
        progressieve, liberale, linkse, rechtse, populistische, democratische, autoritaire, corrupte, ethische,
        morele, religieuze, creatieve, innovatieve, virtuele, fysieke, mentale, psychische, emotionele,
        rationele, logische, begrijpelijke, frustrerende, zorgwekkende, alarmerende, hoopvolle, veelbelovende,
        teleurstellende, bemoedigende, ongekende, historisch lage, recordhoge, krappe, ruime, schamele, magere
        """;

    // Past participles of verbs that take a thing as object: "heeft het plan uitgesteld", "is uitgesteld".
    public const string Verbs = """
        gepresenteerd, goedgekeurd, uitgesteld, aangekondigd, ingevoerd, afgeschaft, onderzocht, bekritiseerd,
        aangepast, verlengd, stopgezet, verboden, opgeschort, uitgebreid, beperkt, teruggedraaid, verdedigd,
        afgewezen, aangenomen, ondertekend, gepubliceerd, gelanceerd, overgenomen, verkocht, gekocht, gesloten,
        geopend, gerenoveerd, verplaatst, gecontroleerd, gehackt, gelekt, onthuld, bevestigd, toegelicht,
        besproken, behandeld, geëvalueerd, herzien, vernieuwd, versterkt, verzwakt, verhoogd, verlaagd, bevroren,
        verdubbeld, gehalveerd, geschrapt, toegevoegd, opgenomen, vastgesteld, berekend, geschat, gemeten, getest,
        gecertificeerd, erkend, geaccepteerd, geweigerd, geblokkeerd, vrijgegeven, ingetrokken, opgeheven,
        gestart, beëindigd, afgerond, voltooid, opgeleverd, gebouwd, ontworpen, ontwikkeld, gefinancierd,
        gesubsidieerd, betaald, terugbetaald, vergoed, gecompenseerd, beloofd, toegezegd, geregeld,
        georganiseerd, gepland, voorbereid, uitgevoerd, gehandhaafd, geïnspecteerd, beboet, aangehouden,
        doorzocht, ontruimd, afgezet, afgesloten, omgeleid, vrijgemaakt, hersteld, gerepareerd, vervangen,
        verwijderd, gevonden, ontdekt, geïdentificeerd, gesignaleerd, gemeld, gerapporteerd, aangekaart, opgepakt,
        overgedragen, doorgezet, voortgezet, hervat, onderbroken, verstoord, gedwarsboomd, tegengehouden,
        vertraagd, versneld, vereenvoudigd, verduidelijkt, uitgewerkt, aangescherpt, versoepeld, gelegaliseerd,
        gereguleerd, geprivatiseerd, genationaliseerd, gedigitaliseerd, geautomatiseerd, verduurzaamd, geïsoleerd,
        verbouwd, gesloopt, ontmanteld, afgebroken, verkleind, vergroot, geïntegreerd, gesplitst, samengevoegd,
        opgesplitst, geëxporteerd, geïmporteerd, geproduceerd, geleverd, verzonden, bezorgd, opgeslagen,
        vernietigd, beschadigd, getroffen, bedreigd, beschermd, bewaakt, beveiligd, verzekerd, gegarandeerd,
        gesteund, ondersteund, gestimuleerd, aangemoedigd, ontmoedigd, afgeraden, aanbevolen, voorgesteld,
        ingediend, aangevraagd, verleend, toegekend, uitgereikt, gewonnen, verloren, gedeeld, verspreid,
        uitgezonden, vertoond, opgevoerd, tentoongesteld, geveild, gerestaureerd, herdacht, gevierd, geëerd,
        genomineerd, gekozen, aangewezen, geselecteerd, geschorst, afgelast, verschoven, ingehaald, gecorrigeerd,
        bijgesteld, gewijzigd, overwogen, bestudeerd, geanalyseerd, vergeleken, gecombineerd, gekoppeld,
        vrijgesteld, gemaximeerd, verlicht, verzacht, verergerd, aangevochten, bevochten, geclaimd, opgeëist,
        aangeboden, afgekeurd, doorgelicht, gereserveerd, geïnventariseerd, opgeschaald, afgeschaald
        """;

    public const string SpeechVerbs = """
        zei, stelde, benadrukte, meldde, verklaarde, schreef, zegt, waarschuwde, erkende, vertelde, antwoordde,
        betoogde, onderstreepte, concludeerde, bevestigde
        """;

    public const string Roles = """
        woordvoerder, minister, burgemeester, directeur, topman, voorzitter, advocaat, onderzoeker, econoom,
        wethouder, staatssecretaris, premier, president, trainer, hoogleraar, analist, Kamerlid, fractievoorzitter,
        partijleider, bestuursvoorzitter, topvrouw, officier van justitie, rechter, bondscoach, aanvoerder,
        ambassadeur, commissaris, hoofdcommissaris, inspecteur, arts, epidemioloog, klimaatwetenschapper,
        meteoroloog, schrijver, regisseur, kunstenaar, ondernemer, oprichter, bestuurder, vakbondsleider,
        actievoerder, diplomaat, generaal, commandant, gouverneur, senator, strateeg, hoofdeconoom
        """;

    public const string GenericSpeakers = """
        een woordvoerder, een zegsman, een politiewoordvoerder, een ingewijde, een betrokkene, een omwonende,
        een ooggetuige, de woordvoerder, een bron rond het kabinet
        """;

    public const string Sources = """
        deskundigen, critici, ingewijden, analisten, omwonenden, betrokkenen, onderzoekers, vakbonden, experts,
        economen, juristen, wetenschappers, oppositiepartijen, hulpverleners, bewoners, ondernemers, ooggetuigen
        """;

    public const string PastTimes = """
        vorige week, eerder deze week, vorige maand, eerder dit jaar, vorig jaar, gisteren, afgelopen weekend,
        in het voorjaar, vorige zomer, kort daarvoor, twee weken geleden, enkele dagen geleden, eind vorig jaar,
        begin dit jaar, afgelopen nacht
        """;

    public const string FutureTimes = """
        volgende week, volgend jaar, binnenkort, na de zomer, voor het einde van het jaar, in het voorjaar,
        komende maand, in de komende jaren, op korte termijn, na het reces, eind dit jaar, komend najaar
        """;

    public const string Days = """
        dinsdag, woensdag, donderdag, maandag, vrijdag, zaterdag, zondag, dinsdagavond, woensdagochtend,
        maandagavond, donderdagmiddag, vrijdagochtend, zaterdagnacht, zondagmiddag
        """;

    public const string Sections = "politiek, economie, binnenland, buitenland, sport, klimaat, gezondheid, tech, verkeer, cultuur";

    public const string HomePlaces = """
        Den Haag, Amsterdam, Rotterdam, Utrecht, Eindhoven, Groningen, Arnhem, Maastricht, Zwolle, Nijmegen,
        Tilburg, Breda, Haarlem, Leeuwarden, Enschede, 's-Hertogenbosch, Almere, Leiden, Delft, Middelburg,
        Assen, Lelystad, Apeldoorn, Amersfoort, Schiphol, Hilversum, Dordrecht, Venlo, Heerlen, Den Helder
        """;

    public const string BelgianPlaces = """
        Brussel, Antwerpen, Gent, Leuven, Brugge, Hasselt, Mechelen, Luik, Charleroi, Namen, Kortrijk, Oostende,
        Aalst, Genk, Sint-Niklaas, Roeselare
        """;

    public const string ForeignPlaces = """
        Brussel, Londen, Washington, Parijs, Berlijn, Moskou, Kyiv, Peking, New York, Genève, Rome, Madrid,
        Jeruzalem, Istanbul, Tokio, Straatsburg, Wenen, Frankfurt, Ankara, Caïro, Beiroet, Warschau, Stockholm,
        Kopenhagen, Oslo, Athene, Lissabon, New Delhi, Sydney, Ottawa, Paramaribo, Willemstad, Johannesburg,
        Nairobi, Brasília, Mexico-Stad, Buenos Aires, Hongkong, Taipei, Seoul, Teheran, Bagdad, Damascus
        """;
}
