namespace ArticleApi.Tests.Formats.WireText;

/// <summary>Wire items as agencies deliver them: a headline line, a blank line, then the copy under its dateline.</summary>
public static class WireCopy
{
    public const string English = """
        Starmer says allies to move peace mission plans to operational phase

        LONDON (Reuters) - British Prime Minister Keir Starmer said on Saturday that military chiefs from the so-called coalition of the willing would meet in London on Thursday to work out how a peacekeeping force for Ukraine could operate.

        "We are accelerating our practical work," Starmer told reporters after hosting a video call with leaders of the countries that have said they are prepared to take part. It was not clear how many countries had committed troops.

        Ukrainian President Volodymyr Zelensky, who also joined the call, said a peace would only last if European troops were present in Ukraine.
        """;

    public const string German = """
        Starmer: Planung für Friedensmission geht in nächste Phase

        LONDON (dpa) - Die Vorbereitungen für eine mögliche Friedensmission in der Ukraine gehen nach Angaben des britischen Premierministers Keir Starmer in die nächste Phase. Am Donnerstag sollen sich die Militärchefs der beteiligten Länder in London treffen, sagte Starmer nach einer Videokonferenz.

        Der ukrainische Präsident Wolodymyr Selenskyj forderte, dass die Länder schnell sagen, welche Beiträge sie leisten wollen. Russland lehnt die Stationierung europäischer Truppen in der Ukraine ab.
        """;

    public const string French = """
        Ukraine : les préparatifs d'une mission de paix entrent dans une phase opérationnelle

        LONDRES (AFP) - Les préparatifs d'une éventuelle mission de maintien de la paix en Ukraine entrent dans une « phase opérationnelle », a annoncé samedi le Premier ministre britannique Keir Starmer à l'issue d'une visioconférence avec les dirigeants de la « coalition des volontaires ».

        Les chefs militaires des pays concernés se réuniront jeudi à Londres. Le président ukrainien Volodymyr Zelensky a estimé qu'une paix ne serait durable qu'avec la présence de troupes européennes sur le sol ukrainien.
        """;

    public static string HeadlineOf(string item) => item[..item.IndexOf('\n')];

    /// <summary>The copy without its headline line and the blank line after it.</summary>
    public static string BodyOf(string item) => item[(item.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

    /// <summary>The shared ANP sample, byte for byte as in samples/ (it has no headline line).</summary>
    public static byte[] SampleBytes => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "anp-londen-vredesmissie.txt"));
}
