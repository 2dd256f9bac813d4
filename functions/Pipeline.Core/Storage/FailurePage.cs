namespace Pipeline.Core.Storage;

/// <summary>One page of dead letters, newest first; pass <paramref name="Continuation"/> back for the next page (null at the end).</summary>
public sealed record FailurePage(IReadOnlyList<IngestionStatus> Failures, string? Continuation);
