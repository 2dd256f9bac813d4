using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Indexing.Snapshots;

namespace Pipeline.IntegrationTests.Snapshots;

/// <summary>Real snapshot parts on the fixture's Azurite, each test with its own container and temporary index folders.</summary>
internal sealed class SnapshotParts : IDisposable
{
    private readonly List<string> folders = [];

    public SnapshotParts(AzuriteFixture azurite, TimeSpan? leaseDuration = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new IndexReplicationOptions
        {
            SnapshotContainer = $"index-{Guid.NewGuid():N}"[..24],
            LeaseDuration = leaseDuration ?? TimeSpan.FromSeconds(15),
            FileGracePeriod = TimeSpan.Zero,
            Role = IndexRole.Searcher,
        });
        Store = new SnapshotStore(new BlobServiceClient(azurite.ConnectionString), Options);
    }

    public IOptions<IndexReplicationOptions> Options { get; }

    public SnapshotStore Store { get; }

    public string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "pipeline-snapshots", Guid.NewGuid().ToString("N"));
        folders.Add(path);
        return path;
    }

    public IndexWriterLock NewLock() => new(Store, Options, TimeProvider.System, NullLogger<IndexWriterLock>.Instance);

    public SnapshotPublisher NewPublisher(IndexWriterLock writeLock) =>
        new(Store, writeLock, Options, TimeProvider.System, NullLogger<SnapshotPublisher>.Instance);

    public SnapshotDownloader NewDownloader() => new(Store, NullLogger<SnapshotDownloader>.Instance);

    public static LuceneIndex NewIndex(string path) =>
        new(Microsoft.Extensions.Options.Options.Create(new IndexStoreOptions { Path = path }), NullLogger<LuceneIndex>.Instance);

    public SnapshotReplica NewReplica() =>
        new(Store, NewDownloader(), Microsoft.Extensions.Options.Options.Create(new IndexStoreOptions { Path = NewFolder() }), Options, NullLogger<SnapshotReplica>.Instance);

    public static NormalizedDocument Doc(string id, string body) =>
        new(id, $"{id}.txt", "\"etag\"", "txt", $"Title {id}", null, body, null, "en", [], [], DateTimeOffset.UnixEpoch);

    public static int Count(ISearcherSource source)
    {
        using var lease = source.AcquireSearcher();
        return lease.Searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 1).TotalHits;
    }

    public void Dispose()
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
