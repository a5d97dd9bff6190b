namespace Search.Bench.Measuring;

/// <summary>Nearest-rank percentiles of a set of timings in milliseconds.</summary>
public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        return new Percentiles(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Average());

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
