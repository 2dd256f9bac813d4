using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Storage;

/// <summary>The pipeline's containers and queue, resolved once from the registered storage clients.</summary>
public sealed class PipelineContainers(BlobServiceClient blobs, QueueServiceClient queues, IOptions<StorageOptions> options)
{
    public BlobContainerClient Incoming { get; } = blobs.GetBlobContainerClient(options.Value.IncomingContainer);

    public BlobContainerClient Normalized { get; } = blobs.GetBlobContainerClient(options.Value.NormalizedContainer);

    public BlobContainerClient Status { get; } = blobs.GetBlobContainerClient(options.Value.StatusContainer);

    public QueueClient IndexQueue { get; } = queues.GetQueueClient(options.Value.IndexQueue);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Incoming.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Normalized.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Status.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
    }

    public Task EnsureQueueCreatedAsync(CancellationToken cancellationToken) =>
        IndexQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
}
