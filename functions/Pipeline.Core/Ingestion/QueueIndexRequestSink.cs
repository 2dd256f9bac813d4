using Pipeline.Core.Storage;

namespace Pipeline.Core.Ingestion;

/// <summary>Sends index requests through the storage queue that the index function is triggered by.</summary>
public sealed class QueueIndexRequestSink(PipelineContainers containers) : IIndexRequestSink
{
    public async Task SendAsync(IndexRequest request, CancellationToken cancellationToken) =>
        await containers.IndexQueue.SendMessageAsync(PipelineJson.Serialize(request), cancellationToken);
}
