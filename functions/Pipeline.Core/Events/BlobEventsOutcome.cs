namespace Pipeline.Core.Events;

/// <summary>The answer to a delivery of blob events: the paths being removed and how many events were not ours.</summary>
public sealed record BlobEventsOutcome(IReadOnlyList<string> Deleted, int Ignored);
