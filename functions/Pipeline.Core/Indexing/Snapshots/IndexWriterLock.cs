using Azure;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// The single-writer lock: a blob lease on manifest.json, renewed every third of its duration. A holder that dies stops
/// renewing, so the lease expires and another writer takes over; a renewal that fails marks the lock lost at once.
/// </summary>
public sealed class IndexWriterLock(SnapshotStore store, IOptions<IndexReplicationOptions> options, TimeProvider clock, ILogger<IndexWriterLock> logger)
    : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private readonly BlobLeaseClient lease = store.Manifest.GetBlobLeaseClient(Guid.NewGuid().ToString());
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stopping = new();
    private Task? renewing;
    private volatile bool held;

    public string LeaseId => lease.LeaseId;

    public bool IsHeld => held;

    /// <summary>Cancelled when the lease could not be renewed: the holder must stop writing.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>Takes the lease, waiting up to <paramref name="wait"/> for a holder to release it or let it expire.</summary>
    public async Task<bool> TryAcquireAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (held)
        {
            return true;
        }

        var duration = options.Value.LeaseDuration;
        var started = clock.GetTimestamp();
        await store.EnsureCreatedAsync(cancellationToken);
        var logged = false;
        while (true)
        {
            try
            {
                await lease.AcquireAsync(duration, cancellationToken: cancellationToken);
                held = true;
                renewing = RenewAsync(duration, stopping.Token);
                logger.LogInformation("Took the index write lock (lease {LeaseId}, {Duration})", lease.LeaseId, duration);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                if (!logged)
                {
                    logger.LogInformation("Another writer holds the index write lock; waiting up to {Wait} for it", wait);
                    logged = true;
                }
            }

            if (clock.GetElapsedTime(started) + RetryDelay > wait)
            {
                return false;
            }

            await Task.Delay(RetryDelay, clock, cancellationToken);
        }
    }

    /// <summary>Stops renewing and releases the lease so the next writer need not wait for it to expire.</summary>
    public async Task ReleaseAsync()
    {
        await stopping.CancelAsync();
        if (renewing is not null)
        {
            await renewing;
        }

        if (held)
        {
            held = false;
            try
            {
                await lease.ReleaseAsync();
                logger.LogInformation("Released the index write lock");
            }
            catch (RequestFailedException e)
            {
                logger.LogWarning(e, "Could not release the index write lock; it expires by itself");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        lost.Dispose();
        stopping.Dispose();
    }

    private async Task RenewAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(duration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await lease.RenewAsync(cancellationToken: cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The SDK already retried: past this point another writer may take the lease, so this one stops writing now.
            held = false;
            logger.LogCritical(e, "Lost the index write lock; this instance stops writing");
            await lost.CancelAsync();
        }
    }
}
