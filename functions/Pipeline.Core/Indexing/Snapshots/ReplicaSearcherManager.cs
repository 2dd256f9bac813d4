using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Core.Indexing.Codecs;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// Reference-counted searchers over a replica directory, like Lucene's SearcherManager but starting from an empty index
/// (nothing published yet) and reopening only when told a new commit is complete on disk. In-flight searches keep the
/// reader they acquired; it closes when the last one releases it.
/// </summary>
internal sealed class ReplicaSearcherManager : ReferenceManager<IndexSearcher>
{
    private readonly LuceneDirectory directory;
    private readonly Bm25SearcherFactory factory = new();

    public ReplicaSearcherManager(LuceneDirectory directory)
    {
        this.directory = directory;
        PipelineCodec.Register();
        Current = factory.NewSearcher(new MultiReader());
    }

    protected override void DecRef(IndexSearcher reference) => reference.IndexReader.DecRef();

    protected override IndexSearcher RefreshIfNeeded(IndexSearcher referenceToRefresh)
    {
        var next = referenceToRefresh.IndexReader is DirectoryReader current
            ? DirectoryReader.OpenIfChanged(current)
            : DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
        return next is null ? null! : factory.NewSearcher(next);
    }

    protected override bool TryIncRef(IndexSearcher reference) => reference.IndexReader.TryIncRef();

    protected override int GetRefCount(IndexSearcher reference) => reference.IndexReader.RefCount;
}
