using ArticleApi.Common.Text;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Articles;

/// <summary>An entity as one article mentions it, ready to store.</summary>
/// <param name="Key">The entity's key (EntityKey.Of).</param>
/// <param name="Name">The fullest name the article gives it.</param>
/// <param name="Mentions">How often the article mentions it; at least 1 for an entity an editor listed.</param>
/// <param name="FromEditor">Whether an editor listed it (or only the extractor found it).</param>
/// <param name="Aliases">Every spelling the article uses for it.</param>
public sealed record ArticleEntity(string Key, string Name, EntityType Type, int Mentions, bool FromEditor, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// The editor's entities first, in their order, then those found in the text that the editor did not
    /// list. An editor's entity takes the mentions (and spellings) of the found entity of the same name,
    /// whatever type the extractor gave it: the editor's type wins (and the fuller name, when the types agree).
    /// </summary>
    public static IReadOnlyList<ArticleEntity> Merge(IEnumerable<EntityRequest> editors, IReadOnlyList<ExtractedEntity> found)
    {
        var byName = new Dictionary<string, ExtractedEntity>();
        foreach (var entity in found)
            foreach (var alias in entity.Aliases.Prepend(entity.Name))
                byName.TryAdd(TextFolding.Fold(alias), entity);

        // Each with the found entity whose mentions it carries, if any: each found entity is counted once.
        var merged = new List<(ArticleEntity Entity, ExtractedEntity? Found)>();
        var taken = new HashSet<ExtractedEntity>();
        foreach (var editor in editors)
        {
            var type = editor.Type!.Value;
            var match = byName.GetValueOrDefault(TextFolding.Fold(editor.Name!));
            if (match is not null && !taken.Add(match)) match = null; // two editor entities for one found: the first takes it
            // "Zelensky" listed, "Volodymyr Zelensky" found: one person, under the fuller name.
            var name = match is not null && match.Type == type && match.Name.Length > editor.Name!.Length ? match.Name : editor.Name!;
            merged.Add((new ArticleEntity(EntityKey.Of(type, name), name, type,
                Math.Max(1, match?.Count ?? 1), FromEditor: true, [editor.Name!, .. match?.Aliases ?? []]), match));
        }
        merged.AddRange(found.Where(f => !taken.Contains(f))
            .Select(f => (new ArticleEntity(EntityKey.Of(f.Type, f.Name), f.Name, f.Type, f.Count, FromEditor: false, f.Aliases), (ExtractedEntity?)f)));

        // One entry per key: "AT&T" and "AT-T" are one entity, mentioned as often as both together. An editor
        // listing it twice ("Oekraïne", "oekraine") adds no mentions: the text's are counted once, and one
        // the text never names is mentioned once.
        return [.. merged
            .GroupBy(e => e.Entity.Key)
            .Select(g => g.First().Entity with
            {
                Mentions = Math.Max(1, g.Sum(e => e.Found?.Count ?? 0)),
                FromEditor = g.Any(e => e.Entity.FromEditor),
                Aliases = [.. g.SelectMany(e => e.Entity.Aliases).DistinctBy(TextFolding.Fold)],
            })
            .Take(ArticleRequestValidator.MaxEntities)];
    }
}
