using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Indexing;

/// <summary>Refreshes searchers often (new documents searchable fast) and commits in batches (durable, cheap).</summary>
public sealed class IndexMaintenanceService(LuceneIndex index, IOptions<IndexStoreOptions> options, ILogger<IndexMaintenanceService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(settings.RefreshIntervalMs));
        var lastCommit = TimeProvider.System.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                RunOnce(settings, ref lastCommit);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        index.Commit();
    }

    private void RunOnce(IndexStoreOptions settings, ref long lastCommit)
    {
        try
        {
            index.Refresh();
            var due = TimeProvider.System.GetElapsedTime(lastCommit).TotalMilliseconds >= settings.CommitIntervalMs;
            if (index.PendingChanges >= settings.CommitBatchSize || (due && index.PendingChanges > 0))
            {
                var committed = index.Commit();
                lastCommit = TimeProvider.System.GetTimestamp();
                logger.LogInformation("Committed {ChangeCount} index changes", committed);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Index refresh or commit failed; will retry");
        }
    }
}
