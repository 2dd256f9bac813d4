namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>One Lucene file of a snapshot; Lucene never rewrites a file, so name, length and MD5 identify its content.</summary>
public sealed record SnapshotFile(string Name, long Length, string Md5);

/// <summary>
/// manifest.json: the one published commit. Written last, after every file it names is uploaded, so a reader that
/// follows manifests only never sees a half-uploaded snapshot.
/// </summary>
/// <param name="CompleteBefore">Every index change applied before this time is in the snapshot (a new writer re-applies later ones).</param>
public sealed record SnapshotManifest(
    long Generation,
    string SegmentsFile,
    IReadOnlyList<SnapshotFile> Files,
    int DocCount,
    DateTimeOffset CommittedAt,
    DateTimeOffset CompleteBefore,
    DateTimeOffset PublishedAt,
    string Writer);
