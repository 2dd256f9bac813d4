namespace Pipeline.Bench.Measure;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile of the samples (p in 0..100).</summary>
    public static double Of(IReadOnlyList<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
