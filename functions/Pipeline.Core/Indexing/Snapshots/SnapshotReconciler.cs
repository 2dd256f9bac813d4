using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// Durability across writer death, chosen over making each queue message wait for a publish (which would cap indexing at
/// one batch per publish): a writer that died after applying a request but before publishing it left a status record
/// written after the change; a new writer re-applies, from normalized/ (the source of truth), every document whose status
/// record changed since the restored snapshot's <see cref="SnapshotManifest.CompleteBefore"/>, less a margin for clock skew.
/// </summary>
public sealed class SnapshotReconciler(
    PipelineContainers containers, NormalizedStore normalized, IOptions<IndexReplicationOptions> options, ILogger<SnapshotReconciler> logger)
{
    private const int Concurrency = 8;
    private const string StatusSuffix = ".json";

    /// <summary>Re-applies the documents the restored snapshot may lack; returns how many were re-applied.</summary>
    public async Task<int> ReconcileAsync(LuceneIndex index, SnapshotManifest restored, CancellationToken cancellationToken)
    {
        // Listings give Last-Modified to the second: one more second so a record written just after the bound is not truncated below it.
        var since = restored.CompleteBefore == DateTimeOffset.MinValue
            ? DateTimeOffset.MinValue
            : restored.CompleteBefore - options.Value.ReconcileMargin - TimeSpan.FromSeconds(1);
        var ids = new List<string>();
        await foreach (var blob in containers.Status.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken))
        {
            if (!blob.Name.StartsWith(FailureKeys.Prefix, StringComparison.Ordinal)
                && blob.Name.EndsWith(StatusSuffix, StringComparison.Ordinal)
                && blob.Properties.LastModified >= since)
            {
                ids.Add(blob.Name[..^StatusSuffix.Length]);
            }
        }

        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (id, token) =>
        {
            if (await normalized.ReadAsync(id, token) is { } document)
            {
                index.Upsert(document);
            }
            else
            {
                index.Delete(id);
            }
        });

        logger.LogInformation("Re-applied {Count} documents changed since snapshot generation {Generation} was complete ({Since})", ids.Count, restored.Generation, since);
        return ids.Count;
    }
}
