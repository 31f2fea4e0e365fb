using ArticleApi.Common.Text;

namespace ArticleApi.Entities.Extraction;

/// <summary>
/// One embedded word list, folded for lookup. Acronyms of up to three letters ("WHO", "IS", "OM") are
/// kept apart and match only text in capitals, so "Who" and "Is" starting a sentence are not names.
/// </summary>
public sealed class WordList
{
    // Keys are folded; plain ASCII text is looked up as it is, ignoring case, so most lookups allocate nothing.
    private readonly HashSet<string> words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> shortAcronyms = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Entries => words.Concat(shortAcronyms);

    /// <summary>How many words the longest entry has.</summary>
    public int LongestEntry { get; private set; }

    public bool Contains(string text)
    {
        var key = TextFolding.IsPlainAscii(text) ? text : TextFolding.Fold(text);
        return words.Contains(key) || shortAcronyms.Contains(key) && IsCapitals(text);
    }

    private void Add(string entry)
    {
        var key = TextFolding.Fold(entry);
        (IsShortAcronym(entry) ? shortAcronyms : words).Add(key);
        LongestEntry = Math.Max(LongestEntry, key.Count(c => c == ' ') + 1);
    }

    /// <summary>The first words of the entries of more than one word.</summary>
    public static WordList FirstWordsOf(IEnumerable<string> entries)
    {
        var list = new WordList();
        foreach (var entry in entries.Where(e => e.Contains(' ')))
        {
            var first = entry[..entry.IndexOf(' ')];
            list.words.Add(first);
            // "King's College": the tokenizer keeps the possessive apart from the word.
            if (first.EndsWith("'s", StringComparison.Ordinal)) list.words.Add(first[..^2]);
        }
        return list;
    }

    public static WordList Load(string file)
    {
        var list = new WordList();
        foreach (var line in Lines(file).Where(l => !l.StartsWith('#'))) list.Add(line);
        return list;
    }

    /// <summary>A list in sections headed "# first", "# last" and "# suffix": each section a list of its own.</summary>
    public static Dictionary<string, WordList> LoadSections(string file)
    {
        var sections = new Dictionary<string, WordList> { ["first"] = new(), ["last"] = new(), ["suffix"] = new() };
        WordList? section = null;
        foreach (var line in Lines(file))
        {
            if (line.StartsWith('#'))
            {
                var heading = line.TrimStart('#').Trim().ToLowerInvariant().Split(' ');
                if (heading.Length <= 3 && sections.TryGetValue(heading[0], out var named)) section = named;
                continue;
            }
            section?.Add(line);
        }
        return sections;
    }

    public static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream($"Entities.Extraction.Data.{file}")
            ?? throw new InvalidOperationException($"Word list {file} is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0) yield return entry;
        }
    }

    private static bool IsShortAcronym(string entry) => entry.Length <= 3 && entry.Length >= 2 && IsCapitals(entry);

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);
}
