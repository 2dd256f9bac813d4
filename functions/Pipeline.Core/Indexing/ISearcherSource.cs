namespace Pipeline.Core.Indexing;

/// <summary>Where searches get their index: the local writer's near-real-time searchers, or a replica of published snapshots.</summary>
public interface ISearcherSource
{
    /// <summary>A searcher over the current index; dispose it when the request is done so old readers can close.</summary>
    SearcherLease AcquireSearcher();
}
