using System.Text;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Ingestion;

/// <summary>Sends index requests through the storage queue that the index function is triggered by.</summary>
public sealed class QueueIndexRequestSink(PipelineContainers containers) : IIndexRequestSink
{
    public async Task SendAsync(IndexRequest request, CancellationToken cancellationToken)
    {
        var message = PipelineJson.Serialize(request);
        if (request.NormalizedJson is not null && Encoding.UTF8.GetByteCount(message) > IndexRequest.MaxMessageBytes)
        {
            // Too big for one message: the index function reads normalized/{id}.json instead.
            message = PipelineJson.Serialize(request with { NormalizedJson = null });
        }

        await containers.IndexQueue.SendMessageAsync(message, cancellationToken);
    }
}
