using System.Text;

namespace ArticleApi.Bench.Generator;

/// <summary>
/// Lays out the body: dateline, a lead about the first entity, then one sentence per further entity with filler and
/// quotes between them until the drawn length is reached. Every entity is named in the text.
/// </summary>
internal sealed class BodyWriter(RandomSource random, CopyWriter copy)
{
    private const int MinWords = 120;
    private const int WordsPerSentence = 17;

    private readonly StringBuilder _body = new(16 * 1024);
    private int _sentencesInParagraph;
    private int _words;
    private int _countedUpTo;

    public string Write(Agency agency, string? dateline, ReadOnlySpan<PoolEntity> entities, bool dutch)
    {
        _body.Clear();
        if (dateline is null) _body.Append(agency.Dateline.WithoutPlace);
        else _body.Append(dateline).Append(agency.Dateline.AfterPlace);

        var target = DrawLength();
        var language = copy.Language;
        var subheadingPending = dutch && target >= 200 && random.Chance(0.2);

        _sentencesInParagraph = 0;
        _words = 0;
        _countedUpTo = 0;
        WriteAbout(entities[0], dutch);
        BreakParagraph();
        for (var i = 1; i < entities.Length; i++)
        {
            var wordsLeft = target - WordsSoFar();
            if (wordsLeft > (entities.Length - i) * WordsPerSentence + 12 && random.Chance(0.65)) WriteFiller(language);
            if (subheadingPending && i == entities.Length / 2 + 1)
            {
                WriteSubheading();
                subheadingPending = false;
            }
            WriteAbout(entities[i], dutch);
        }
        while (WordsSoFar() < target) WriteFiller(language);
        return _body.ToString();
    }

    // Mostly 120–250 words, averaging about 190, with one in ten articles a longer piece of up to ~340.
    private int DrawLength() => random.Chance(0.1)
        ? random.Between(250, 320)
        : MinWords + (random.Between(0, 130) + random.Between(0, 130) + random.Between(0, 130)) / 3;

    // Sentences are appended whole and separated by white space, so counting only the new text is exact.
    private int WordsSoFar()
    {
        _words += WordCounter.Count(_body, _countedUpTo);
        _countedUpTo = _body.Length;
        return _words;
    }

    private void WriteAbout(PoolEntity entity, bool dutch)
    {
        var form = entity.Form(dutch);
        StartSentence();
        copy.Write(_body, random.Pick(copy.Language.SentencesAbout(entity.Type)), form);
        if (entity.Type == EntityTypes.Person) copy.AddSpeaker(form.Short);
    }

    private void WriteFiller(LanguagePack language)
    {
        StartSentence();
        copy.Write(_body, random.Pick(language.Fillers));
    }

    // ANP copy often breaks a longer story with a one-word intertitle.
    private void WriteSubheading()
    {
        BreakParagraph();
        var noun = copy.TopicNoun();
        _body.Append(char.ToUpperInvariant(noun[0])).Append(noun, 1, noun.Length - 1);
        BreakParagraph();
    }

    private void StartSentence()
    {
        if (_sentencesInParagraph == 0)
        {
            _sentencesInParagraph = 1;
            return;
        }
        if (_sentencesInParagraph >= 3 || random.Chance(0.45))
        {
            BreakParagraph();
            _sentencesInParagraph = 1;
            return;
        }
        _body.Append(' ');
        _sentencesInParagraph++;
    }

    private void BreakParagraph()
    {
        _body.Append("\n\n");
        _sentencesInParagraph = 0;
    }
}
