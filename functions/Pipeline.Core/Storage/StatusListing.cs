using Azure.Storage.Blobs.Models;

namespace Pipeline.Core.Storage;

/// <summary>The most recently updated status records, newest first, for the ingestion view.</summary>
public sealed class StatusListing(PipelineContainers containers, StatusStore status)
{
    private const int Parallel = 8;

    // Records tied on LastModified with the limit-th one are read too, up to this many times the limit.
    private const int TieFactor = 4;

    public async Task<IReadOnlyList<IngestionStatus>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        // Listings come in name order (ids are hashes) with LastModified to the second, so candidates are the newest by
        // LastModified plus the records tied with the last of them (up to a bound), ordered by the record's own UpdatedAt.
        var listed = new List<(string Id, DateTimeOffset Modified)>();
        // Records are "{id}.json" at the top level; the delimiter keeps the dead-letter markers under failures/ out of the listing.
        await foreach (var item in containers.Status.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", prefix: null, cancellationToken))
        {
            if (item.IsBlob && item.Blob.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                listed.Add((item.Blob.Name[..^".json".Length], item.Blob.Properties.LastModified ?? DateTimeOffset.MinValue));
            }
        }

        listed.Sort((a, b) => b.Modified.CompareTo(a.Modified));
        var candidates = listed.Count;
        if (listed.Count > limit)
        {
            var cutoff = listed[limit - 1].Modified;
            candidates = limit;
            while (candidates < listed.Count && candidates < limit * TieFactor && listed[candidates].Modified == cutoff)
            {
                candidates++;
            }
        }

        var records = new IngestionStatus?[candidates];
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, candidates),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (i, token) => records[i] = await status.GetAsync(listed[i].Id, token));

        // A record deleted between listing and reading is simply skipped.
        return
        [
            .. records.OfType<IngestionStatus>()
                .OrderByDescending(r => r.UpdatedAt)
                .ThenBy(r => r.Path, StringComparer.Ordinal)
                .Take(limit),
        ];
    }
}
