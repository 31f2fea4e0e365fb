using System.Collections.Concurrent;
using ArticleApi.Articles;

namespace ArticleApi.Entities;

/// <summary>
/// Keys, names and types of entities by id, from memory: articles list their entities as ids, and a
/// page of twenty articles mentions some 140 of them. Ids not yet in memory are read in one query.
/// An editor's correction is seen at once on the replica that made it (Forget) and within
/// <see cref="Lifetime"/> on the others, which start afresh that often.
/// </summary>
public sealed class EntityDirectory(EntityRepository entities, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // Generous for an archive (a million articles mention ~50,000 entities); past it, start afresh.
    private const int Capacity = 1_000_000;

    private readonly ConcurrentDictionary<long, EntityName> known = new();
    private long startedAt = clock.GetTimestamp();

    /// <summary>Each of <paramref name="ids"/> with its entity's key, name and type.</summary>
    public async Task<IReadOnlyDictionary<long, EntityName>> ResolveAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        StartAfreshWhenDue();
        var found = new Dictionary<long, EntityName>();
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
        foreach (var (id, key, name, type) in rows)
            found[id] = known[id] = new EntityName(key, name, EntityTypeNames.FromDatabase(type));
        return found;
    }

    /// <summary>Forgets what it knows of these entities (after a rename or merge).</summary>
    public void Forget(IEnumerable<long> ids)
    {
        foreach (var id in ids) known.TryRemove(id, out _);
    }

    private void StartAfreshWhenDue()
    {
        var started = Interlocked.Read(ref startedAt);
        if (clock.GetElapsedTime(started) < Lifetime) return;
        if (Interlocked.CompareExchange(ref startedAt, clock.GetTimestamp(), started) == started) known.Clear();
    }
}
