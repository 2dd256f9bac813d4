namespace Pipeline.Core.Enrichment;

/// <summary>Per-thread lists reused from one document to the next, so steady-state enrichment allocates little beyond its results.</summary>
internal sealed class EnrichmentScratch
{
    // A huge document should not pin its buffers to the thread for ever.
    private const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static EnrichmentScratch? t_spare;

    public List<CountryMatch> CountryMatches { get; private set; } = [];

    public List<TopicHit> TopicHits { get; private set; } = [];

    public List<TopicCue> DistinctCues { get; } = [];

    public SurfaceStrings Surfaces { get; } = new();

    /// <summary>The thread's spare scratch, or a new one if it is in use (re-entrant call) or not made yet.</summary>
    public static EnrichmentScratch Rent()
    {
        var scratch = t_spare ?? new EnrichmentScratch();
        t_spare = null;
        return scratch;
    }

    /// <summary>Clears everything (results keep their own copies) and keeps it for the thread's next document.</summary>
    public static void Return(EnrichmentScratch scratch)
    {
        scratch.CountryMatches = Cleared(scratch.CountryMatches);
        scratch.TopicHits = Cleared(scratch.TopicHits);
        scratch.DistinctCues.Clear();
        scratch.Surfaces.Clear();
        t_spare = scratch;
    }

    private static List<T> Cleared<T>(List<T> list)
    {
        if (list.Capacity > MaxKeptCapacity)
        {
            return [];
        }

        list.Clear();
        return list;
    }
}
