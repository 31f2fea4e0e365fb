namespace ArticleApi.Bench.Generator;

/// <summary>Draws an index with probability proportional to integer weights, by binary search over running totals.</summary>
internal sealed class WeightedIndex
{
    private readonly long[] _runningTotals;
    private readonly long _total;

    public WeightedIndex(ReadOnlySpan<long> weights)
    {
        if (weights.IsEmpty) throw new ArgumentException("At least one weight is needed.", nameof(weights));
        _runningTotals = new long[weights.Length];
        long total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0) throw new ArgumentException("Weights must be positive.", nameof(weights));
            total += weights[i];
            _runningTotals[i] = total;
        }
        _total = total;
    }

    public int Count => _runningTotals.Length;

    /// <summary>Share of draws that land on <paramref name="index"/>.</summary>
    public double Probability(int index) =>
        (double)(_runningTotals[index] - (index == 0 ? 0 : _runningTotals[index - 1])) / _total;

    public int Sample(RandomSource random)
    {
        var target = random.NextLong(_total);
        var found = Array.BinarySearch(_runningTotals, target);
        // Running totals are exclusive upper bounds: an exact hit belongs to the next bucket.
        return found >= 0 ? found + 1 : ~found;
    }

    public static WeightedIndex FromInts(ReadOnlySpan<int> weights)
    {
        Span<long> widened = weights.Length <= 256 ? stackalloc long[weights.Length] : new long[weights.Length];
        for (var i = 0; i < weights.Length; i++) widened[i] = weights[i];
        return new WeightedIndex(widened);
    }

    /// <summary>Zipf–Mandelbrot ranks: weight of rank k (from 1) is (k + offset)^−exponent.</summary>
    public static WeightedIndex ZipfMandelbrot(int count, double exponent, double offset)
    {
        const double scale = 1L << 52;
        var weights = new long[count];
        var top = PortableMath.Pow(1 + offset, -exponent);
        for (var rank = 1; rank <= count; rank++)
        {
            var relative = PortableMath.Pow(rank + offset, -exponent) / top;
            weights[rank - 1] = Math.Max(1, (long)(relative * scale / 64));
        }
        return new WeightedIndex(weights);
    }

    /// <summary>Zipf ranks with exponent 1, in integer arithmetic only: weight of rank k (from 1) is 1/(k + offset).</summary>
    public static WeightedIndex Harmonic(int count, int offset)
    {
        const long scale = 1L << 40;
        var weights = new long[count];
        for (var rank = 1; rank <= count; rank++) weights[rank - 1] = scale / (rank + offset);
        return new WeightedIndex(weights);
    }
}
