using System.ComponentModel.DataAnnotations;

namespace Pipeline.LocalHost;

/// <summary>How the local host stands in for Azure; bound from "Pipeline:LocalHost".</summary>
public sealed class LocalHostOptions
{
    public const string Section = "Pipeline:LocalHost";

    /// <summary>Start Azurite from the repository's package.json when none answers on the storage endpoint.</summary>
    public bool StartAzurite { get; set; } = true;

    /// <summary>Where a started Azurite keeps its data, relative to the repository root.</summary>
    [Required]
    public string AzuriteLocation { get; set; } = ".data/azurite";

    /// <summary>Folder of sample documents uploaded to incoming/ at start-up when missing there; empty for none.</summary>
    public string? SeedsPath { get; set; } = "seeds";

    /// <summary>How often incoming/ is listed for new, changed and deleted blobs (Azurite emits no events).</summary>
    [Range(20, 60_000)]
    public int PollIntervalMs { get; set; } = 200;

    /// <summary>Blobs per listing request; Azurite serves nothing else while it builds a page, so smaller pages mean shorter stalls.</summary>
    [Range(10, 5_000)]
    public int ListingPageSize { get; set; } = 500;

    /// <summary>
    /// Relay Azurite's blob endpoint under the host's address, so blobs written through it are handled at once instead of at
    /// the next listing of incoming/.
    /// </summary>
    public bool BlobRelay { get; set; } = true;

    /// <summary>How many files are normalised at once; each mostly waits on storage round trips, so more than the cores.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 16;

    /// <summary>How many index requests apply at once (the Functions queue trigger's batch does the same).</summary>
    [Range(1, 64)]
    public int IndexConcurrency { get; set; } = 8;
}
