using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Configuration;

/// <summary>Where the Lucene index lives and how often it is refreshed and committed; bound from "Pipeline:Index".</summary>
public sealed class IndexStoreOptions
{
    public const string Section = "Pipeline:Index";

    [Required]
    public string Path { get; set; } = ".data/index";

    /// <summary>How often new documents become visible to searchers.</summary>
    [Range(10, 60_000)]
    public int RefreshIntervalMs { get; set; } = 100;

    /// <summary>How often pending changes are committed durably to disk.</summary>
    [Range(100, 600_000)]
    public int CommitIntervalMs { get; set; } = 1_000;

    /// <summary>Commit early once this many changes are pending.</summary>
    [Range(1, 1_000_000)]
    public int CommitBatchSize { get; set; } = 1_000;

    [Range(16, 4_096)]
    public double RamBufferSizeMb { get; set; } = 64;
}
