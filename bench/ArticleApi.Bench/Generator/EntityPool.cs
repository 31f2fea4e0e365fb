namespace ArticleApi.Bench.Generator;

/// <summary>
/// The names articles mention, ordered by popularity, and a Zipf–Mandelbrot draw over that order:
/// weight (rank + 35)^−1.05. The offset keeps the head realistic: with plain Zipf over 50,000 names the top name
/// would be in most articles rather than a few percent of them.
/// </summary>
internal sealed class EntityPool
{
    public const int Size = 50_000;
    public const double ZipfExponent = 1.05;
    public const double ZipfOffset = 35;
    private const int RareRank = 20_000;

    private readonly PoolEntity[] _byRank;
    private readonly WeightedIndex _ranks;

    public EntityPool(RandomSource random)
    {
        _byRank = new EntityPoolBuilder(random).Build(Size);
        _ranks = WeightedIndex.ZipfMandelbrot(Size, ZipfExponent, ZipfOffset);
    }

    public PoolEntity this[int rank] => _byRank[rank];

    public int SampleRank(RandomSource random) => _ranks.Sample(random);

    /// <summary>The most popular name of the top five that reads the same in Dutch and English copy.</summary>
    public PoolEntity Popular => FirstSameInBothLanguages(0);

    /// <summary>A name near rank 20,000 that reads the same in Dutch and English copy.</summary>
    public PoolEntity Rare => FirstSameInBothLanguages(RareRank - 1);

    private PoolEntity FirstSameInBothLanguages(int fromRank)
    {
        for (var rank = fromRank; rank < _byRank.Length; rank++)
        {
            if (_byRank[rank].SameInBothLanguages) return _byRank[rank];
        }
        throw new InvalidOperationException("The pool has no name spelled the same in both languages.");
    }
}
