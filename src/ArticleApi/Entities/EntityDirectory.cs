using System.Collections.Concurrent;
using ArticleApi.Articles;

namespace ArticleApi.Entities;

/// <summary>
/// Names and types of entities by id, from memory: articles list their entities as ids, and a page of
/// twenty articles mentions some 140 of them. Ids not yet in memory are read in one query.
/// </summary>
public sealed class EntityDirectory(EntityRepository entities)
{
    // Generous for an archive (a million articles mention ~50,000 entities); past it, start afresh.
    private const int Capacity = 1_000_000;

    private readonly ConcurrentDictionary<long, EntityResponse> known = new();

    /// <summary>Each of <paramref name="ids"/> with its entity's name and type.</summary>
    public async Task<IReadOnlyDictionary<long, EntityResponse>> ResolveAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, EntityResponse>();
        List<long>? missing = null;
        foreach (var id in ids)
        {
            if (found.ContainsKey(id)) continue;
            if (known.TryGetValue(id, out var entity)) found[id] = entity;
            else (missing ??= []).Add(id);
        }
        if (missing is null) return found;

        var rows = await entities.NamesAsync([.. missing.Distinct()], cancellationToken);
        if (known.Count > Capacity) known.Clear();
        foreach (var (id, name, type) in rows)
            found[id] = known[id] = new EntityResponse(name, EntityTypeNames.FromDatabase(type));
        return found;
    }

    /// <summary>Forgets what it knows of these entities (after a rename or merge).</summary>
    public void Forget(IEnumerable<long> ids)
    {
        foreach (var id in ids) known.TryRemove(id, out _);
    }
}
