using System.ComponentModel.DataAnnotations;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>How this instance shares the index through blob storage; bound from "Pipeline:Index" beside <see cref="IndexStoreOptions"/>.</summary>
public sealed class IndexReplicationOptions
{
    public const string Section = IndexStoreOptions.Section;

    public IndexRole Role { get; set; } = IndexRole.Standalone;

    /// <summary>Blob container holding the published files (files/…), the manifest and its lease (the write lock).</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string SnapshotContainer { get; set; } = "index";

    /// <summary>How often a searcher looks for a newer manifest.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan SnapshotPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The writer publishes at most this often; commits in between are coalesced into the next snapshot.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Blob lease on the manifest, the write lock; Azure allows 15 to 60 seconds. Renewed every third of it.</summary>
    [Range(typeof(TimeSpan), "00:00:15", "00:01:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a would-be writer waits for the lock before giving up (a queue message then retries later).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseWaitTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Files no manifest names any more are deleted after this, so searchers still downloading the previous one finish.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FileGracePeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the first search on a fresh searcher waits for the first snapshot to download.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan InitialSnapshotTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Margin for clock skew when a new writer re-applies changes recorded after the snapshot it restored.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReconcileMargin { get; set; } = TimeSpan.FromMinutes(2);
}
