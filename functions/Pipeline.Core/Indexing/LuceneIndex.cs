using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Documents;
using Pipeline.Core.Indexing.Codecs;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Indexing;

/// <summary>The on-disk Lucene index: the single writer, and near-real-time searchers over it.</summary>
public sealed class LuceneIndex : ISearcherSource, IDisposable
{
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ILogger<LuceneIndex> logger;
    private readonly System.Threading.Lock commitLock = new();
    private readonly KnownIds knownIds;

    // One set per writer thread: IndexWriter takes documents from many threads at once.
    [ThreadStatic]
    private static KeywordFields? keywordFields;
    private long pendingChanges;
    private long unrefreshedChanges;

    public LuceneIndex(IOptions<IndexStoreOptions> options, ILogger<LuceneIndex> logger)
    {
        this.logger = logger;
        var path = System.IO.Path.GetFullPath(options.Value.Path);
        System.IO.Directory.CreateDirectory(path);

        // Positional reads into larger buffers; MMapDirectory crashes under Lucene.Net (lucenenet#1013).
        directory = new PositionalReadDirectory(new DirectoryInfo(path));
        PipelineCodec.Register();
        var config = new IndexWriterConfig(IndexSchema.Version, new PipelineAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = options.Value.RamBufferSizeMb,
            Similarity = IndexSchema.Similarity,
            Codec = new PipelineCodec(),

            // Lets a snapshot publisher hold a commit's files while it uploads them; with none held it keeps only the last commit, as before.
            IndexDeletionPolicy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()),

            // Flushed segments stay as separate files: packing each into a compound file copied every byte once more.
            UseCompoundFile = false,
        };
        writer = new IndexWriter(directory, config);
        writer.Commit();
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new Bm25SearcherFactory());
        knownIds = new KnownIds(IndexedIds);
        IndexPath = path;
        logger.LogInformation("Opened index at {IndexPath} with {DocCount} documents", path, writer.NumDocs);
    }

    public string IndexPath { get; }

    public long PendingChanges => Interlocked.Read(ref pendingChanges);

    /// <summary>Holds commits so their files outlive later merges and commits until released (the writer clones its config's policy).</summary>
    public SnapshotDeletionPolicy Snapshots => (SnapshotDeletionPolicy)writer.Config.IndexDeletionPolicy;

    public void Upsert(NormalizedDocument document)
    {
        var fields = IndexSchema.ToLuceneDocument(document, keywordFields ??= new KeywordFields());
        knownIds.Write(document.Id, mayExist =>
        {
            if (mayExist)
            {
                writer.UpdateDocument(new Term(IndexSchema.Id, document.Id), fields);
            }
            else
            {
                writer.AddDocument(fields);
            }
        });
        MarkChanged();
    }

    public void Delete(string id)
    {
        writer.DeleteDocuments(new Term(IndexSchema.Id, id));
        MarkChanged();
    }

    public void DeleteAll()
    {
        knownIds.Clear(writer.DeleteAll);
        MarkChanged();
    }

    /// <summary>Makes changes since the last refresh visible to new searches; returns whether anything changed.</summary>
    public bool Refresh()
    {
        if (Interlocked.Exchange(ref unrefreshedChanges, 0) == 0)
        {
            return false;
        }

        searchers.MaybeRefreshBlocking();
        return true;
    }

    /// <summary>Makes changes durable; returns how many were committed.</summary>
    public long Commit()
    {
        lock (commitLock)
        {
            var pending = Interlocked.Exchange(ref pendingChanges, 0);
            if (pending == 0)
            {
                return 0;
            }

            using (var helpers = FlushHelpers.Start(writer))
            {
                writer.Commit();
                helpers.Finish();
            }

            logger.LogDebug("Committed {ChangeCount} index changes", pending);
            return pending;
        }
    }

    public SearcherLease AcquireSearcher() => new(searchers);

    /// <summary>Every indexed document's id with what it was built from, so a host can reconcile with storage.</summary>
    public IReadOnlyDictionary<string, HitMetadata> ListDocuments()
    {
        Refresh();
        using var lease = AcquireSearcher();
        var reader = lease.Searcher.IndexReader;
        var result = new Dictionary<string, HitMetadata>(reader.NumDocs, StringComparer.Ordinal);
        var fields = new HashSet<string> { IndexSchema.Id, IndexSchema.Meta };
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var stored = leaf.AtomicReader.Document(doc, fields);
                result[stored.Get(IndexSchema.Id)] = StoredHitMetadata.Read(stored.Get(IndexSchema.Meta));
            }
        }

        return result;
    }

    public void Dispose()
    {
        try
        {
            Commit();
        }
        finally
        {
            searchers.Dispose();
            writer.Dispose();
            knownIds.Dispose();
            directory.Dispose();
        }
    }

    /// <summary>Every id in the index's terms, live or not: a superset of the live ids.</summary>
    private IEnumerable<string> IndexedIds()
    {
        using var lease = AcquireSearcher();
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Id)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                yield return terms.Term.Utf8ToString();
            }
        }
    }

    private void MarkChanged()
    {
        Interlocked.Increment(ref pendingChanges);
        Interlocked.Increment(ref unrefreshedChanges);
    }
}
