namespace Pipeline.Core.Ingestion;

/// <summary>Where a reindex stands: documents found in normalized/, written, skipped as unreadable, and removed as orphans.</summary>
/// <param name="Skipped">Documents the index writer changed meanwhile (it already wrote a newer version) or that could not be read.</param>
public sealed record ReindexProgress(
    ReindexState State,
    int Total,
    int Indexed,
    int Skipped,
    int Removed,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error);
