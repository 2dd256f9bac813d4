using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Ingestion;
using Pipeline.Core.Storage;

namespace Pipeline.IntegrationTests;

/// <summary>
/// The index writer against real Azurite and a real Lucene index: a request's carried document is indexed only while the
/// status record names its version as pending or indexed; otherwise the blob, the source of truth, is read.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InlineIndexRequestTests(AzuriteFixture azurite) : IDisposable
{
    private const string SourcePath = "news/convoy.txt";
    private readonly string statusContainer = "st-" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<string> requests = [];
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "inline-index-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_carried_document_is_used_for_its_own_version_and_never_over_a_newer_one_or_a_failure()
    {
        var (status, normalized, index, indexing) = await StartAsync();
        using var disposing = index;
        var id = DocumentIds.FromPath(SourcePath);

        // Version 2 is current (its blob and pending record are written); a late request for version 1 carries version 1.
        await normalized.WriteAsync(Version("v2", "Trireme convoy held at the strait"), CancellationToken.None);
        await status.SetAsync(SourcePath, IngestionState.Pending, "v2", null, 1, CancellationToken.None);
        await indexing.ApplyAsync(Request(id, Version("v1", "Quinquereme convoy cleared")), CancellationToken.None);
        Assert.Equal("Trireme convoy held at the strait", IndexedTitle(index, id));
        Assert.Equal("v2", (await status.GetAsync(id, CancellationToken.None))!.ETag);

        // Version 3's request carries its document, which is indexed as carried: the blob still holds version 2.
        await status.SetAsync(SourcePath, IngestionState.Pending, "v3", null, 1, CancellationToken.None);
        await indexing.ApplyAsync(Request(id, Version("v3", "Galley convoy waved through")), CancellationToken.None);
        Assert.Equal("Galley convoy waved through", IndexedTitle(index, id));
        Assert.Equal(IngestionState.Indexed, (await status.GetAsync(id, CancellationToken.None))!.State);

        // Version 4 failed (its blob removed, its record failed): a request carrying it changes nothing.
        await normalized.DeleteAsync(id, CancellationToken.None);
        await status.SetAsync(SourcePath, IngestionState.Failed, "v4", "unreadable", 1, CancellationToken.None);
        await indexing.ApplyAsync(Request(id, Version("v4", "Barge convoy sunk")), CancellationToken.None);
        Assert.Equal("Galley convoy waved through", IndexedTitle(index, id));
        Assert.Equal(IngestionState.Failed, (await status.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_request_naming_its_untouched_pending_record_is_settled_by_one_conditional_write_and_a_stale_one_falls_back()
    {
        var (status, normalized, index, indexing) = await StartAsync();
        using var disposing = index;
        var id = DocumentIds.FromPath(SourcePath);

        // Version 1 pending at its second attempt; the blob holds other text, so the title shows which document was indexed.
        var pendingV1 = await status.SetPendingAsync(SourcePath, "v1", 2, CancellationToken.None);
        await normalized.WriteAsync(Version("v1", "Frigate convoy from the blob"), CancellationToken.None);
        var requestV1 = Request(id, Version("v1", "Frigate convoy as carried")) with { StatusVersion = pendingV1, Attempts = 2 };
        requests.Clear();
        await indexing.ApplyAsync(requestV1, CancellationToken.None);
        Assert.Equal(["PUT " + statusContainer + "/" + id + ".json"], requests);
        Assert.Equal("Frigate convoy as carried", IndexedTitle(index, id));
        Assert.Equal((IngestionState.Indexed, "v1", 2), Summary(await status.GetAsync(id, CancellationToken.None)));

        // Delivered again, the request finds its record changed (now indexed) and is settled the old way, by reading it.
        requests.Clear();
        await indexing.ApplyAsync(requestV1, CancellationToken.None);
        Assert.Equal(["PUT", "GET", "PUT"], requests.Select(request => request.Split(' ')[0]));
        Assert.Equal("Frigate convoy as carried", IndexedTitle(index, id));
        Assert.Equal((IngestionState.Indexed, "v1", 2), Summary(await status.GetAsync(id, CancellationToken.None)));

        // Version 2 is pending: a late request for version 1 still names version 1's record, writes nothing, and the blob wins.
        await status.SetPendingAsync(SourcePath, "v2", 1, CancellationToken.None);
        await normalized.WriteAsync(Version("v2", "Corvette convoy from the blob"), CancellationToken.None);
        await indexing.ApplyAsync(requestV1, CancellationToken.None);
        Assert.Equal("Corvette convoy from the blob", IndexedTitle(index, id));
        Assert.Equal((IngestionState.Indexed, "v2", 1), Summary(await status.GetAsync(id, CancellationToken.None)));

        // Version 3 failed after its pending record was written: its request, naming that record, changes nothing.
        var pendingV3 = await status.SetPendingAsync(SourcePath, "v3", 1, CancellationToken.None);
        await normalized.DeleteAsync(id, CancellationToken.None);
        await status.SetAsync(SourcePath, IngestionState.Failed, "v3", "unreadable", 1, CancellationToken.None);
        await indexing.ApplyAsync(Request(id, Version("v3", "Barge convoy sunk")) with { StatusVersion = pendingV3 }, CancellationToken.None);
        Assert.Equal("Corvette convoy from the blob", IndexedTitle(index, id));
        Assert.Equal((IngestionState.Failed, "v3", 1), Summary(await status.GetAsync(id, CancellationToken.None)));
    }

    public void Dispose()
    {
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }

    private static (IngestionState, string?, int) Summary(IngestionStatus? record) => (record!.State, record.ETag, record.Attempts);

    private async Task<(StatusStore Status, NormalizedStore Normalized, LuceneIndex Index, IndexingService Indexing)> StartAsync()
    {
        var suffix = statusContainer[3..];
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(new RequestLog(requests), HttpPipelinePosition.PerCall);
        var containers = new PipelineContainers(
            new BlobServiceClient(azurite.ConnectionString, blobOptions),
            new QueueServiceClient(azurite.ConnectionString),
            Options.Create(new StorageOptions
            {
                IncomingContainer = "in-" + suffix, NormalizedContainer = "norm-" + suffix, StatusContainer = statusContainer, IndexQueue = "q-" + suffix,
            }));
        await containers.EnsureCreatedAsync(CancellationToken.None);
        var status = new StatusStore(containers, TimeProvider.System);
        var normalized = new NormalizedStore(containers);
        var index = new LuceneIndex(Options.Create(new IndexStoreOptions { Path = indexPath }), NullLogger<LuceneIndex>.Instance);
        return (status, normalized, index, new IndexingService(index, normalized, status, new IndexWriteLedger(), NullLogger<IndexingService>.Instance));
    }

    private static IndexRequest Request(string id, NormalizedDocument document) =>
        new(id, SourcePath, IndexOperation.Upsert, document.SourceETag, PipelineJson.Serialize(document));

    private static NormalizedDocument Version(string etag, string title) =>
        new(DocumentIds.FromPath(SourcePath), SourcePath, etag, "txt", title, null, title + ".", null, "en", [], [], DateTimeOffset.UtcNow);

    private static string? IndexedTitle(LuceneIndex index, string id)
    {
        index.Refresh();
        using var lease = index.AcquireSearcher();
        var hits = lease.Searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 2);
        Assert.Equal(1, hits.TotalHits);
        return lease.Searcher.Doc(hits.ScoreDocs[0].Doc).Get(IndexSchema.Title);
    }

    /// <summary>Each blob request's method and container/blob path, in order.</summary>
    private sealed class RequestLog(List<string> requests) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            var path = message.Request.Uri.Path;
            lock (requests)
            {
                requests.Add(message.Request.Method + " " + path[(path.IndexOf('/', 1) + 1)..]);
            }
        }
    }
}
