using ArticleApi.Common.Text;

namespace ArticleApi.Entities.Extraction;

/// <summary>
/// The word lists in Data/ (see its README for what each holds and where it comes from), loaded once.
/// Lookups fold case and accents, except that a short acronym ("WHO", "IS") matches only in capitals.
/// </summary>
public sealed class Gazetteer
{
    private readonly WordList givenNames = WordList.Load("given-names.txt");
    private readonly WordList titles = WordList.Load("titles.txt");
    private readonly WordList places = WordList.Load("places.txt");
    private readonly WordList people = WordList.Load("people.txt");
    private readonly WordList organizations = WordList.Load("organizations.txt");
    private readonly WordList others = WordList.Load("others.txt");
    private readonly Dictionary<string, WordList> organizationCues = WordList.LoadSections("organization-cues.txt");
    private readonly Dictionary<string, WordList> otherCues = WordList.LoadSections("other-cues.txt");
    private readonly Dictionary<string, WordList> locationCues = WordList.LoadSections("location-cues.txt");
    private readonly WordList notEntities = WordList.Load("not-entities.txt");
    private readonly WordList dutchStarters = WordList.Load("sentence-starters-nl.txt");
    private readonly WordList englishStarters = WordList.Load("sentence-starters-en.txt");
    private readonly Dictionary<string, (int Group, int Rank)> sameAs = LoadSameAs("same-as.txt");
    private readonly string[] placeSuffixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titleEndings;
    private readonly int longestTitleWord;
    // The first words of listed names and titles of more than one word: other words start none.
    private readonly WordList longNameStarts;
    private readonly WordList longTitleStarts;

    public static Gazetteer Default { get; } = new();

    private Gazetteer()
    {
        placeSuffixes = [.. locationCues["suffix"].Entries];
        var titleWords = titles.Entries.Where(t => !t.Contains(' ') && t.Length >= 5).ToList();
        titleEndings = new HashSet<string>(titleWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        longestTitleWord = titleWords.Max(t => t.Length);
        LongestName = new[] { places, organizations, others, people }.Max(l => l.LongestEntry);
        longNameStarts = WordList.FirstWordsOf(new[] { places, organizations, others, people }.SelectMany(l => l.Entries));
        longTitleStarts = WordList.FirstWordsOf(titles.Entries);
        LongestTitle = titles.LongestEntry;
    }

    /// <summary>How many words the longest listed name has.</summary>
    public int LongestName { get; }

    /// <summary>How many words the longest title has ("minister van buitenlandse zaken": 4).</summary>
    public int LongestTitle { get; }

    /// <summary>Whether a listed name of several words starts with this word; if not, only one-word names can.</summary>
    public bool StartsLongName(string word) => longNameStarts.Contains(word);

    /// <summary>Whether a listed title of several words starts with this word.</summary>
    public bool StartsLongTitle(string word) => longTitleStarts.Contains(word);

    public bool IsGivenName(string word) => givenNames.Contains(word);
    public bool IsPlace(string name) => places.Contains(name);
    public bool IsPerson(string name) => people.Contains(name);
    public bool IsOrganization(string name) => organizations.Contains(name);
    public bool IsOther(string name) => others.Contains(name);
    public bool IsKnown(string name) => IsPlace(name) || IsOrganization(name) || IsOther(name) || IsPerson(name);
    public bool IsNotEntity(string word) => notEntities.Contains(word);

    public bool StartsOrganization(string word) => organizationCues["first"].Contains(word);
    public bool EndsOrganization(string word) => organizationCues["last"].Contains(word);
    public bool StartsOther(string word) => otherCues["first"].Contains(word);
    public bool EndsOther(string word) => otherCues["last"].Contains(word);
    public bool StartsLocation(string word) => locationCues["first"].Contains(word);
    public bool EndsLocation(string word) => locationCues["last"].Contains(word);

    /// <summary>A one-word place by its ending: "Jan Evertsenstraat", "Coolsingel" (at least three letters before the ending).</summary>
    public bool HasPlaceSuffix(string word)
    {
        var key = TextFolding.Fold(word);
        return placeSuffixes.Any(s => key.Length >= s.Length + 3 && key.EndsWith(s, StringComparison.Ordinal));
    }

    /// <summary>
    /// A title or role: listed ("premier", "chief executive"), or a Dutch compound ending in a listed
    /// one-word title ("juryvoorzitter", "hoofdrolspeler", "FNV-bestuurder").
    /// </summary>
    public bool IsTitle(string words)
    {
        if (titles.Contains(words)) return true;
        if (words.Contains(' ')) return false;
        if (TextFolding.IsPlainAscii(words) && words.Length <= 64)
        {
            Span<char> lower = stackalloc char[words.Length];
            words.AsSpan().ToLowerInvariant(lower);
            return EndsInTitle(lower);
        }
        return EndsInTitle(TextFolding.Fold(words));
    }

    private bool EndsInTitle(ReadOnlySpan<char> key)
    {
        // Only endings as long as a listed title can be one: a 200,000-letter word costs no more than a short one.
        for (var start = Math.Max(3, key.Length - longestTitleWord); start <= key.Length - 5; start++)
            if (titleEndings.Contains(key[start..]) && (key[start - 1] == '-' || char.IsLetter(key[start - 1]))) return true;
        return false;
    }

    /// <summary>A word that starts sentences but is never a name by itself ("Maar", "However").</summary>
    public bool StartsSentencesOnly(string word, string language) => language switch
    {
        "nl" => dutchStarters.Contains(word),
        "en" => englishStarters.Contains(word),
        _ => dutchStarters.Contains(word) || englishStarters.Contains(word),
    };

    /// <summary>
    /// Which names are one thing ("VS", "Verenigde Staten"): names of one thing share a group, and the
    /// fuller the name, the lower its rank.
    /// </summary>
    public (int Group, int Rank)? SameAs(string name) => sameAs.TryGetValue(TextFolding.Fold(name), out var entry) ? entry : null;

    /// <summary>Lines of names for one thing, fullest first: "Verenigde Staten|VS". A name is in one line only.</summary>
    private static Dictionary<string, (int Group, int Rank)> LoadSameAs(string file)
    {
        var groups = new Dictionary<string, (int, int)>();
        var group = 0;
        foreach (var line in WordList.Lines(file).Where(l => !l.StartsWith('#')))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var rank = 0; rank < names.Length; rank++) groups.TryAdd(TextFolding.Fold(names[rank]), (group, rank));
            group++;
        }
        return groups;
    }
}
