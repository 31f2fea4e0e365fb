namespace ArticleApi.Bench.Generator;

/// <summary>Draws an index with probability proportional to integer weights.</summary>
internal sealed class WeightedIndex
{
    private readonly long[] _runningTotals;
    private readonly long _total;

    // Guide table (Chen's method): for each of Count equal slices of [0, total), the first index that can be hit
    // there. A draw jumps to its slice and steps forward, giving exactly the binary-search answer in O(1) expected.
    private readonly int[] _guide;

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

        _guide = new int[weights.Length];
        var index = 0;
        for (var slice = 0; slice < _guide.Length; slice++)
        {
            var sliceStart = (long)((UInt128)(ulong)slice * (ulong)total / (ulong)_guide.Length);
            while (_runningTotals[index] <= sliceStart) index++;
            _guide[slice] = index;
        }
    }

    public int Count => _runningTotals.Length;

    public int Sample(RandomSource random)
    {
        // One 64-bit draw r picks the target ⌊r·total/2⁶⁴⌋ and its slice ⌊r·Count/2⁶⁴⌋; the slice never starts past the target.
        var draw = random.NextUInt64();
        var target = (long)Math.BigMul(draw, (ulong)_total, out _);
        var index = _guide[(int)Math.BigMul(draw, (ulong)_guide.Length, out _)];
        // Running totals are exclusive upper bounds: the target belongs to the first bucket whose total exceeds it.
        while (_runningTotals[index] <= target) index++;
        return index;
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
