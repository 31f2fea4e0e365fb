using System.Numerics;

namespace ArticleApi.Bench.Generator;

/// <summary>
/// xoshiro256** seeded through splitmix64. Unlike System.Random its sequence is fixed by the algorithm,
/// so a seed yields the same numbers on every runtime version and machine.
/// </summary>
internal sealed class RandomSource
{
    private ulong _s0, _s1, _s2, _s3;

    public RandomSource(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>A generator for one independent purpose (pool, calendar, articles) derived from the user's seed.</summary>
    public static RandomSource ForStream(int seed, ulong stream)
    {
        var state = ((ulong)(uint)seed << 32) ^ (stream * 0xD1B54A32D192ED03UL);
        return new RandomSource(SplitMix64(ref state));
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A value in [0, exclusiveMax), by taking the high half of a 128-bit product (Lemire).</summary>
    public long NextLong(long exclusiveMax) => (long)Math.BigMul(NextUInt64(), (ulong)exclusiveMax, out _);

    public int Next(int exclusiveMax) => (int)NextLong(exclusiveMax);

    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
