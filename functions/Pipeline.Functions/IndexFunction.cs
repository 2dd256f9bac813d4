using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Indexing.Snapshots;
using Pipeline.Core.Ingestion;

namespace Pipeline.Functions;

/// <summary>The single index writer: applies each queued upsert or delete to the Lucene index.</summary>
public sealed class IndexFunction(IndexRequestApplier indexing)
{
    [Function(nameof(IndexFunction))]
    public Task Run(
        [QueueTrigger("%Pipeline:Storage:IndexQueue%", Connection = "AzureWebJobsStorage")] IndexRequest request,
        CancellationToken cancellationToken) =>
        indexing.ApplyAsync(request, cancellationToken);
}
