namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>Dutch nouns per news desk, with article, most frequent first: politics, economy, justice, world, sports.</summary>
internal static class DutchTopicNouns
{
    public const string Politics = """
        het kabinet, de coalitie, de begroting, de verkiezing, de formatie, het debat, de motie, het wetsvoorstel,
        de oppositie, de fractie, de partij, het regeerakkoord, de peiling, de stemming, het ministerie, de hoorzitting,
        het referendum, de gemeenteraad, de wethouder, de staatssecretaris, de premier, de minister, het partijcongres,
        de lijsttrekker, de kandidatenlijst, de kiezer, de campagne, het verkiezingsprogramma, de kabinetscrisis,
        de informateur, de formateur, het kamerdebat, de kamervraag, het amendement, de grondwet, de grondwetswijziging,
        de wetgeving, het beleid, het asielbeleid, de migratie, de asielwet, de integratie, de inburgering,
        het toeslagenstelsel, de hervorming, de bezuiniging, de miljoenennota, de troonrede, de voorjaarsnota,
        het koopkrachtplaatje, de koopkracht, het minimumloon, de uitkering, de bijstand, de kinderopvang,
        het lerarentekort, het onderwijs, de onderwijsbegroting, de defensiebegroting, de stikstofaanpak,
        het landbouwbeleid, het woonbeleid, de decentralisatie, het gemeentefonds, de provincie, het waterschap,
        de integriteitsschending, de affaire, het schandaal, de parlementaire enquête, de enquêtecommissie, het verhoor,
        de vertrouwensvraag, de afsplitsing, de partijleider, het partijbestuur, de ledenraadpleging, de achterban,
        de zetelpeiling, de zetelwinst, het zetelverlies, de opkomst, de stembus, het stembureau, de stemwijzer,
        de volksvertegenwoordiging, het parlement, de senaat, de senator, het kamerlid, de kamervoorzitter, de griffie,
        de ministerraad, het torentje, de persconferentie, het coalitieoverleg, het compromis, de onderhandeling,
        het akkoord, de gedoogsteun, de meerderheid, de minderheid, de stemverklaring, de uitvoering, de burgemeester,
        de gemeentesecretaris, de raadsvergadering, de inspraakavond, het burgerinitiatief, de lobby, de ambtenaar,
        de ambtenarij, de bureaucratie, het kiesrecht, de kieswet, de partijfinanciering, het spreekrecht
        """;

    public const string Economy = """
        de economie, de inflatie, de rente, de werkloosheid, de groei, de recessie, de koers, de beurs, het aandeel,
        de omzet, de winst, het verlies, het jaarverslag, de kwartaalrapportage, de belegger, de aandeelhouder, de overname,
        de fusie, het bod, de investering, de schuld, de staatsschuld, het begrotingstekort, het overschot, de export,
        de import, de handel, het handelsconflict, de importheffing, het douanetarief, de energieprijs, de gasprijs,
        de olieprijs, de stroomprijs, de benzineprijs, de huizenprijs, de huurprijs, de hypotheek, de hypotheekrente,
        de woningmarkt, de huurmarkt, de arbeidsmarkt, de vacature, het personeelstekort, de cao, de loonstijging,
        het loon, het salaris, de bonus, de staking, de vakbond, de werkgever, de werknemer, de ondernemer, het mkb,
        de zzp'er, het faillissement, de doorstart, de reorganisatie, de ontslagronde, de sluiting, de fabriek,
        de productie, de vraag, het aanbod, de leverancier, de toeleverancier, de supermarkt, de detailhandel,
        de webwinkel, de consument, het consumentenvertrouwen, de consumentenbesteding, de spaarrente, het spaargeld,
        de pensioenpremie, het pensioenfonds, het pensioenakkoord, de dekkingsgraad, de verzekeraar, de bank,
        de bankenbelasting, de toezichthouder, de boete, de prijsafspraak, het kartel, de concurrentie, de marktwerking,
        de subsidie, de belastingverhoging, de btw, de vennootschapsbelasting, de dividendbelasting, de vermogensbelasting,
        de accijns, de heffing, de toeslag, de prijsstijging, de prijsdaling, de dollar, de euro, de valuta,
        de obligatie, de kredietwaardigheid, de kredietbeoordelaar, de onzekerheid, de prognose, de raming,
        het kwartaal, de jaarvergadering, de topman, de bestuursvoorzitter, de beursgang, de startup, de vastgoedmarkt,
        de bouwsector, de woningbouw, de scheepsbouw, de chipindustrie, de luchtvaartsector, de landbouwsector,
        de zuivelsector, de tuinbouw, de haven, het containervervoer, de grondstof, het staal, het aluminium,
        het koper, de graanprijs, de voedselprijs, de beurswaarde, de marktwaarde, de koersdaling, de koersstijging,
        de winstwaarschuwing, de dividenduitkering, de aandeleninkoop, de schuldeiser, de curator, de kredietverlening
        """;

    public const string Justice = """
        de politie, de rechter, de rechtbank, het hof, de officier van justitie, de advocaat, de verdachte,
        het slachtoffer, de getuige, de aanhouding, de arrestatie, de inval, de huiszoeking, het onderzoek,
        de rechercheur, de zaak, de strafzaak, de rechtszaak, het proces, de zitting, de uitspraak, het vonnis,
        het hoger beroep, de cassatie, de celstraf, de gevangenisstraf, de taakstraf, de tbs, de voorlopige hechtenis,
        de borgtocht, de aanklacht, de tenlastelegging, de strafeis, de vrijspraak, de veroordeling, de schikking,
        de schadevergoeding, de moord, de doodslag, de steekpartij, de schietpartij, de beroving, de overval,
        de inbraak, de diefstal, de fraude, de oplichting, de witwaszaak, de corruptie, de omkoping, het drugsnetwerk,
        de drugshandel, de cocaïne, de hennepkwekerij, het drugslab, de explosie, de aanslag, de brandstichting,
        de bedreiging, de afpersing, de mishandeling, het geweld, de rel, de ongeregeldheid, de demonstratie,
        de noodverordening, het cameratoezicht, de bodycam, de agent, de wijkagent, de hoofdcommissaris,
        het arrestatieteam, de marechaussee, de douane, de smokkel, de mensenhandel, de uitbuiting, de cybercrime,
        de phishing, de identiteitsfraude, de zedenzaak, het misbruik, de klokkenluider, de verjaring, het dossier,
        het bewijs, het sporenonderzoek, de opsporing, de tip, het opsporingsbericht, de vermissing, de zoekactie,
        het lichaam, de lijkschouwing, het vuurwapen, het mes, de verkeerscontrole, de snelheidsovertreding,
        de rijontzegging, de reclassering, de gevangenis, de cel, de ontsnapping, de uitlevering, het arrestatiebevel,
        de rechtsstaat, de rechtspraak, de advocatuur, de wet, de privacy, de aangifte, de melding, de klacht,
        de tuchtrechter, het tuchtcollege, de strafrechter, de kantonrechter, de raadkamer, het pleidooi,
        het requisitoir, de verdediging, de aanklager, de rechtshulp, het slachtofferfonds, de cameraploeg,
        de meldkamer, de politiehelikopter, de enkelband, de veiligheidsdienst
        """;

    public const string World = """
        de oorlog, het conflict, het staakt-het-vuren, het bestand, de wapenstilstand, de vredesbespreking,
        het vredesakkoord, de vredesmissie, de invasie, de aanval, de luchtaanval, de raketaanval, de droneaanval,
        het offensief, de tegenaanval, het front, de frontlinie, de troepenmacht, het leger, de krijgsmacht,
        de soldaat, de militair, de generaal, de legerleiding, de wapenlevering, de sanctie, het sanctiepakket,
        de diplomatie, de diplomaat, de ambassade, de ambassadeur, de topontmoeting, de top, de bijeenkomst,
        het staatsbezoek, de delegatie, de gezant, de bemiddeling, de onderhandelaar, de gijzeling, de gijzelaar,
        de vluchteling, de vluchtelingenstroom, het vluchtelingenkamp, de ontheemding, de noodhulp, het hulpkonvooi,
        de hulporganisatie, de voedselhulp, de hongersnood, de blokkade, de grens, de grensovergang, de annexatie,
        de bezetting, het grondgebied, de soevereiniteit, de veiligheidsgarantie, de veiligheidsraad, de resolutie,
        het veto, de president, de regering, het regime, de junta, de staatsgreep, de oppositieleider, de dissident,
        de mensenrechtensituatie, de persvrijheid, de verkiezingsfraude, het protest, de opstand, de burgeroorlog,
        de rebel, de militie, de terreurgroep, de terreuraanslag, de ontvoering, de executie, de oorlogsmisdaad,
        het tribunaal, het kernwapen, het atoomprogramma, de verrijking, de inspecteur, de raket,
        het luchtafweersysteem, de straaljager, de tank, het munitietekort, de dienstplicht, de mobilisatie,
        de evacuatie, de burgerbevolking, het dodental, de gewonde, de verwoesting, de wederopbouw, de geopolitiek,
        de spanning, de escalatie, het ultimatum, de dreiging, de waarschuwing, de inlichtingendienst, de spionage,
        de desinformatie, de propaganda, de cyberaanval, de alliantie, het bondgenootschap, de uitbreiding,
        de toetreding, de lidstaat, de kernmacht, de grensbewaking, het wapenembargo, de wapenindustrie,
        het defensiebudget, de vredesmacht, de waarnemer, het handelsakkoord, het visum, de uitzetting
        """;

    public const string Sports = """
        de wedstrijd, de competitie, de titel, het kampioenschap, de finale, de halve finale, de kwartfinale,
        de groepsfase, de poule, de ploeg, het team, de selectie, de trainer, de bondscoach, de coach, de aanvoerder,
        de spits, de middenvelder, de verdediger, de doelman, de keeper, de invaller, de debutant, de transfer,
        de transfersom, het contract, de contractverlenging, de blessure, de revalidatie, de schorsing, de rode kaart,
        de gele kaart, de strafschop, de penalty, de vrije trap, het doelpunt, de treffer, de gelijkmaker, de assist,
        de nederlaag, de overwinning, het gelijkspel, de stand, de ranglijst, de degradatie, de promotie,
        de nacompetitie, de beker, de bekerfinale, het stadion, de supporter, het publiek, de thuiswedstrijd,
        de uitwedstrijd, de scheidsrechter, de videoscheidsrechter, het wereldrecord, het baanrecord, de medaille,
        het goud, het zilver, het brons, het podium, de etappe, de etappezege, de gele trui, de sprint, de klassieker,
        de tijdrit, de renner, de wielrenner, de schaatser, de zwemmer, de atleet, de tennisser, de golfer,
        de coureur, de kwalificatie, de pole position, de pitstop, de bolide, de marathon, de estafette,
        de thuisploeg, het toernooi, de loting, de tegenstander, de favoriet, de outsider, de vorm, de conditie,
        de training, het trainingskamp, de voorbereiding, de seizoensstart, het seizoen, de winterstop,
        de jeugdopleiding, het talent, de clubleiding, de technisch directeur, het bestuur, de sponsor,
        het sponsorcontract, het uitzendrecht, de dopingzaak, de dopingcontrole, de sportbond, de olympiër,
        de paralympiër, de rentree, het afscheid, de hattrick, de eigen goal, de buitenspelval, de counter,
        de rust, de verlenging, de strafschoppenserie, de kampioensschaal, de huldiging, het jubileum
        """;
}
