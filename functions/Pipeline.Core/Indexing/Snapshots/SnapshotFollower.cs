using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>Polls for a newer manifest every SnapshotPollInterval and loads it into the replica; errors are logged and retried.</summary>
public sealed class SnapshotFollower(SnapshotReplica replica, IOptions<IndexReplicationOptions> options, ILogger<SnapshotFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.Role == IndexRole.OnDemand)
            {
                await replica.Wanted.WaitAsync(stoppingToken);
            }

            using var timer = new PeriodicTimer(options.Value.SnapshotPollInterval);
            do
            {
                try
                {
                    await replica.SyncAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Loading the newest index snapshot failed; retrying at the next poll");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
