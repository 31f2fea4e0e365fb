namespace ArticleApi.Bench.Generator.Names;

/// <summary>Real places, most newsworthy first. "Dutch|English" where the languages spell them differently.</summary>
internal static class RealPlaces
{
    public static readonly string[] Famous = RankedWords.Split("""
        Nederland|the Netherlands, de Verenigde Staten|the United States, Oekraïne|Ukraine, Rusland|Russia, Amsterdam,
        Den Haag|The Hague, Duitsland|Germany, China, België|Belgium, Rotterdam, Europa|Europe, Frankrijk|France,
        het Verenigd Koninkrijk|the United Kingdom, Israël|Israel, Gaza, Brussel|Brussels, Londen|London, Utrecht,
        Washington, Kyiv, Moskou|Moscow, Parijs|Paris, Berlijn|Berlin, Peking|Beijing, Iran, Turkije|Turkey,
        Spanje|Spain, Italië|Italy, Polen|Poland, Eindhoven, Groningen, Syrië|Syria, Libanon|Lebanon, Japan, India,
        Brazilië|Brazil, Canada, Australië|Australia, Zuid-Afrika|South Africa, Egypte|Egypt, Taiwan,
        Noord-Korea|North Korea, Zuid-Korea|South Korea, Schiphol, Limburg, Friesland|Friesland, Zeeland,
        Noord-Holland|North Holland, Zuid-Holland|South Holland, Brabant, Gelderland, Overijssel, Drenthe, Flevoland,
        Antwerpen|Antwerp, Gent|Ghent, Vlaanderen|Flanders, Wallonië|Wallonia, Suriname, Curaçao, Aruba, Bonaire,
        New York, Genève|Geneva, Straatsburg|Strasbourg, Wenen|Vienna, Rome, Madrid, Lissabon|Lisbon, Athene|Athens,
        Warschau|Warsaw, Praag|Prague, Boedapest|Budapest, Kopenhagen|Copenhagen, Stockholm, Oslo, Helsinki,
        Dublin, Edinburgh, Keulen|Cologne, München|Munich, Hamburg, Frankfurt, Düsseldorf, Zürich|Zurich, Bern,
        Luxemburg|Luxembourg, Oostenrijk|Austria, Zwitserland|Switzerland, Griekenland|Greece, Zweden|Sweden,
        Noorwegen|Norway, Denemarken|Denmark, Finland, IJsland|Iceland, Ierland|Ireland, Schotland|Scotland,
        Portugal, Hongarije|Hungary, Roemenië|Romania, Bulgarije|Bulgaria, Tsjechië|the Czech Republic, Slowakije|Slovakia,
        Servië|Serbia, Kroatië|Croatia, Slovenië|Slovenia, Bosnië|Bosnia, Kosovo, Albanië|Albania,
        Litouwen|Lithuania, Letland|Latvia, Estland|Estonia, Wit-Rusland|Belarus, Moldavië|Moldova, Georgië|Georgia,
        Armenië|Armenia, Azerbeidzjan|Azerbaijan, Kazachstan|Kazakhstan, Afghanistan, Pakistan, Irak|Iraq,
        Saoedi-Arabië|Saudi Arabia, Jemen|Yemen, Jordanië|Jordan, Qatar, de Verenigde Arabische Emiraten|the United Arab Emirates,
        Dubai, Bangladesh, Vietnam, Thailand, de Filipijnen|the Philippines, Indonesië|Indonesia, Maleisië|Malaysia,
        Singapore, Nieuw-Zeeland|New Zealand, Mexico, Argentinië|Argentina, Chili|Chile, Colombia, Venezuela, Peru,
        Cuba, Haïti|Haiti, Marokko|Morocco, Algerije|Algeria, Tunesië|Tunisia, Libië|Libya, Nigeria, Kenia|Kenya,
        Ethiopië|Ethiopia, Soedan|Sudan, Congo, Mali, Niger, Somalië|Somalia, Rwanda, Ghana, Senegal, Tokio|Tokyo,
        Seoul, Shanghai, Hongkong|Hong Kong, New Delhi, Mumbai, Jakarta, Bangkok, Caïro|Cairo, Istanbul, Ankara,
        Teheran|Tehran, Bagdad|Baghdad, Damascus, Beiroet|Beirut, Jeruzalem|Jerusalem, Tel Aviv, Ramallah,
        Kharkiv, Odesa, Lviv, Marioepol|Mariupol, de Donbas|the Donbas, de Krim|Crimea, Sint-Petersburg|St Petersburg, Minsk,
        Los Angeles, Chicago, San Francisco, Miami, Texas, Californië|California, Florida, Ottawa, Toronto,
        Sydney, Melbourne, Buenos Aires, São Paulo, Rio de Janeiro, Bogota, Lima, Caracas, Havana,
        Marseille, Lyon, Barcelona, Milaan|Milan, Napels|Naples, Venetië|Venice, Florence, Sevilla|Seville, Porto,
        Göteborg|Gothenburg, Malmö, Tromsø, Ålesund, Bergen, Aarhus, Gdańsk, Kraków, Łódź, Liège, Namen|Namur,
        Charleroi, Brugge|Bruges, Oostende|Ostend, Leuven, Mechelen, Hasselt, Kortrijk, Aalst, Genk
        """);

    public static readonly string[] DutchTowns = RankedWords.Split("""
        Almere, Tilburg, Breda, Nijmegen, Arnhem, Haarlem, Enschede, Maastricht, Leiden, Delft, Zwolle,
        's-Hertogenbosch, Leeuwarden, Den Helder, Zaandam, Venlo, Apeldoorn, Amersfoort, Dordrecht, Gouda, Alkmaar,
        Hilversum, Deventer, Emmen, Assen, Lelystad, Middelburg, Vlissingen, Terneuzen, Heerlen, Sittard, Roermond,
        Helmond, Oss, Hoorn, Purmerend, Zoetermeer, Westland, Texel, Ameland, Terschelling, Vlieland, Schiermonnikoog,
        Harderwijk, Ede, Wageningen, Doetinchem, Zutphen, Hengelo, Almelo, Oldenzaal, Meppel, Hoogeveen, Kampen,
        Urk, Emmeloord, Sneek, Heerenveen, Drachten, Harlingen, Franeker, Dokkum, Delfzijl, Veendam, Winschoten,
        Stadskanaal, Coevorden, Steenwijk, Hardenberg, Nijkerk, Barneveld, Veenendaal, Zeist, Nieuwegein, IJsselstein,
        Woerden, Alphen aan den Rijn, Katwijk, Noordwijk, Scheveningen, Rijswijk, Schiedam, Vlaardingen, Maassluis,
        Spijkenisse, Hellevoetsluis, Gorinchem, Tiel, Culemborg, Bergen op Zoom, Roosendaal, Waalwijk, Uden, Veghel,
        Boxtel, Best, Veldhoven, Weert, Kerkrade, Valkenburg, Vaals, Venray, Boxmeer, Cuijk, Zaltbommel, Heusden,
        Oosterhout, Etten-Leur, Goes, Zierikzee, Hulst, Sluis, Velsen, IJmuiden, Beverwijk, Heemskerk, Castricum,
        Enkhuizen, Medemblik, Volendam, Edam, Monnickendam, Zandvoort, Bloemendaal, Hoofddorp, Amstelveen, Uithoorn,
        Diemen, Weesp, Bussum, Naarden, Huizen, Baarn, Soest, Bunschoten, Lochem, Winterswijk, Groenlo, Borculo
        """);
}
