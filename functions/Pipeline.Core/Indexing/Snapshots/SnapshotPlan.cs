namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>The diffs between a snapshot and what one side already holds; pure, so unit tests pin them down.</summary>
public static class SnapshotPlan
{
    /// <summary>Files to upload: those the container lacks, or holds with other content (a dead writer's unpublished file of the same name).</summary>
    public static IReadOnlyList<SnapshotFile> Missing(IEnumerable<SnapshotFile> wanted, IReadOnlyDictionary<string, SnapshotFile> held) =>
        [.. wanted.Where(file => !held.TryGetValue(file.Name, out var have) || have != file)];

    /// <summary>Files held but named by no manifest in <paramref name="referenced"/>: candidates for deletion.</summary>
    public static IReadOnlyList<string> Unreferenced(IEnumerable<string> held, IEnumerable<SnapshotManifest> referenced)
    {
        var named = referenced.SelectMany(manifest => manifest.Files).Select(file => file.Name).ToHashSet(StringComparer.Ordinal);
        return [.. held.Where(name => !named.Contains(name))];
    }

    /// <summary>
    /// Tracks when each unreferenced file was first seen so, and returns those unreferenced for longer than the grace period
    /// (searchers may still be downloading the manifest that named them).
    /// </summary>
    public static IReadOnlyList<string> DueForDeletion(
        IReadOnlyList<string> unreferenced, IDictionary<string, DateTimeOffset> unreferencedSince, DateTimeOffset now, TimeSpan grace)
    {
        var current = unreferenced.ToHashSet(StringComparer.Ordinal);
        foreach (var name in unreferencedSince.Keys.Where(name => !current.Contains(name)).ToList())
        {
            unreferencedSince.Remove(name);
        }

        var due = new List<string>();
        foreach (var name in unreferenced)
        {
            if (!unreferencedSince.TryGetValue(name, out var since))
            {
                unreferencedSince[name] = now;
                since = now;
            }

            if (now - since >= grace)
            {
                due.Add(name);
            }
        }

        return due;
    }

    /// <summary>The generation Lucene encodes in a segments_N name (base 36), or -1 for any other file.</summary>
    public static long GenerationOf(string fileName) =>
        fileName.StartsWith("segments_", StringComparison.Ordinal)
            ? Lucene.Net.Index.SegmentInfos.GenerationFromSegmentsFileName(fileName)
            : -1;
}
