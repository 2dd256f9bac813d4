using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Ingestion;

/// <summary>How storage errors are retried while a file is ingested; bound from "Pipeline:Ingestion".</summary>
public sealed class IngestionOptions
{
    public const string Section = "Pipeline:Ingestion";

    /// <summary>Retries of a transient storage error (timeouts, 408, 429, 5xx) before the file is recorded as failed.</summary>
    [Range(0, 20)]
    public int StorageRetries { get; set; } = 4;

    /// <summary>First retry delay; each later one doubles, with jitter.</summary>
    [Range(1, 60_000)]
    public int RetryDelayMs { get; set; } = 500;
}
