namespace Pipeline.Core.Storage;

/// <summary>The most recently updated status records, newest first, for the ingestion view.</summary>
public sealed class StatusListing(PipelineContainers containers)
{
    private const int Parallel = 8;

    // Records tied on LastModified with the limit-th one are read too, up to this many times the limit.
    private const int TieFactor = 4;

    public async Task<IReadOnlyList<IngestionStatus>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        // Listings come in name order (ids are hashes) with LastModified to the second, so candidates are the newest by
        // LastModified plus the records tied with the last of them (up to a bound), ordered by the record's own UpdatedAt.
        var listed = new List<(string Name, DateTimeOffset Modified)>();
        await foreach (var item in containers.Status.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            // Records are "{id}.json" at the top; "failures/…" holds the dead-letter markers, not records.
            if (!item.Name.Contains('/', StringComparison.Ordinal))
            {
                listed.Add((item.Name, item.Properties.LastModified ?? DateTimeOffset.MinValue));
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
            async (i, token) => records[i] = await ReadAsync(listed[i].Name, token));

        // A record deleted between listing and reading is simply skipped.
        return
        [
            .. records.OfType<IngestionStatus>()
                .OrderByDescending(r => r.UpdatedAt)
                .ThenBy(r => r.Path, StringComparer.Ordinal)
                .Take(limit),
        ];
    }

    private async Task<IngestionStatus?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var content = await containers.Status.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return PipelineJson.Deserialize<IngestionStatus>(content.Value.Content.ToStream());
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
