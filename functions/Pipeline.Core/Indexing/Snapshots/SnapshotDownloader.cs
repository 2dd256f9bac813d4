using Microsoft.Extensions.Logging;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>Brings a local directory to a published snapshot, downloading only the files it lacks (segments_N last).</summary>
public sealed class SnapshotDownloader(SnapshotStore store, ILogger<SnapshotDownloader> logger)
{
    private const int Concurrency = 4;

    /// <summary>
    /// Downloads what <paramref name="directory"/> lacks of <paramref name="manifest"/>; <paramref name="verified"/> holds the
    /// local files already checked (kept across calls so each file is hashed once). Returns the bytes downloaded.
    /// </summary>
    public async Task<long> DownloadAsync(
        SnapshotManifest manifest, string directory, IDictionary<string, SnapshotFile> verified, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in manifest.Files.Where(file => !verified.ContainsKey(file.Name) && File.Exists(Path.Combine(directory, file.Name))))
        {
            verified[file.Name] = await FileHashes.DescribeAsync(Path.Combine(directory, file.Name), file.Name, cancellationToken);
        }

        var missing = SnapshotPlan.Missing(manifest.Files, verified.AsReadOnly());
        var segments = missing.Where(file => file.Name == manifest.SegmentsFile).ToList();
        await Parallel.ForEachAsync(
            missing.Except(segments),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (file, token) => await store.DownloadFileAsync(file, Path.Combine(directory, file.Name), token));

        // The commit point comes last: until it is on disk no reader can open a commit whose files are still arriving.
        foreach (var file in segments)
        {
            await store.DownloadFileAsync(file, Path.Combine(directory, file.Name), cancellationToken);
        }

        foreach (var file in missing)
        {
            verified[file.Name] = file;
        }

        var bytes = missing.Sum(file => file.Length);
        logger.LogInformation(
            "Downloaded {FileCount} of {TotalFiles} files ({Bytes} bytes) of snapshot generation {Generation} into {Directory}",
            missing.Count, manifest.Files.Count, bytes, manifest.Generation, directory);
        return bytes;
    }

    /// <summary>Makes <paramref name="directory"/> exactly the snapshot: downloads what lacks and deletes every other file (a writer's restore).</summary>
    public async Task RestoreAsync(SnapshotManifest manifest, string directory, CancellationToken cancellationToken)
    {
        await DownloadAsync(manifest, directory, new Dictionary<string, SnapshotFile>(StringComparer.Ordinal), cancellationToken);
        DeleteExcept(directory, manifest.Files.Select(file => file.Name));
    }

    /// <summary>Deletes the directory's files not named; one still open elsewhere (Windows) stays for a later pass.</summary>
    public void DeleteExcept(string directory, IEnumerable<string> keep)
    {
        var kept = keep.ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory).Where(path => !kept.Contains(Path.GetFileName(path))))
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException e)
            {
                logger.LogDebug(e, "Could not delete {Path} yet", path);
            }
            catch (UnauthorizedAccessException e)
            {
                logger.LogDebug(e, "Could not delete {Path} yet", path);
            }
        }
    }
}
