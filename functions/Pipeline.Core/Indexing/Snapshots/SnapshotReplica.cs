using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// A search-only copy of the published index: follows manifest.json, downloads only the files it lacks, and swaps
/// searchers without pausing requests. The first search on a fresh instance waits for the first snapshot.
/// </summary>
public sealed class SnapshotReplica : ISearcherSource, IDisposable
{
    private readonly SnapshotStore store;
    private readonly SnapshotDownloader downloader;
    private readonly IndexReplicationOptions settings;
    private readonly ILogger<SnapshotReplica> logger;
    private readonly FSDirectory directory;
    private readonly ReplicaSearcherManager searchers;
    private readonly Dictionary<string, SnapshotFile> verified = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource firstSnapshot = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource wanted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SnapshotManifest? previous;
    private volatile SnapshotManifest? current;

    public SnapshotReplica(
        SnapshotStore store, SnapshotDownloader downloader, IOptions<IndexStoreOptions> indexOptions, IOptions<IndexReplicationOptions> options, ILogger<SnapshotReplica> logger)
    {
        this.store = store;
        this.downloader = downloader;
        this.logger = logger;
        settings = options.Value;

        // An OnDemand instance may also write: its replica must not share the writer's directory.
        var path = System.IO.Path.GetFullPath(indexOptions.Value.Path) + (settings.Role == IndexRole.OnDemand ? "-replica" : string.Empty);
        System.IO.Directory.CreateDirectory(path);
        foreach (var stale in System.IO.Directory.EnumerateFiles(path).Where(IsCommitOrPartial))
        {
            File.Delete(stale);
        }

        Path = path;
        directory = new PositionalReadDirectory(new DirectoryInfo(path));
        searchers = new ReplicaSearcherManager(directory);
    }

    public string Path { get; }

    /// <summary>The snapshot searches now run on, or null before the first.</summary>
    public SnapshotManifest? Current => current;

    /// <summary>Completes once the first search asked for the index (an OnDemand instance follows snapshots only from then).</summary>
    public Task Wanted => wanted.Task;

    /// <summary>Completes once the first published snapshot is open, or it is known that none exists yet.</summary>
    public Task FirstSnapshot => firstSnapshot.Task;

    public SearcherLease AcquireSearcher()
    {
        wanted.TrySetResult();
        if (!firstSnapshot.Task.IsCompleted && !firstSnapshot.Task.Wait(settings.InitialSnapshotTimeout))
        {
            // Only the first requests wait: from here on searches answer from what is loaded while the follower retries.
            logger.LogWarning("No snapshot could be loaded within {Timeout}; searching an empty index meanwhile", settings.InitialSnapshotTimeout);
            firstSnapshot.TrySetResult();
        }

        return new SearcherLease(searchers);
    }

    /// <summary>Loads the newest published snapshot if it is not the one open; returns whether searchers changed.</summary>
    public async Task<bool> SyncAsync(CancellationToken cancellationToken)
    {
        var manifest = await store.ReadManifestAsync(cancellationToken);
        if (manifest is null || manifest.Generation == current?.Generation)
        {
            firstSnapshot.TrySetResult();
            return false;
        }

        var started = Stopwatch.GetTimestamp();
        var bytes = await downloader.DownloadAsync(manifest, Path, verified, cancellationToken);
        var downloaded = Stopwatch.GetElapsedTime(started);

        // Only the manifest's commit may be found by the reopen: any other segments_N is a leftover.
        foreach (var other in System.IO.Directory.EnumerateFiles(Path, "segments*").Where(file => System.IO.Path.GetFileName(file) != manifest.SegmentsFile))
        {
            File.Delete(other);
            verified.Remove(System.IO.Path.GetFileName(other));
        }

        started = Stopwatch.GetTimestamp();
        searchers.MaybeRefreshBlocking();
        var lease = new SearcherLease(searchers);
        try
        {
            var opened = ((DirectoryReader)lease.Searcher.IndexReader).IndexCommit.Generation;
            if (opened != manifest.Generation)
            {
                throw new InvalidDataException($"opened generation {opened}, but the manifest names {manifest.Generation}");
            }
        }
        finally
        {
            lease.Dispose();
        }

        // Searches that started on the previous snapshot may still read its files; those go with the next swap.
        downloader.DeleteExcept(Path, manifest.Files.Concat(previous?.Files ?? []).Select(file => file.Name));
        foreach (var gone in verified.Keys.Where(name => !File.Exists(System.IO.Path.Combine(Path, name))).ToList())
        {
            verified.Remove(gone);
        }

        previous = current ?? manifest;
        current = manifest;
        firstSnapshot.TrySetResult();
        logger.LogInformation(
            "Searching snapshot generation {Generation}: {DocCount} documents; downloaded {Bytes} bytes in {DownloadMs} ms, opened in {OpenMs} ms",
            manifest.Generation, manifest.DocCount, bytes, (long)downloaded.TotalMilliseconds, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return true;
    }

    public void Dispose()
    {
        searchers.Dispose();
        directory.Dispose();
    }

    private static bool IsCommitOrPartial(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.StartsWith("segments", StringComparison.Ordinal) || name.EndsWith(".partial", StringComparison.Ordinal) || name == "write.lock";
    }
}
