using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Indexing.Snapshots;
using Pipeline.Core.Storage;

namespace Pipeline.IntegrationTests.Snapshots;

/// <summary>A writer that died after applying changes but before publishing them: the next one re-applies them from storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReconcileTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_new_writer_re_applies_changes_recorded_after_the_restored_snapshot_and_only_those()
    {
        using var parts = new SnapshotParts(azurite);
        var unique = Guid.NewGuid().ToString("N")[..12];
        var containers = new PipelineContainers(
            new BlobServiceClient(azurite.ConnectionString),
            new QueueServiceClient(azurite.ConnectionString),
            Options.Create(new StorageOptions { IncomingContainer = $"in-{unique}", NormalizedContainer = $"norm-{unique}", StatusContainer = $"status-{unique}" }));
        await containers.EnsureCreatedAsync(CancellationToken.None);
        var normalized = new NormalizedStore(containers);
        var status = new StatusStore(containers, TimeProvider.System);

        await using var writeLock = parts.NewLock();
        Assert.True(await writeLock.TryAcquireAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        SnapshotManifest restored;
        using (var dying = SnapshotParts.NewIndex(parts.NewFolder()))
        {
            var publisher = parts.NewPublisher(writeLock);
            await publisher.StartAsync(null, CancellationToken.None);
            foreach (var id in new[] { "kept", "removed" })
            {
                await ApplyAsync(dying, normalized, status, Named(id, $"Published {id}"));
            }

            // Past the listing's one-second resolution: these two are in every snapshot from here on.
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Commit(dying, "late");
            await publisher.PublishAsync(dying, CancellationToken.None);
            Commit(dying, "later");
            restored = (await publisher.PublishAsync(dying, CancellationToken.None))!;

            // Applied and acknowledged (status written), committed locally, never published: then the writer dies.
            await ApplyAsync(dying, normalized, status, Named("unpublished", "Applied after the last publish"));
            await normalized.DeleteAsync(DocumentIds.FromPath("removed.txt"), CancellationToken.None);
            dying.Delete(DocumentIds.FromPath("removed.txt"));
            await status.SetAsync("removed.txt", IngestionState.Deleted, null, null, 1, CancellationToken.None);
            dying.Commit();
        }

        var fresh = parts.NewFolder();
        await parts.NewDownloader().RestoreAsync(restored, fresh, CancellationToken.None);
        using var index = SnapshotParts.NewIndex(fresh);
        Assert.Equal(4, SnapshotParts.Count(index));

        var reconciler = new SnapshotReconciler(
            containers, normalized, Options.Create(new IndexReplicationOptions { ReconcileMargin = TimeSpan.Zero }), NullLogger<SnapshotReconciler>.Instance);
        var reapplied = await reconciler.ReconcileAsync(index, restored, CancellationToken.None);
        index.Refresh();

        Assert.Equal(2, reapplied);
        var paths = index.ListDocuments().Values.Select(meta => meta.SourcePath).Order(StringComparer.Ordinal);
        Assert.Equal(["kept.txt", "late.txt", "later.txt", "unpublished.txt"], paths);
    }

    // Ids derive from source paths, as the pipeline's do, so status records name the same documents.
    private static Pipeline.Core.Documents.NormalizedDocument Named(string name, string body) =>
        SnapshotParts.Doc(DocumentIds.FromPath($"{name}.txt"), body) with { SourcePath = $"{name}.txt" };

    private static void Commit(Pipeline.Core.Indexing.LuceneIndex index, string id)
    {
        index.Upsert(Named(id, "Indexed without a status record"));
        index.Commit();
    }

    private static async Task ApplyAsync(Pipeline.Core.Indexing.LuceneIndex index, NormalizedStore normalized, StatusStore status, Pipeline.Core.Documents.NormalizedDocument document)
    {
        await normalized.WriteAsync(document, CancellationToken.None);
        index.Upsert(document);
        index.Commit();
        await status.SetAsync(document.SourcePath, IngestionState.Indexed, document.SourceETag, null, 1, CancellationToken.None);
    }
}
