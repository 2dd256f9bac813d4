using System.Diagnostics;
using System.Text.RegularExpressions;
using Pipeline.Core.Search;

namespace Pipeline.LocalHost;

/// <summary>
/// Searches the index once at start-up, beside the rest of it (storage checks, containers, Kestrel), so the first user's search
/// does not also pay for compiling the search path and loading what the index reads lazily: a match-all with facets, then a
/// word from the first hit's title. Ingestion waits for it, so its reconciliation does not compete for the cores meanwhile.
/// </summary>
internal sealed partial class SearchWarmup(IServiceProvider services, bool enabled, ILogger<SearchWarmup> logger) : IHostedService
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up is over, whether it succeeded or not.</summary>
    public Task Completed => done.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (enabled)
        {
            _ = Task.Run(Warm, CancellationToken.None);
        }
        else
        {
            done.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warm()
    {
        try
        {
            // Resolved here, on the warm-up's thread, so building the query parser and gazetteer is part of the warm-up too.
            var started = Stopwatch.GetTimestamp();
            var search = services.GetRequiredService<SearchService>();
            var all = search.Search(SearchRequest.All());
            if (all.Hits.Count > 0 && Words().Matches(Tags().Replace(all.Hits[0].Title, " ")).MaxBy(m => m.Length) is { } word)
            {
                search.Search(SearchRequest.All() with { Query = word.Value });
            }

            logger.LogInformation("Warmed the search path on {Total} documents in {ElapsedMs:F0} ms", all.Total, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A warm-up is an optimisation: the first real search does the same work if this one could not.
            logger.LogWarning(e, "Warming the search path failed");
        }
        finally
        {
            done.TrySetResult();
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Words();
}
