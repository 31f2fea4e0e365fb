using System.Text;

namespace ArticleApi.Bench.Generator;

/// <summary>Writes templates into a StringBuilder for one article at a time: its language, topic, quote style and speakers.</summary>
internal sealed class CopyWriter(RandomSource random)
{
    private const double AdjectiveChance = 0.35;

    private readonly List<string> _speakers = new(16);
    private LanguagePack _language = null!;
    private NounList _topicNouns = null!;
    private Agency _agency = null!;
    private string _headline = "";
    private string _secondHeadline = "";

    public LanguagePack Language => _language;

    public void Begin(LanguagePack language, int topic, Agency agency, string headline, string secondHeadline)
    {
        _language = language;
        _topicNouns = language.TopicNouns[topic];
        _agency = agency;
        _headline = headline;
        _secondHeadline = secondHeadline;
        _speakers.Clear();
    }

    /// <summary>Later quotes may be attributed to a person already introduced, by short name.</summary>
    public void AddSpeaker(string shortName) => _speakers.Add(shortName);

    public void ForgetSpeakers() => _speakers.Clear();

    public void Write(StringBuilder text, Template template, NameForm? entity = null)
    {
        var start = text.Length;
        foreach (var part in template.Parts) WritePart(text, part, entity);
        CapitalizeAt(text, start);
    }

    public string TopicNoun() => _topicNouns.Nouns.PickWord(random);

    private void WritePart(StringBuilder text, TemplatePart part, NameForm? entity)
    {
        switch (part.Slot)
        {
            case Slot.Literal: text.Append(part.Literal); break;
            case Slot.Entity: text.Append(entity?.Text ?? _headline); break;
            case Slot.Headline: text.Append(_headline); break;
            case Slot.SecondHeadline: text.Append(_secondHeadline); break;
            case Slot.Role: text.Append(_language.Roles.PickWord(random)); break;
            case Slot.IndefiniteRole: AppendIndefinite(text, _language.Roles.PickWord(random)); break;
            case Slot.Speaker: text.Append(PickSpeaker()); break;
            case Slot.TopicPhrase: AppendPhrase(text, _topicNouns); break;
            case Slot.TopicNoun: text.Append(_topicNouns.Nouns.PickWord(random)); break;
            case Slot.GeneralPhrase: AppendPhrase(text, _language.GeneralNouns); break;
            case Slot.GeneralNoun: text.Append(_language.GeneralNouns.Nouns.PickWord(random)); break;
            case Slot.Adjective: text.Append(_language.Adjectives.PickWord(random)); break;
            case Slot.IndefiniteAdjective: AppendIndefinite(text, _language.Adjectives.PickWord(random)); break;
            case Slot.Verb: text.Append(_language.Verbs.PickWord(random)); break;
            case Slot.Say: text.Append(_language.SpeechVerbs.PickWord(random)); break;
            case Slot.Sources: text.Append(_language.Sources.PickWord(random)); break;
            case Slot.SmallNumber: text.Append(random.Between(2, 40)); break;
            case Slot.Count: AppendCount(text); break;
            case Slot.Percent: AppendPercent(text); break;
            case Slot.Money: AppendMoney(text); break;
            case Slot.Age: text.Append(random.Between(24, 82)); break;
            case Slot.Day: text.Append(_language.Days.PickWord(random)); break;
            case Slot.Past: text.Append(_language.PastTimes.PickWord(random)); break;
            case Slot.Future: text.Append(_language.FutureTimes.PickWord(random)); break;
            case Slot.QuoteWithComma: AppendQuote(text, endsSentence: false); break;
            case Slot.QuoteSentence: AppendQuote(text, endsSentence: true); break;
            default: throw new InvalidOperationException($"Unhandled slot {part.Slot}.");
        }
    }

    private string PickSpeaker() =>
        _speakers.Count > 0 && random.Chance(0.85) ? _speakers[random.Next(_speakers.Count)] : _language.GenericSpeakers.PickWord(random);

    private void AppendPhrase(StringBuilder text, NounList nouns)
    {
        var index = nouns.Nouns.Pick(random);
        text.Append(nouns.Articles[index]).Append(' ');
        if (random.Chance(AdjectiveChance)) text.Append(_language.Adjectives.PickWord(random)).Append(' ');
        text.Append(nouns.Nouns.Words[index]);
    }

    private void AppendIndefinite(StringBuilder text, string word)
    {
        if (_language.IsDutch) text.Append("een ");
        else text.Append(TakesAn(word) ? "an " : "a ");
        text.Append(word);
    }

    private static bool TakesAn(string word)
    {
        var first = char.ToLowerInvariant(word[0]);
        if (first is not ('a' or 'e' or 'i' or 'o' or 'u')) return false;
        return !(word.StartsWith("uni", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("use", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("eu", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("one", StringComparison.OrdinalIgnoreCase));
    }

    private void AppendQuote(StringBuilder text, bool endsSentence)
    {
        text.Append(_agency.QuoteOpen);
        Write(text, random.Pick(_language.Quotes));
        if (endsSentence) text.Append('.').Append(_agency.QuoteClose);
        // English puts the comma inside the quotation marks, Dutch after them.
        else if (_language.IsDutch) text.Append(_agency.QuoteClose).Append(',');
        else text.Append(',').Append(_agency.QuoteClose);
    }

    private void AppendCount(StringBuilder text)
    {
        var value = random.Next(3) switch
        {
            0 => random.Between(12, 99),
            1 => random.Between(10, 99) * 10,
            _ => random.Between(100, 990) * 10,
        };
        if (value >= 1000)
        {
            text.Append(value / 1000).Append(_language.GroupSeparator);
            var rest = value % 1000;
            if (rest < 100) text.Append('0');
            if (rest < 10) text.Append('0');
            text.Append(rest);
        }
        else text.Append(value);
    }

    private void AppendPercent(StringBuilder text)
    {
        AppendDecimal(text, random.Between(1, 250));
        text.Append(' ').Append(_language.PercentWord);
    }

    private void AppendMoney(StringBuilder text)
    {
        var billions = random.Chance(0.2);
        var dollars = !_language.IsDutch && random.Chance(0.5);
        if (dollars) text.Append('$');
        if (billions) AppendDecimal(text, random.Between(11, 99));
        else text.Append(random.Between(2, 950));
        text.Append(' ').Append((_language.IsDutch, billions) switch
        {
            (true, true) => "miljard",
            (true, false) => "miljoen",
            (false, true) => "billion",
            (false, false) => "million",
        });
        if (!dollars) text.Append(_language.IsDutch ? " euro" : " euros");
    }

    private void AppendDecimal(StringBuilder text, int tenths) =>
        text.Append(tenths / 10).Append(_language.DecimalSeparator).Append(tenths % 10);

    private static void CapitalizeAt(StringBuilder text, int start)
    {
        var index = start;
        while (index < text.Length && text[index] is '"' or '“' or '‘' or '„') index++;
        if (index >= text.Length || !char.IsLower(text[index]) || HasInnerCapital(text, index)) return;
        text[index] = char.ToUpperInvariant(text[index]);
    }

    // Names such as "easyJet" keep their spelling at the start of a sentence, so searches on them still match.
    private static bool HasInnerCapital(StringBuilder text, int wordStart)
    {
        for (var i = wordStart + 1; i < text.Length && text[i] != ' '; i++)
        {
            if (char.IsUpper(text[i])) return true;
        }
        return false;
    }
}
