namespace Pipeline.Bench.Corpus;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent (hand-written: a few lines).</summary>
public sealed class ZipfSampler
{
    private readonly double[] cumulative;

    public ZipfSampler(int count, double exponent)
    {
        cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            cumulative[rank] /= total;
        }
    }

    public int Next(Random rng)
    {
        var index = Array.BinarySearch(cumulative, rng.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
