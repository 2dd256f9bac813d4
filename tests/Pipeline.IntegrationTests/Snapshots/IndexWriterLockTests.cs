using Azure;
using Azure.Storage.Blobs.Specialized;
using Pipeline.Core.Indexing.Snapshots;

namespace Pipeline.IntegrationTests.Snapshots;

/// <summary>The write lock on real Azurite: one holder at a time, renewal keeps it, a dead holder's lease expires.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IndexWriterLockTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_second_writer_waits_then_steps_aside_while_the_holder_renews_and_takes_over_once_it_releases()
    {
        using var parts = new SnapshotParts(azurite);
        await using var first = parts.NewLock();
        await using var second = parts.NewLock();

        Assert.True(await first.TryAcquireAsync(TimeSpan.FromSeconds(5), CancellationToken.None));

        // Longer than the 15 s lease: only the holder's renewals keep the second writer out.
        Assert.False(await second.TryAcquireAsync(TimeSpan.FromSeconds(20), CancellationToken.None));
        Assert.True(first.IsHeld);
        Assert.False(first.Lost.IsCancellationRequested);

        await first.ReleaseAsync();
        Assert.True(await second.TryAcquireAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public async Task A_dead_holders_lease_expires_so_another_writer_takes_over_and_the_dead_one_can_no_longer_publish()
    {
        using var parts = new SnapshotParts(azurite);
        await parts.Store.EnsureCreatedAsync(CancellationToken.None);

        // A writer that died holding the lock: its lease is never renewed nor released.
        var dead = parts.Store.Manifest.GetBlobLeaseClient();
        await dead.AcquireAsync(TimeSpan.FromSeconds(15));
        var manifest = new SnapshotManifest(1, "segments_1", [], 0, DateTimeOffset.UtcNow, DateTimeOffset.MinValue, DateTimeOffset.UtcNow, "test");

        await using var next = parts.NewLock();
        Assert.True(await next.TryAcquireAsync(TimeSpan.FromSeconds(45), CancellationToken.None));

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => parts.Store.WriteManifestAsync(manifest, dead.LeaseId, CancellationToken.None));
        Assert.Contains(refused.Status, new[] { 409, 412 });
        await parts.Store.WriteManifestAsync(manifest with { Generation = 2 }, next.LeaseId, CancellationToken.None);
        Assert.Equal(2, (await parts.Store.ReadManifestAsync(CancellationToken.None))?.Generation);
    }

    [Fact]
    public async Task A_holder_whose_lease_is_taken_from_it_marks_the_lock_lost()
    {
        using var parts = new SnapshotParts(azurite);
        await using var holder = parts.NewLock();
        Assert.True(await holder.TryAcquireAsync(TimeSpan.FromSeconds(5), CancellationToken.None));

        await parts.Store.Manifest.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);

        var lost = new TaskCompletionSource();
        await using var registration = holder.Lost.Register(() => lost.TrySetResult());
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(holder.IsHeld);
    }
}
