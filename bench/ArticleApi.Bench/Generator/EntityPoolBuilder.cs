using ArticleApi.Bench.Generator.Names;
using ArticleApi.Common.Text;

namespace ArticleApi.Bench.Generator;

/// <summary>
/// Builds the pool: famous real names first within each type, then invented ones, interleaved by type so that every
/// stretch of ranks holds about 45% people, 25% organizations, 25% places and 5% other names.
/// </summary>
internal sealed class EntityPoolBuilder(RandomSource random)
{
    // Names are unique after case and accent folding, as the API keys entities, so one article never repeats a key.
    private readonly HashSet<string> _takenKeys = new(StringComparer.Ordinal);
    private readonly InventedNames _invented = new(random);

    public PoolEntity[] Build(int size)
    {
        var personCount = size * 45 / 100;
        var organizationCount = size * 25 / 100;
        var locationCount = size * 25 / 100;
        var queues = new[]
        {
            Fill(EntityTypes.Location, RealPlaces.Famous, locationCount, _invented.Place),
            Fill(EntityTypes.Person, [], personCount, _invented.Person),
            Fill(EntityTypes.Organization, RealOrganizations.Famous, organizationCount, _invented.Organization),
            Fill(EntityTypes.Other, OtherEntityParts.Famous, size - personCount - organizationCount - locationCount, _invented.Other),
        };
        return Interleave(queues, size);
    }

    private Queue<PoolEntity> Fill(string type, string[] famous, int count, Func<string, PoolEntity> invent)
    {
        var queue = new Queue<PoolEntity>(count);
        foreach (var notation in famous)
        {
            if (queue.Count == count) break;
            TryAdd(queue, PoolEntity.FromNotation(type, notation));
        }

        var invented = new List<PoolEntity>(count - queue.Count);
        var attempts = 0;
        while (queue.Count + invented.Count < count)
        {
            if (++attempts > count * 50) throw new InvalidOperationException($"Cannot invent {count} distinct {type} names.");
            var candidate = invent(type);
            if (Claim(candidate)) invented.Add(candidate);
        }
        Shuffle(invented);
        foreach (var entity in invented) queue.Enqueue(entity);
        return queue;
    }

    private PoolEntity[] Interleave(Queue<PoolEntity>[] queues, int size)
    {
        var ranked = new PoolEntity[size];
        // Fixed opening so a person, spelled alike in both languages, is always among the top five.
        int[] opening = [0, 1, 2, 0, 1];
        for (var rank = 0; rank < size; rank++)
        {
            var queue = rank < opening.Length ? queues[opening[rank]] : PickByRemaining(queues);
            ranked[rank] = queue.Dequeue();
        }
        return ranked;
    }

    private Queue<PoolEntity> PickByRemaining(Queue<PoolEntity>[] queues)
    {
        var remaining = 0;
        foreach (var queue in queues) remaining += queue.Count;
        var target = random.Next(remaining);
        foreach (var queue in queues)
        {
            if (target < queue.Count) return queue;
            target -= queue.Count;
        }
        throw new InvalidOperationException("No names left to rank.");
    }

    private void TryAdd(Queue<PoolEntity> queue, PoolEntity entity)
    {
        if (Claim(entity)) queue.Enqueue(entity);
    }

    private bool Claim(PoolEntity entity)
    {
        var dutchKey = TextFolding.Fold(entity.Form(inDutch: true).Name);
        var englishKey = entity.SameInBothLanguages ? dutchKey : TextFolding.Fold(entity.Form(inDutch: false).Name);
        if (_takenKeys.Contains(dutchKey) || _takenKeys.Contains(englishKey)) return false;
        _takenKeys.Add(dutchKey);
        _takenKeys.Add(englishKey);
        return true;
    }

    private void Shuffle(List<PoolEntity> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
