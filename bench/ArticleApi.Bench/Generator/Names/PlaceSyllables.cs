namespace ArticleApi.Bench.Generator.Names;

/// <summary>Pieces that combine into invented place names in several national styles.</summary>
internal static class PlaceSyllables
{
    public static readonly string[] DutchStems = RankedWords.Split("""
        Heeswijk, Bruin, Hoog, Laag, Wester, Ooster, Noorder, Zuider, Klaver, Molen, Kerk, Linde, Eiken, Beuken, Ganze,
        Vos, Haven, Zand, Veen, Hei, Rode, Witte, Zwarte, Grote, Kleine, Lange, Brede, Diep, Holle, Mid, Ruig, Schoon,
        Stille, Valk, Wolf, Beer, Ram, Riet, Broek, Dijk, Sluis, Burg, Slot, Brug, Weer, Ter, Apel, Berke, Els, Essen,
        Haze, IJssel, Maas, Waal, Rijn, Vecht, Lek, Eem, Dommel, Aa, Hunze, Gulp, Roer, Geul, Berg, Holt, Hamer, Kamp,
        Lind, Nes, Oud, Wijde, Smal, Zuid, Noord, Oost, West, Bosch, Wouw, Schalk, Gijzel, Sprang, Rijs, Tongel
        """);

    public static readonly string[] DutchEndings = RankedWords.Split("""
        veen, dorp, hoven, wijk, dam, horst, broek, zijl, kerk, loo, sloot, meer, voort, hout, zande, beek, rade, gem,
        um, wolde, hem, donk, rode, bergen, werd, hoek, sum, lo, huizen, drecht, stein, hage, kamp, laar, schot, heide
        """);

    public static readonly string[] DutchPrefixes = RankedWords.Split("Nieuw-, Oud-, Groot-, Klein-, Noord-, Zuid-, Sint-, Oost-, West-");

    public static readonly string[] EnglishStems = RankedWords.Split("""
        Ash, Black, Brook, Chester, Dun, East, Green, Hal, Kings, Lan, Mar, North, Oak, Red, Stan, Thorn, Wes, Whit,
        Wood, Elm, Fair, Glen, High, Lock, Mill, Bram, Cald, Har, Ken, Lyn, Pen, Ros, Sher, Tam, Wel, Yar
        """);

    public static readonly string[] EnglishEndings = RankedWords.Split("""
        ton, ford, field, bury, wick, mouth, ham, ley, worth, bridge, stead, more, dale, port, by, well, combe, minster
        """);

    public static readonly string[] SlavicStems = RankedWords.Split("""
        Velik, Nov, Kras, Bel, Zelen, Dobr, Star, Mal, Bor, Lip, Kamen, Rud, Sos, Voln, Orl, Svet, Jas, Brez, Hrad,
        Poltav, Zhytom, Kozel, Myrn, Slav, Chern, Lubn, Ostr, Sumy, Vyshn, Zlat
        """);

    public static readonly string[] SlavicEndings = RankedWords.Split("""
        ograd, ovo, ice, sk, ovka, ino, ets, ovac, išće, any, ivka, yn, ychi, ava, ec, ov, iv, ina
        """);

    public static readonly string[] NordicStems = RankedWords.Split("""
        Å, Ør, Sø, Hav, Fjell, Lund, Vik, Nor, Sky, Elv, Strand, Holm, Dal, Sol, Bjør, Lø, Mø, Sand, Eke, Has, Kvi,
        Ulv, Rød, Grø, Haug, Vinter, Ros, Kal, Tor, Hel
        """);

    public static readonly string[] NordicEndings = RankedWords.Split("""
        by, stad, sund, vik, øy, holm, nes, fjord, vågen, dal, köping, rud, berg, sjö, havn, lev, strand, bro
        """);

    public static readonly string[] RomanceHeads = RankedWords.Split("""
        San, Santa, Porto, Villa, Monte, Castel, Rio, Puerto, Saint-, Sainte-, Pont-, Mont-, Bourg-, Vila
        """);

    public static readonly string[] RomanceTails = RankedWords.Split("""
        Verde, Alto, Rosso, Bianco, Marino, Sereno, Nuevo, Lucero, Dorado, Palma, Fiore, Leone, Étienne, Aubin, Rémy,
        Amélie, Hélier, Gérard, Benoît, Sévère, Clément, Léger, Ignazio, Caterina, Lucía, Inés, Tomás, Agustín,
        Fortuna, Chiaro, Grande, Bello, Vecchio, Nero, Azul, Real, Claro, Serena, Esperanza, Aurelio
        """);
}
