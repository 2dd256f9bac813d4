using Microsoft.Extensions.Logging;
using Pipeline.Core.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Ingestion;

/// <summary>The index writer's side of the queue: applies one request to the Lucene index and records the outcome.</summary>
public sealed class IndexingService(
    LuceneIndex index, NormalizedStore normalized, StatusStore status, IndexWriteLedger ledger, ILogger<IndexingService> logger)
{
    public async Task ApplyAsync(IndexRequest request, CancellationToken cancellationToken)
    {
        if (request.Operation == IndexOperation.Delete)
        {
            ledger.Write(request.Id, () => index.Delete(request.Id));

            // A delete that comes with an ETag only clears a failed version's old text; the failure record stays.
            if (request.ETag is null)
            {
                var current = await status.GetAsync(request.Id, cancellationToken);
                await status.SetAsync(request.SourcePath, IngestionState.Deleted, request.ETag, null, current?.Attempts ?? 0, cancellationToken);
                logger.LogInformation("Removed {DocId} ({SourcePath}) from the index", request.Id, request.SourcePath);
            }

            return;
        }

        var carried = Carried(request);
        if (carried is not null && await TryIndexCarriedAsync(request, carried, cancellationToken))
        {
            return;
        }

        var previous = await status.GetAsync(request.Id, cancellationToken);
        var document = (IsCurrent(request, previous) ? carried : null) ?? await normalized.ReadAsync(request.Id, cancellationToken);
        if (document is null)
        {
            // Deleted after it was queued: the delete request that follows removes it; nothing to index.
            logger.LogInformation("Skipped {DocId}: its normalised document is gone", request.Id);
            return;
        }

        ledger.Write(document.Id, () => index.Upsert(document));

        if (request.ETag is not null && document.SourceETag != request.ETag)
        {
            logger.LogDebug("Indexed a newer version of {DocId} than requested", request.Id);
        }

        await status.SetAsync(document.SourcePath, IngestionState.Indexed, document.SourceETag, null, previous?.Attempts ?? 1, cancellationToken);
        logger.LogInformation("Indexed {DocId} ({SourcePath}): {Title}", document.Id, document.SourcePath, document.Title);
    }

    /// <summary>The document the request carries, when it carries one made for the version it names.</summary>
    private static NormalizedDocument? Carried(IndexRequest request)
    {
        if (request.NormalizedJson is not { } json || request.ETag is null)
        {
            return null;
        }

        var document = PipelineJson.Deserialize<NormalizedDocument>(json);
        return document.Id == request.Id && document.SourceETag == request.ETag ? document : null;
    }

    /// <summary>
    /// Indexes the carried document when its pending record is untouched since the normaliser wrote it, marking it indexed
    /// first with a write conditional on that; false, having written nothing, when the request cannot be settled that way.
    /// </summary>
    private async Task<bool> TryIndexCarriedAsync(IndexRequest request, NormalizedDocument document, CancellationToken cancellationToken)
    {
        if (request.StatusVersion is not { } version || request.ETag is not { } etag
            || !await status.TrySetIndexedAsync(document.SourcePath, etag, request.Attempts, version, cancellationToken))
        {
            return false;
        }

        // The record says indexed a moment before the index does; a crash in between is mended as one before a commit is: the
        // request comes again (or a restart finds the file missing from the index), reads the record, and indexes it again.
        ledger.Write(document.Id, () => index.Upsert(document));
        logger.LogInformation("Indexed {DocId} ({SourcePath}): {Title}", document.Id, document.SourcePath, document.Title);
        return true;
    }

    /// <summary>
    /// Whether the carried document may be trusted: only while the status record still names the version it was made for, as
    /// pending or indexed; a request delivered late or twice, after a newer version or a failure, reads the blob instead.
    /// </summary>
    private static bool IsCurrent(IndexRequest request, IngestionStatus? current) =>
        current is not null && current.ETag == request.ETag && current.State is IngestionState.Pending or IngestionState.Indexed;
}
