using Microsoft.Extensions.Logging;
using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Ingestion;

/// <summary>The index writer's side of the queue: applies one request to the Lucene index and records the outcome.</summary>
public sealed class IndexingService(LuceneIndex index, NormalizedStore normalized, StatusStore status, ILogger<IndexingService> logger)
{
    public async Task ApplyAsync(IndexRequest request, CancellationToken cancellationToken)
    {
        if (request.Operation == IndexOperation.Delete)
        {
            index.Delete(request.Id);
            var current = await status.GetAsync(request.Id, cancellationToken);
            if (current is not { State: IngestionState.Failed })
            {
                await status.SetAsync(request.SourcePath, IngestionState.Deleted, request.ETag, null, current?.Attempts ?? 0, cancellationToken);
                logger.LogInformation("Removed {DocId} ({SourcePath}) from the index", request.Id, request.SourcePath);
            }

            return;
        }

        var document = await normalized.ReadAsync(request.Id, cancellationToken);
        if (document is null)
        {
            // Deleted after it was queued: the delete request that follows removes it; nothing to index.
            logger.LogInformation("Skipped {DocId}: its normalised document is gone", request.Id);
            return;
        }

        if (request.ETag is not null && document.SourceETag != request.ETag)
        {
            logger.LogDebug("Indexing newer version of {DocId} than requested", request.Id);
        }

        index.Upsert(document);
        var previous = await status.GetAsync(request.Id, cancellationToken);
        await status.SetAsync(document.SourcePath, IngestionState.Indexed, document.SourceETag, null, previous?.Attempts ?? 1, cancellationToken);
        logger.LogInformation("Indexed {DocId} ({SourcePath}): {Title}", document.Id, document.SourcePath, document.Title);
    }
}
