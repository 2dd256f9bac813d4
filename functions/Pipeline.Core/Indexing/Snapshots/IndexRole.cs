namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>What this instance does with the index; see README, "One writer, many searchers".</summary>
public enum IndexRole
{
    /// <summary>One process writes and searches its own local index; nothing is published (local development).</summary>
    Standalone,

    /// <summary>Takes the write lock at start, restores the newest snapshot, writes, searches its own index and publishes snapshots.</summary>
    Writer,

    /// <summary>Never writes: serves searches from the newest published snapshot, polled at SnapshotPollInterval.</summary>
    Searcher,

    /// <summary>A searcher that becomes the writer the first time it is asked to write (Functions: only the queue trigger writes).</summary>
    OnDemand,
}
