using ArticleApi.Articles;
using ArticleApi.Common.Text;

namespace ArticleApi.Entities.Extraction;

/// <summary>
/// Turns an article's mentions into its entities: one per thing, under its fullest name, typed, with
/// how often the article mentions it. "Zelensky" folds into "Volodymyr Zelensky", "VS" into "Verenigde
/// Staten", "Kamer" into "Tweede Kamer", "EIB" into "European Investment Bank".
/// </summary>
public sealed class MentionResolver(Gazetteer gazetteer)
{
    private static readonly HashSet<string> SurnameParticles = ["van", "de", "der", "den", "ter", "ten", "te", "von", "da", "di", "du", "del", "bin", "ibn", "al", "el", "la", "le"];

    public List<ExtractedEntity> Resolve(List<Mention> mentions)
    {
        // A weak mention stands only if a strong mention has the same name, or ends with it.
        var strong = mentions.Where(m => m.Strong).Select(m => TextFolding.Fold(m.Name)).ToHashSet();
        var strongEndings = strong.SelectMany(WordEndings).ToHashSet();
        var groups = new List<EntityGroup>();
        var byKey = new Dictionary<string, EntityGroup>();
        foreach (var mention in mentions)
        {
            var key = TextFolding.Fold(mention.Name);
            if (!mention.Strong && !strong.Contains(key) && !strongEndings.Contains(key)) continue;
            if (!byKey.TryGetValue(key, out var group)) groups.Add(byKey[key] = group = new EntityGroup());
            group.Add(mention, key);
        }
        foreach (var group in groups) group.Type = TypeOf(group);

        // Short forms fold into the one name they can stand for: candidates by word ending, initials and same-as group.
        var candidates = new Dictionary<string, List<EntityGroup>>();
        foreach (var group in groups)
        {
            var key = group.Key;
            foreach (var ending in WordEndings(key)) Candidates(candidates, ending).Add(group);
            if (key.IndexOf(' ') is > 0 and var space) Candidates(candidates, "first:" + key[..space]).Add(group);
            Candidates(candidates, "initials:" + Initials(group.Name)).Add(group);
            if (gazetteer.SameAs(group.Name) is { } same) Candidates(candidates, $"same:{same.Group}").Add(group);
        }
        var absorbed = new HashSet<EntityGroup>();
        foreach (var shorter in groups)
        {
            var key = shorter.Key;
            EntityGroup? fuller = null;
            var ambiguous = false;
            foreach (var lookup in new[] { key, "first:" + key, "initials:" + shorter.Name, gazetteer.SameAs(shorter.Name) is { } same ? $"same:{same.Group}" : null })
            {
                if (lookup is null || !candidates.TryGetValue(lookup, out var found)) continue;
                foreach (var group in found)
                {
                    if (group == shorter || group == fuller || absorbed.Contains(group) || !Refers(shorter, group)) continue;
                    ambiguous |= fuller is not null;
                    fuller = group;
                }
            }
            if (fuller is null || ambiguous) continue;
            fuller.Absorb(shorter);
            absorbed.Add(shorter);
        }
        var entities = groups.Where(g => !absorbed.Contains(g)).ToList();
        foreach (var group in entities.Where(g => g.Guessed)) group.Type = TypeOf(group);

        return [.. entities.Select(g => new ExtractedEntity(g.Name, g.Type ?? EntityType.Other, g.Count, [.. g.Names.Distinct()]))];
    }

    private static List<EntityGroup> Candidates(Dictionary<string, List<EntityGroup>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : index[key] = [];

    /// <summary>"caroline van der plas" → "van der plas", "der plas", "plas".</summary>
    private static IEnumerable<string> WordEndings(string key)
    {
        for (var space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
            yield return key[(space + 1)..];
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>Whether <paramref name="shorter"/> is a short form of the name <paramref name="fuller"/> gives in full.</summary>
    private bool Refers(EntityGroup shorter, EntityGroup fuller)
    {
        if (gazetteer.SameAs(shorter.Name) is { } a && gazetteer.SameAs(fuller.Name) is { } b) return a.Group == b.Group && a.Rank > b.Rank;
        var shortKey = shorter.Key;
        var fullKey = fuller.Key;
        if (shortKey.Length >= fullKey.Length) return false;
        // A listed name of another kind is a thing of its own: "Washington" the city is not George Washington.
        var listed = !shorter.Guessed && shorter.Type is EntityType.Location or EntityType.Organization or EntityType.Other
                     && shorter.Type != fuller.Type && gazetteer.IsKnown(shorter.Name);
        return fuller.Type switch
        {
            // "Zelensky", "Van der Plas": the surname of a person named in full.
            EntityType.Person => !listed && EndsWithWords(fullKey, shortKey),
            // "Kamer" for "Tweede Kamer", "Commission" for "European Commission", "EIB" for "European Investment Bank",
            // "Tour" for "Tour de France".
            EntityType.Organization or EntityType.Other => !listed && !shortKey.Contains(' ')
                && (EndsWithWords(fullKey, shortKey) || IsAcronymOf(shorter.Name, fuller.Name)
                    || fullKey.StartsWith(shortKey + " ", StringComparison.Ordinal) && (gazetteer.StartsOther(shorter.Name) || gazetteer.StartsOrganization(shorter.Name))),
            _ => false,
        };
    }

    private static bool IsAcronymOf(string acronym, string name) =>
        acronym.Length >= 2 && acronym.All(char.IsUpper) && Initials(name) == acronym;

    private static bool EndsWithWords(string full, string end) =>
        full.Length > end.Length && full.EndsWith(end, StringComparison.Ordinal) && full[full.Length - end.Length - 1] == ' ';

    private EntityType? TypeOf(EntityGroup group)
    {
        var name = group.Name;
        var words = name.Split(' ');
        var hints = group.Hints;
        group.Guessed = false;
        if (gazetteer.IsOrganization(name)) return EntityType.Organization;
        if (gazetteer.IsPlace(name) && !hints.HasFlag(MentionHints.Title)) return EntityType.Location;
        if (gazetteer.IsPerson(name) || hints.HasFlag(MentionHints.Title)) return EntityType.Person;
        if (gazetteer.IsOther(name)) return EntityType.Other;
        if (words.Length > 1 && (gazetteer.StartsOther(words[0]) || gazetteer.EndsOther(words[^1]))) return EntityType.Other;
        if (words.Length > 1 && (gazetteer.StartsOrganization(words[0]) || gazetteer.EndsOrganization(words[^1]))) return EntityType.Organization;
        if (hints.HasFlag(MentionHints.Quoted)) return EntityType.Other;
        if (words.Length > 1 && (gazetteer.StartsLocation(words[0]) || gazetteer.EndsLocation(words[^1])) || gazetteer.HasPlaceSuffix(words[^1]))
            return EntityType.Location;
        // "Amsterdam-West", "Rotterdam-Zuid": a district of a known place.
        if (words.Length == 1 && name.IndexOf('-') is > 0 and var hyphen && gazetteer.IsPlace(name[..hyphen])) return EntityType.Location;
        if (words.Length == 1 && (group.Tokens.Any(t => t.IsAcronym) || IsCamelCase(name))) return EntityType.Organization;
        if (hints.HasFlag(MentionHints.Speaker)) return EntityType.Person;
        if (words.Length > 1 && gazetteer.IsGivenName(words[0])) return EntityType.Person;
        if (words.Length > 2 && words[1..^1].Any(w => SurnameParticles.Contains(w))) return EntityType.Person;
        if (words.Length > 1 && SurnameParticles.Contains(words[0].ToLowerInvariant())) return EntityType.Person;
        if (hints.HasFlag(MentionHints.Place)) return EntityType.Location;
        group.Guessed = true;
        // Unknown names of two or three words are mostly people in news copy; a lone unknown word is left open.
        return words.Length is 2 or 3 ? EntityType.Person : null;
    }

    // "FactSet", "TenneT", "PostNL": capitals inside one word name companies, not people ("McCarthy", "DeSantis").
    private static bool IsCamelCase(string word) =>
        word.Length > 3 && !word.Contains('-') && word.AsSpan(2).ContainsAnyInRange('A', 'Z') && word.Any(char.IsLower)
        && !SurnamePrefixes.Any(p => word.Length > p.Length && word.StartsWith(p, StringComparison.Ordinal) && char.IsUpper(word[p.Length]));

    private static readonly string[] SurnamePrefixes = ["Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'", "Fitz"];

    /// <summary>The mentions of one thing.</summary>
    private sealed class EntityGroup
    {
        public string Name { get; private set; } = "";
        /// <summary>The name, folded.</summary>
        public string Key { get; private set; } = "";
        public List<string> Names { get; } = [];
        public HashSet<string> Keys { get; } = [];
        public List<Token> Tokens { get; } = [];
        public MentionHints Hints { get; private set; }
        public int Count { get; private set; }
        public EntityType? Type { get; set; }
        public bool Guessed { get; set; }

        public void Add(Mention mention, string key)
        {
            Names.Add(mention.Name);
            Keys.Add(key);
            Tokens.AddRange(mention.Tokens);
            Hints |= mention.Hints;
            Count++;
            // The fullest spelling wins.
            if (Name.Length == 0 || WordCount(mention.Name) > WordCount(Name)) (Name, Key) = (mention.Name, key);
        }

        private static int WordCount(string name) => name.AsSpan().Count(' ') + 1;

        public void Absorb(EntityGroup other)
        {
            Names.AddRange(other.Names);
            foreach (var key in other.Keys) Keys.Add(key);
            Hints |= other.Hints & (MentionHints.Title | MentionHints.Speaker);
            Count += other.Count;
        }
    }
}
