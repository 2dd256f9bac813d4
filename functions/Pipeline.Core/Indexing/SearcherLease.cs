using Lucene.Net.Search;

namespace Pipeline.Core.Indexing;

/// <summary>A searcher held for one request; disposing returns it so the manager can close old readers.</summary>
public readonly struct SearcherLease : IDisposable
{
    private readonly ReferenceManager<IndexSearcher> manager;

    internal SearcherLease(ReferenceManager<IndexSearcher> manager)
    {
        this.manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => manager.Release(Searcher);
}
