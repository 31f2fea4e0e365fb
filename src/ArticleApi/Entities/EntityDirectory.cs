using ArticleApi.Articles;
using Dapper;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace ArticleApi.Entities;

/// <summary>
/// Names and types of entities by id, from memory: articles list their entities as ids, and a page of
/// twenty articles mentions some 140 of them. Ids not yet in memory are read in one query.
/// </summary>
public sealed class EntityDirectory(NpgsqlDataSource dataSource)
{
    private const string SelectByIds = "SELECT id, name, type FROM entities WHERE id = ANY(@Ids)";

    // Bounded: the names of a few hundred thousand entities, the most recently used.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 250_000 });

    /// <summary>Each of <paramref name="ids"/> with its entity's name and type.</summary>
    public async Task<IReadOnlyDictionary<long, EntityResponse>> ResolveAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, EntityResponse>();
        List<long>? missing = null;
        foreach (var id in ids)
        {
            if (found.ContainsKey(id)) continue;
            if (cache.TryGetValue(id, out EntityResponse? entity)) found[id] = entity!;
            else (missing ??= []).Add(id);
        }
        if (missing is null) return found;

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string Name, string Type)>(
            new CommandDefinition(SelectByIds, new { Ids = missing.Distinct().ToArray() }, cancellationToken: cancellationToken));
        foreach (var (id, name, type) in rows)
        {
            var entity = new EntityResponse(name, EntityTypeNames.FromDatabase(type));
            cache.Set(id, entity, new MemoryCacheEntryOptions { Size = 1 });
            found[id] = entity;
        }
        return found;
    }

    /// <summary>Forgets what it knows of these entities (after a rename or merge).</summary>
    public void Forget(IEnumerable<long> ids)
    {
        foreach (var id in ids) cache.Remove(id);
    }
}
