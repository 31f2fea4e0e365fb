namespace ArticleApi.Bench.Generator;

/// <summary>What a template placeholder stands for; see <see cref="Template.Parse"/> for the spelling of each.</summary>
internal enum Slot : byte
{
    Literal,
    Entity,
    Headline,
    SecondHeadline,
    Role,
    IndefiniteRole,
    Speaker,
    TopicPhrase,
    TopicNoun,
    GeneralPhrase,
    GeneralNoun,
    Adjective,
    IndefiniteAdjective,
    Verb,
    Say,
    Sources,
    SmallNumber,
    Count,
    Percent,
    Money,
    Age,
    Day,
    Past,
    Future,
    QuoteWithComma,
    QuoteSentence,
}

internal readonly record struct TemplatePart(Slot Slot, string Literal);

/// <summary>A sentence pattern parsed once, so writing it is a walk over parts without string scanning.</summary>
internal sealed class Template
{
    private static readonly Dictionary<string, Slot> SlotNames = new(StringComparer.Ordinal)
    {
        ["E"] = Slot.Entity, ["H"] = Slot.Headline, ["H2"] = Slot.SecondHeadline, ["R"] = Slot.Role,
        ["aR"] = Slot.IndefiniteRole, ["S"] = Slot.Speaker, ["N"] = Slot.TopicPhrase, ["n"] = Slot.TopicNoun,
        ["G"] = Slot.GeneralPhrase, ["g"] = Slot.GeneralNoun, ["A"] = Slot.Adjective, ["aA"] = Slot.IndefiniteAdjective,
        ["V"] = Slot.Verb, ["SAY"] = Slot.Say, ["GS"] = Slot.Sources, ["NUM"] = Slot.SmallNumber, ["COUNT"] = Slot.Count,
        ["PCT"] = Slot.Percent, ["MONEY"] = Slot.Money, ["AGE"] = Slot.Age, ["DAY"] = Slot.Day, ["WHEN"] = Slot.Past,
        ["SOON"] = Slot.Future, ["Q,"] = Slot.QuoteWithComma, ["Q."] = Slot.QuoteSentence,
    };

    private Template(TemplatePart[] parts) => Parts = parts;

    public TemplatePart[] Parts { get; }

    /// <summary>Parses text with placeholders such as "{E} {SAY} dat {N} is {V}."; unknown names throw.</summary>
    public static Template Parse(string text)
    {
        var parts = new List<TemplatePart>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add(new TemplatePart(Slot.Literal, text[position..]));
                break;
            }
            if (open > position) parts.Add(new TemplatePart(Slot.Literal, text[position..open]));
            var close = text.IndexOf('}', open);
            var name = text[(open + 1)..close];
            if (!SlotNames.TryGetValue(name, out var slot)) throw new FormatException($"Unknown placeholder {{{name}}} in \"{text}\".");
            parts.Add(new TemplatePart(slot, ""));
            position = close + 1;
        }
        return new Template([.. parts]);
    }

    public static Template[] ParseAll(string[] texts)
    {
        var templates = new Template[texts.Length];
        for (var i = 0; i < texts.Length; i++) templates[i] = Parse(texts[i]);
        return templates;
    }
}
