using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Indexing;

/// <summary>
/// Refreshes searchers often (new documents searchable fast) and commits in batches (durable, cheap). The first change after a
/// quiet spell is made visible at once; while changes keep coming, searchers refresh at most once every RefreshIntervalMs.
/// Commits run beside the refreshes, so a slow disk sync does not hold new documents back from searches.
/// </summary>
public sealed class IndexMaintenanceService(LuceneIndex index, IOptions<IndexStoreOptions> options, ILogger<IndexMaintenanceService> logger)
    : BackgroundService
{
    /// <summary>How often the change counter is looked at; reading it costs next to nothing.</summary>
    private const int ChangeCheckMs = 5;

    private long lastCommit = TimeProvider.System.GetTimestamp();
    private long lastRun = TimeProvider.System.GetTimestamp();
    private long? lastRefresh;
    private long seenChanges;
    private Task committing = Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromMilliseconds(settings.RefreshIntervalMs);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Min(ChangeCheckMs, settings.RefreshIntervalMs)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // As before, a run every interval; besides, a run as soon as something changed if nothing was refreshed for an interval.
                var early = index.PendingChanges != seenChanges && (lastRefresh is not { } refreshed || TimeProvider.System.GetElapsedTime(refreshed) >= interval);
                if (early || TimeProvider.System.GetElapsedTime(lastRun) >= interval)
                {
                    RunOnce(settings);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await committing;
        index.Commit();
    }

    private void RunOnce(IndexStoreOptions settings)
    {
        try
        {
            // Read before refreshing: a change made after this read is seen as new at the next check.
            seenChanges = index.PendingChanges;
            lastRun = TimeProvider.System.GetTimestamp();
            if (index.Refresh())
            {
                lastRefresh = lastRun;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Index refresh failed; will retry");
        }

        var due = TimeProvider.System.GetElapsedTime(lastCommit).TotalMilliseconds >= settings.CommitIntervalMs;
        if (committing.IsCompleted && (index.PendingChanges >= settings.CommitBatchSize || (due && index.PendingChanges > 0)))
        {
            lastCommit = TimeProvider.System.GetTimestamp();
            committing = Task.Run(Commit);
        }
    }

    private void Commit()
    {
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            var committed = index.Commit();
            logger.LogInformation("Committed {ChangeCount} index changes in {ElapsedMs:F0} ms", committed, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Index commit failed; will retry");
        }
    }
}
