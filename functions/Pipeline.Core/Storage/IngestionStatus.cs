namespace Pipeline.Core.Storage;

/// <summary>What became of one uploaded file; <paramref name="Reason"/> is set when it failed.</summary>
public sealed record IngestionStatus(
    string Path,
    string Id,
    IngestionState State,
    string? Reason,
    int Attempts,
    string? ETag,
    DateTimeOffset UpdatedAt);
