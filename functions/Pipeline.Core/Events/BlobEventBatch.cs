namespace Pipeline.Core.Events;

/// <summary>What one Event Grid delivery asks of the pipeline: answer a subscription handshake, or forget deleted blobs.</summary>
/// <param name="ValidationCode">The code to echo when the delivery is a SubscriptionValidation handshake.</param>
/// <param name="DeletedPaths">Blob names within the incoming container that were deleted.</param>
/// <param name="Ignored">Events about other containers or of other types, accepted and left alone.</param>
public sealed record BlobEventBatch(string? ValidationCode, IReadOnlyList<string> DeletedPaths, int Ignored);
