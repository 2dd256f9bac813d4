using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Ingestion;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>
/// The queue trigger's entry: an on-demand writer first takes the write lock and opens the index (awaited, shared by
/// concurrent messages); one that cannot within LeaseWaitTimeout throws, so the message returns to the queue.
/// </summary>
public sealed class IndexRequestApplier(IServiceProvider services)
{
    public async Task ApplyAsync(IndexRequest request, CancellationToken cancellationToken)
    {
        if (services.GetService<IndexWriterHost>() is { } host)
        {
            await host.OpenAsync(cancellationToken);
        }

        // Resolved here, not injected: IndexingService needs the open index, which an OnDemand writer opens only above.
        await services.GetRequiredService<IndexingService>().ApplyAsync(request, cancellationToken);
    }
}
