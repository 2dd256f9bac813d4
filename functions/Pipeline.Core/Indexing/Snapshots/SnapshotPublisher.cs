using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// Publishes the writer's newest commit: holds it (so merges cannot delete its files mid-upload), uploads the files the
/// container lacks, then writes the manifest under the write lock's lease. Files no manifest names any more are deleted
/// after a grace period.
/// </summary>
public sealed class SnapshotPublisher(
    SnapshotStore store, IndexWriterLock writeLock, IOptions<IndexReplicationOptions> options, TimeProvider clock, ILogger<SnapshotPublisher> logger)
{
    private const int Concurrency = 4;
    private readonly Dictionary<string, SnapshotFile> localFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> unreferencedSince = new(StringComparer.Ordinal);
    private readonly string writer = $"{Environment.MachineName}/{Environment.ProcessId}";
    private Dictionary<string, SnapshotFile> remoteFiles = new(StringComparer.Ordinal);
    private SnapshotManifest? published;

    public SnapshotManifest? Published => published;

    /// <summary>Learns what the container holds; <paramref name="restored"/> is the manifest the writer started from.</summary>
    public async Task StartAsync(SnapshotManifest? restored, CancellationToken cancellationToken)
    {
        remoteFiles = await store.ListFilesAsync(cancellationToken);
        published = restored;
    }

    /// <summary>Publishes the index's newest commit if it is newer than the last published one; returns the new manifest or null.</summary>
    public async Task<SnapshotManifest?> PublishAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        if (!writeLock.IsHeld)
        {
            return null;
        }

        var commit = index.Snapshots.Snapshot();
        try
        {
            if (published is not null && commit.Generation <= published.Generation)
            {
                return null;
            }

            return await PublishCommitAsync(index.IndexPath, commit, cancellationToken);
        }
        finally
        {
            index.Snapshots.Release(commit);
        }
    }

    private async Task<SnapshotManifest> PublishCommitAsync(string directory, IndexCommit commit, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var files = new List<SnapshotFile>();
        foreach (var name in commit.FileNames)
        {
            if (!localFiles.TryGetValue(name, out var file))
            {
                // Lucene writes each file once, so one hash per name lasts the writer's life.
                file = localFiles[name] = await FileHashes.DescribeAsync(Path.Combine(directory, name), name, cancellationToken);
            }

            files.Add(file);
        }

        var missing = SnapshotPlan.Missing(files, remoteFiles);
        await Parallel.ForEachAsync(
            missing,
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (file, token) => await store.UploadFileAsync(file, Path.Combine(directory, file.Name), token));
        foreach (var file in missing)
        {
            remoteFiles[file.Name] = file;
        }

        var infos = new SegmentInfos();
        infos.Read(commit.Directory, commit.SegmentsFileName);
        var docCount = infos.Sum(info => info.Info.DocCount - info.DelCount);
        var committedAt = new DateTimeOffset(File.GetLastWriteTimeUtc(Path.Combine(directory, commit.SegmentsFileName)), TimeSpan.Zero);

        // The previous published commit finished before this one began, so its time bounds what this one may lack.
        var completeBefore = published?.CommittedAt ?? DateTimeOffset.MinValue;
        var manifest = new SnapshotManifest(
            commit.Generation, commit.SegmentsFileName, files, docCount, committedAt, completeBefore, clock.GetUtcNow(), writer);
        await store.WriteManifestAsync(manifest, writeLock.LeaseId, cancellationToken);
        var previous = published;
        published = manifest;
        logger.LogInformation(
            "Published snapshot generation {Generation}: {DocCount} documents, {Uploaded} of {FileCount} files uploaded ({Bytes} bytes) in {ElapsedMs} ms",
            manifest.Generation, docCount, missing.Count, files.Count, missing.Sum(file => file.Length), (long)clock.GetElapsedTime(started).TotalMilliseconds);

        await CollectGarbageAsync(previous is null ? [manifest] : [manifest, previous], cancellationToken);
        return manifest;
    }

    private async Task CollectGarbageAsync(IReadOnlyList<SnapshotManifest> referenced, CancellationToken cancellationToken)
    {
        var unreferenced = SnapshotPlan.Unreferenced(remoteFiles.Keys, referenced);
        var due = SnapshotPlan.DueForDeletion(unreferenced, unreferencedSince, clock.GetUtcNow(), options.Value.FileGracePeriod);
        foreach (var name in due)
        {
            await store.DeleteFileAsync(name, cancellationToken);
            remoteFiles.Remove(name);
            unreferencedSince.Remove(name);
        }

        if (due.Count > 0)
        {
            logger.LogInformation("Deleted {FileCount} snapshot files no manifest names any more", due.Count);
        }
    }
}
