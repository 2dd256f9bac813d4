using Lucene.Net.Search;
using Pipeline.Core.Indexing.Snapshots;

namespace Pipeline.IntegrationTests.Snapshots;

/// <summary>A real Lucene writer publishing to Azurite and a replica following it, in one process.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublishAndFollowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_replica_follows_each_published_snapshot_while_searches_in_flight_finish_on_the_old_one()
    {
        using var parts = new SnapshotParts(azurite);
        await using var writeLock = parts.NewLock();
        Assert.True(await writeLock.TryAcquireAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        using var index = SnapshotParts.NewIndex(parts.NewFolder());
        var publisher = parts.NewPublisher(writeLock);
        await publisher.StartAsync(null, CancellationToken.None);
        using var replica = parts.NewReplica();

        Assert.False(await replica.SyncAsync(CancellationToken.None));
        Assert.Equal(0, SnapshotParts.Count(replica));

        Upsert(index, 0, 50);
        var first = await publisher.PublishAsync(index, CancellationToken.None);
        Assert.NotNull(first);
        Assert.Equal(50, first.DocCount);
        Assert.Null(await publisher.PublishAsync(index, CancellationToken.None));
        Assert.True(await replica.SyncAsync(CancellationToken.None));
        Assert.Equal(50, SnapshotParts.Count(replica));

        var inFlight = replica.AcquireSearcher();
        Upsert(index, 50, 80);
        index.Delete("doc-0");
        index.Commit();
        var second = await publisher.PublishAsync(index, CancellationToken.None);
        Assert.NotNull(second);
        Assert.Equal(79, second.DocCount);
        Assert.True(second.Generation > first.Generation);
        Assert.Equal(first.CommittedAt, second.CompleteBefore);

        var remote = await parts.Store.ListFilesAsync(CancellationToken.None);
        Assert.All(second.Files, file => Assert.Equal(file, remote[file.Name]));

        Assert.True(await replica.SyncAsync(CancellationToken.None));
        Assert.Equal(79, SnapshotParts.Count(replica));
        Assert.Equal(second.Generation, replica.Current?.Generation);
        Assert.Equal(50, inFlight.Searcher.Search(new MatchAllDocsQuery(), 100).TotalHits);
        inFlight.Dispose();
    }

    [Fact]
    public async Task A_writer_on_a_fresh_machine_restores_the_newest_snapshot_and_publishes_on_from_it()
    {
        using var parts = new SnapshotParts(azurite);
        await using var writeLock = parts.NewLock();
        Assert.True(await writeLock.TryAcquireAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        SnapshotManifest published;
        using (var gone = SnapshotParts.NewIndex(parts.NewFolder()))
        {
            var publisher = parts.NewPublisher(writeLock);
            await publisher.StartAsync(null, CancellationToken.None);
            Upsert(gone, 0, 30);
            published = (await publisher.PublishAsync(gone, CancellationToken.None))!;
        }

        var fresh = parts.NewFolder();
        await parts.NewDownloader().RestoreAsync(published, fresh, CancellationToken.None);
        using var index = SnapshotParts.NewIndex(fresh);
        Assert.Equal(30, SnapshotParts.Count(index));

        var next = parts.NewPublisher(writeLock);
        await next.StartAsync(published, CancellationToken.None);
        Upsert(index, 30, 35);
        var manifest = await next.PublishAsync(index, CancellationToken.None);
        Assert.NotNull(manifest);
        Assert.Equal(35, manifest.DocCount);
        Assert.True(manifest.Generation > published.Generation);

        using var replica = parts.NewReplica();
        Assert.True(await replica.SyncAsync(CancellationToken.None));
        Assert.Equal(35, SnapshotParts.Count(replica));
    }

    private static void Upsert(Pipeline.Core.Indexing.LuceneIndex index, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            index.Upsert(SnapshotParts.Doc($"doc-{i}", $"Harbour report number {i}"));
        }

        index.Commit();
        index.Refresh();
    }
}
