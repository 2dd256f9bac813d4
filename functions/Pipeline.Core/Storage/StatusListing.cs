namespace Pipeline.Core.Storage;

/// <summary>The most recently updated status records, newest first, for the ingestion view.</summary>
public sealed class StatusListing(PipelineContainers containers)
{
    private const int Parallel = 8;

    public async Task<IReadOnlyList<IngestionStatus>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        // Blob listings come in name order (ids are hashes), so newest-first needs every name's LastModified; a bounded top-N keeps memory at `limit`.
        var newest = new PriorityQueue<string, DateTimeOffset>(limit + 1);
        await foreach (var item in containers.Status.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var modified = item.Properties.LastModified ?? DateTimeOffset.MinValue;
            newest.Enqueue(item.Name, modified);
            if (newest.Count > limit)
            {
                newest.Dequeue();
            }
        }

        var names = new List<string>(newest.Count);
        while (newest.TryDequeue(out var name, out _))
        {
            names.Add(name);
        }

        var records = new IngestionStatus?[names.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, names.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (i, token) => records[i] = await ReadAsync(names[i], token));

        // A record deleted between listing and reading is simply skipped; order by the record's own time, which the writer sets.
        return [.. records.OfType<IngestionStatus>().OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Path, StringComparer.Ordinal)];
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
