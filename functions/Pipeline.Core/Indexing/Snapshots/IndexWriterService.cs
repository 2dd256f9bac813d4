using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// The writer's background work once it holds the index: refresh and commit (as in Standalone), and publish the newest
/// commit at most every PublishInterval, coalescing commits in between. A Writer opens the index at start; an OnDemand
/// instance only when it is first asked to write.
/// </summary>
public sealed class IndexWriterService(
    IServiceProvider services,
    IndexWriterHost host,
    SnapshotPublisher publisher,
    IndexWriterLock writeLock,
    IOptions<IndexStoreOptions> storeOptions,
    IOptions<IndexReplicationOptions> options,
    ILoggerFactory loggers) : BackgroundService
{
    private static readonly TimeSpan FinalPublishTimeout = TimeSpan.FromSeconds(30);
    private readonly ILogger logger = loggers.CreateLogger<IndexWriterService>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.Role == IndexRole.Writer)
            {
                await host.OpenAsync(stoppingToken);
            }

            await host.Opened.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        // Resolved from the container (not taken from the host) so the container owns and disposes it.
        var index = services.GetRequiredService<LuceneIndex>();
        using var maintenance = new IndexMaintenanceService(index, storeOptions, loggers.CreateLogger<IndexMaintenanceService>());
        await maintenance.StartAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.PublishInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PublishAsync(index, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await maintenance.StopAsync(CancellationToken.None);
        using var final = new CancellationTokenSource(FinalPublishTimeout);
        await PublishAsync(index, final.Token);
        await writeLock.ReleaseAsync();
    }

    private async Task PublishAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        try
        {
            // Commit first, so a change reaches searchers within one PublishInterval rather than waiting for CommitIntervalMs too.
            index.Commit();
            await publisher.PublishAsync(index, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Publishing the index snapshot failed; retrying at the next interval");
        }
    }
}
