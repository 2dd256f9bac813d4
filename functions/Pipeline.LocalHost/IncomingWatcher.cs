using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Pipeline.Core.Indexing;
using Pipeline.Core.Ingestion;
using Pipeline.Core.Storage;
using Pipeline.Functions;

namespace Pipeline.LocalHost;

/// <summary>
/// Stands in for Event Grid, which Azurite lacks: looks at each blob a client writes or deletes through the host's blob relay
/// at once, and lists incoming/ on an interval for everything else (and as the backstop for the relay), calling the same
/// NormalizeFunction for new and changed blobs and removing documents whose blobs were deleted.
/// </summary>
internal sealed class IncomingWatcher(
    PipelineContainers containers,
    IServiceProvider services,
    LuceneIndex index,
    IncomingChanges changes,
    SearchWarmup warmup,
    IOptions<LocalHostOptions> options,
    ILogger<IncomingWatcher> logger) : BackgroundService
{
    private const int MaxAttempts = 3;
    private readonly IncomingLedger ledger = new();
    private readonly Dictionary<string, int> attempts = new(StringComparer.Ordinal);

    // Resolved when first used, after the search warm-up: building the normaliser and enricher stays off the start-up path.
    private NormalizeFunction Normalize => services.GetRequiredService<NormalizeFunction>();

    private IngestionService Ingestion => services.GetRequiredService<IngestionService>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Reading every indexed document's source would compete with the warm-up, and so with the first searches, for the cores.
        await warmup.Completed.WaitAsync(stoppingToken);
        await ReconcileWithIndexAsync(stoppingToken);
        await Task.WhenAll(ListLoopAsync(stoppingToken), HintLoopAsync(stoppingToken));
    }

    private async Task ListLoopAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromMilliseconds(settings.PollIntervalMs);
        do
        {
            var listing = TimeSpan.Zero;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                listing = await PollAsync(settings.Concurrency, settings.ListingPageSize, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Listing {Container} failed; retrying", containers.Incoming.Name);
            }

            // Azurite answers listings and uploads on one thread: a large container is listed at most half the time.
            var rest = interval - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (!await WaitAsync(rest > listing ? rest : listing, stoppingToken))
            {
                return;
            }
        }
        while (true);
    }

    /// <summary>Blobs written or deleted through the relay, looked at as they come; whatever fails here the next listing retries.</summary>
    private async Task HintLoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                changes.ReadAllAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = stoppingToken },
                async (change, token) => await LookAtAsync(change, token));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Documents already indexed from the same blob version are not normalised again after a restart.</summary>
    private async Task ReconcileWithIndexAsync(CancellationToken cancellationToken)
    {
        var indexed = index.ListDocuments();
        var present = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in containers.Incoming.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            present.Add(blob.Name);
            var id = DocumentIds.FromPath(blob.Name);
            if (blob.Properties.ETag is { } etag && indexed.TryGetValue(id, out var meta) && meta.SourceETag is { } source
                && BlobETag.Text(source) == BlobETag.Text(etag))
            {
                ledger.Record(blob.Name, BlobETag.Text(etag));
            }
        }

        foreach (var stale in indexed.Values.Where(meta => !present.Contains(meta.SourcePath)))
        {
            await Ingestion.DeleteAsync(stale.SourcePath, cancellationToken);
        }

        logger.LogInformation("Watching {Container}: {Current} of {Total} blobs already indexed", containers.Incoming.Name, ledger.Count, present.Count);
    }

    /// <summary>One blob the relay saw written or deleted: handled unless that version already is.</summary>
    private async Task LookAtAsync(IncomingChange change, CancellationToken cancellationToken)
    {
        var name = change.Name;
        if (!ledger.TryBegin(name, retry: true))
        {
            return;
        }

        try
        {
            // The write's own answer names the version it made; a later write sends its own hint.
            var etag = change.ETag ?? await CurrentETagAsync(name, cancellationToken);
            if (etag is null)
            {
                if (ledger.Contains(name))
                {
                    await Ingestion.DeleteAsync(name, cancellationToken);
                    ledger.Forget(name);
                }
            }
            else if (!ledger.IsHandled(name, etag) && await ProcessAsync(name, cancellationToken))
            {
                ledger.Record(name, etag);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Handling {SourcePath} after a write through the relay failed; the next listing retries it", name);
        }
        finally
        {
            if (ledger.End(name))
            {
                changes.Notify(name);
            }
        }
    }

    private async Task<string?> CurrentETagAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return BlobETag.Text((await containers.Incoming.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Lists incoming/, handles what changed, and returns how long the listing alone took.</summary>
    private async Task<TimeSpan> PollAsync(int concurrency, int pageSize, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = new List<string>();
        var listingStarted = ledger.StartListing();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Azurite answers one request at a time and a page costs in proportion to its size: small pages let other requests in between.
        var pages = containers.Incoming.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken).AsPages(pageSizeHint: pageSize);
        await foreach (var page in pages)
        {
            foreach (var blob in page.Values)
            {
                var etag = blob.Properties.ETag is { } listed ? BlobETag.Text(listed) : string.Empty;
                current[blob.Name] = etag;
                if (!ledger.IsHandled(blob.Name, etag))
                {
                    changed.Add(blob.Name);
                }
            }
        }

        var listing = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var deleted = ledger.MissingFrom(current, listingStarted);

        // A blob the relay's hints are handling now is left to them; if they handle an older version, the next listing sees it.
        changed.RemoveAll(name => !ledger.TryBegin(name, retry: false));
        var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
        try
        {
            await Parallel.ForEachAsync(
                changed,
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (name, token) =>
                {
                    if (!await ProcessAsync(name, token))
                    {
                        failed.Add(name);
                    }
                });

            foreach (var name in changed)
            {
                // Like a blob trigger's retries: a transient failure is tried again on the next polls, a few times.
                if (failed.Contains(name) && (attempts[name] = attempts.GetValueOrDefault(name) + 1) < MaxAttempts)
                {
                    continue;
                }

                if (failed.Contains(name))
                {
                    await GiveUpAsync(name, cancellationToken);
                }

                attempts.Remove(name);
                ledger.Record(name, current[name]);
            }
        }
        finally
        {
            foreach (var name in changed.Where(ledger.End))
            {
                changes.Notify(name);
            }
        }

        foreach (var name in deleted.Where(name => ledger.TryBegin(name, retry: false)))
        {
            try
            {
                await Ingestion.DeleteAsync(name, cancellationToken);
                ledger.Forget(name);
            }
            finally
            {
                if (ledger.End(name))
                {
                    changes.Notify(name);
                }
            }
        }

        return listing;
    }

    /// <summary>After the last attempt the file becomes a failure with a reason, never silently skipped.</summary>
    private async Task GiveUpAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await Ingestion.RecordFailureAsync(name, $"gave up after {MaxAttempts} attempts; see the host's log for the error", cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Could not record the failure of {SourcePath}", name);
        }
    }

    private async Task<bool> ProcessAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await Normalize.Run(containers.Incoming.GetBlobClient(name), cancellationToken);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Normalising {SourcePath} failed", name);
            return false;
        }
    }
}
