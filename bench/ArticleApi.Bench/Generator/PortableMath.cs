namespace ArticleApi.Bench.Generator;

/// <summary>
/// Logarithm and power from basic IEEE arithmetic only. Math.Pow and Math.Log come from the platform's C library
/// and may differ in the last bit between machines, which could move a sampling boundary and break determinism.
/// </summary>
internal static class PortableMath
{
    private const double Ln2 = 0.6931471805599453;
    private const double Sqrt2 = 1.4142135623730951;

    public static double Pow(double value, double exponent) => Exp(exponent * Ln(value));

    public static double Ln(double value)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(nameof(value));
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var mantissa = BitConverter.Int64BitsToDouble((bits & 0xFFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (mantissa > Sqrt2)
        {
            mantissa *= 0.5;
            exponent++;
        }

        // ln(m) = 2·atanh(z) with z = (m−1)/(m+1), |z| < 0.172, so 20 odd terms reach full precision.
        var z = (mantissa - 1) / (mantissa + 1);
        var zSquared = z * z;
        var term = z;
        var sum = 0.0;
        for (var n = 1; n < 42; n += 2)
        {
            sum += term / n;
            term *= zSquared;
        }
        return 2 * sum + exponent * Ln2;
    }

    public static double Exp(double value)
    {
        var halvings = Math.Round(value / Ln2);
        var remainder = value - halvings * Ln2;
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n < 26; n++)
        {
            term *= remainder / n;
            sum += term;
        }
        return Math.ScaleB(sum, (int)halvings);
    }
}
