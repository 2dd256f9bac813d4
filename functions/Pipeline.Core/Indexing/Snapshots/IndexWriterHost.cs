using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// Opens the index for writing, once: takes the write lock, restores the newest published snapshot into the local
/// directory (an instance has no shared disk), opens the writer on it and re-applies what the snapshot may lack.
/// Concurrent callers share one attempt; a failed attempt is retried by the next caller.
/// </summary>
public sealed class IndexWriterHost(
    IndexWriterLock writeLock,
    SnapshotStore store,
    SnapshotDownloader downloader,
    SnapshotReconciler reconciler,
    SnapshotPublisher publisher,
    IOptions<IndexStoreOptions> indexOptions,
    IOptions<IndexReplicationOptions> options,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers)
{
    private readonly System.Threading.Lock attemptLock = new();
    private readonly TaskCompletionSource<LuceneIndex> opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger logger = loggers.CreateLogger<IndexWriterHost>();
    private Task<LuceneIndex>? attempt;

    /// <summary>Completes when this instance has opened the index as the writer.</summary>
    public Task<LuceneIndex> Opened => opened.Task;

    public Task<LuceneIndex> OpenAsync(CancellationToken cancellationToken)
    {
        lock (attemptLock)
        {
            if (attempt is null || attempt.IsFaulted || attempt.IsCanceled)
            {
                attempt = Task.Run(() => OpenOnceAsync(lifetime.ApplicationStopping));
            }

            return attempt.WaitAsync(cancellationToken);
        }
    }

    private async Task<LuceneIndex> OpenOnceAsync(CancellationToken cancellationToken)
    {
        var wait = options.Value.LeaseWaitTimeout;
        if (!await writeLock.TryAcquireAsync(wait, cancellationToken))
        {
            throw new IndexWriterUnavailableException($"another instance held the index write lock for longer than {wait}; retry later");
        }

        // Writing on without the lock could fork the index: stop the whole instance, and let the queue retry elsewhere.
        writeLock.Lost.Register(lifetime.StopApplication);

        var path = Path.GetFullPath(indexOptions.Value.Path);
        var manifest = await store.ReadManifestAsync(cancellationToken);
        if (manifest is not null)
        {
            await downloader.RestoreAsync(manifest, path, cancellationToken);
            logger.LogInformation("Restored snapshot generation {Generation} ({DocCount} documents) into {IndexPath}", manifest.Generation, manifest.DocCount, path);
        }

        var index = new LuceneIndex(indexOptions, loggers.CreateLogger<LuceneIndex>());
        if (manifest is not null)
        {
            await reconciler.ReconcileAsync(index, manifest, cancellationToken);
            index.Commit();
        }

        await publisher.StartAsync(manifest, cancellationToken);
        opened.TrySetResult(index);
        return index;
    }
}
