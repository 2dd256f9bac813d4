using Microsoft.Extensions.Logging;
using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Ingestion;

/// <summary>
/// Rebuilds the Lucene index from normalized/, the source of truth, in place: every document is upserted by id and
/// documents without a normalised source are removed, so searches keep answering throughout and see no gap.
/// </summary>
public sealed class ReindexService(
    LuceneIndex index, NormalizedStore normalized, IndexWriteLedger ledger, TimeProvider clock, ILogger<ReindexService> logger)
    : IDisposable
{
    private const int ReadConcurrency = 8;
    private readonly System.Threading.Lock startLock = new();
    private readonly CancellationTokenSource stopping = new();
    private Task? background;
    private volatile ReindexProgress? latest;

    /// <summary>The running or last reindex of this process, or null if none ran.</summary>
    public ReindexProgress? Latest => latest;

    /// <summary>Starts a reindex in the background unless one is running; returns its progress so far.</summary>
    public ReindexProgress Start()
    {
        lock (startLock)
        {
            if (background is { IsCompleted: false } && latest is { } running)
            {
                return running;
            }

            latest = new ReindexProgress(ReindexState.Running, 0, 0, 0, 0, clock.GetUtcNow(), null, null);
            background = Task.Run(() => RunAsync(null, stopping.Token));
            return latest;
        }
    }

    /// <summary>Runs a whole reindex, reporting progress about once a second and at the end.</summary>
    public async Task<ReindexProgress> RunAsync(IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var counts = new Counts();
        using var tracking = ledger.Track();
        try
        {
            var ids = new List<string>();
            await foreach (var id in normalized.ListIdsAsync(cancellationToken))
            {
                ids.Add(id);
            }

            counts.Total = ids.Count;
            var lastReport = clock.GetTimestamp();
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ReadConcurrency, CancellationToken = cancellationToken }, async (id, token) =>
            {
                await ReindexOneAsync(id, counts, token);
                if (clock.GetElapsedTime(Interlocked.Read(ref lastReport)).TotalSeconds >= 1)
                {
                    Interlocked.Exchange(ref lastReport, clock.GetTimestamp());
                    Report(progress, counts.Snapshot(ReindexState.Running, started, null, null));
                }
            });

            var present = ids.ToHashSet(StringComparer.Ordinal);
            foreach (var orphan in index.ListDocuments().Keys.Where(id => !present.Contains(id)))
            {
                await RemoveOrphanAsync(orphan, counts, cancellationToken);
            }

            index.Commit();
            index.Refresh();
            var done = counts.Snapshot(ReindexState.Completed, started, clock.GetUtcNow(), null);
            Report(progress, done);
            logger.LogInformation("Reindexed {Indexed} of {Total} documents ({Skipped} skipped, {Removed} removed)", done.Indexed, done.Total, done.Skipped, done.Removed);
            return done;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failed = counts.Snapshot(ReindexState.Failed, started, clock.GetUtcNow(), e.Message);
            Report(progress, failed);
            logger.LogError(e, "Reindex failed after {Indexed} of {Total} documents", failed.Indexed, failed.Total);
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return failed;
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    private async Task ReindexOneAsync(string id, Counts counts, CancellationToken cancellationToken)
    {
        var version = ledger.Version(id);
        Documents.NormalizedDocument? document;
        try
        {
            document = await normalized.ReadAsync(id, cancellationToken);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            logger.LogWarning(e, "Skipped {DocId}: its normalised document cannot be read", id);
            Interlocked.Increment(ref counts.Skipped);
            return;
        }

        if (document is not null && ledger.WriteIfUnchanged(id, version, () => index.Upsert(document)))
        {
            Interlocked.Increment(ref counts.Indexed);
        }
        else
        {
            Interlocked.Increment(ref counts.Skipped);
        }
    }

    private async Task RemoveOrphanAsync(string id, Counts counts, CancellationToken cancellationToken)
    {
        var version = ledger.Version(id);
        if (!await normalized.ExistsAsync(id, cancellationToken) && ledger.WriteIfUnchanged(id, version, () => index.Delete(id)))
        {
            counts.Removed++;
        }
    }

    private void Report(IProgress<ReindexProgress>? progress, ReindexProgress snapshot)
    {
        latest = snapshot;
        progress?.Report(snapshot);
    }

    private sealed class Counts
    {
        public int Total;
        public int Indexed;
        public int Skipped;
        public int Removed;

        public ReindexProgress Snapshot(ReindexState state, DateTimeOffset started, DateTimeOffset? finished, string? error) =>
            new(state, Total, Volatile.Read(ref Indexed), Volatile.Read(ref Skipped), Removed, started, finished, error);
    }
}
