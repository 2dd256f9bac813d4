using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Ingestion;

namespace Pipeline.Functions;

/// <summary>A file landed in (or changed in) incoming/: normalise and enrich it, then hand it to the indexer.</summary>
public sealed class NormalizeFunction(IngestionService ingestion)
{
    [Function(nameof(NormalizeFunction))]
    public Task Run(
        [BlobTrigger("%Pipeline:Storage:IncomingContainer%/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")]
        BlobClient blob,
        CancellationToken cancellationToken) =>
        ingestion.ProcessAsync(blob, cancellationToken);
}
