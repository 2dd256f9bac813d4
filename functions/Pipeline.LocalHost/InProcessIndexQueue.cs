using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Pipeline.Core.Ingestion;
using Pipeline.Functions;

namespace Pipeline.LocalHost;

/// <summary>
/// Stands in for the storage queue: index requests go straight to the same IndexFunction. Like the queue trigger's
/// batch, several run at once; requests for one document share a lane, so they apply in the order they were sent.
/// </summary>
internal sealed class InProcessIndexQueue(IServiceProvider services, IOptions<LocalHostOptions> options, ILogger<InProcessIndexQueue> logger)
    : BackgroundService, IIndexRequestSink
{
    private readonly Channel<IndexRequest>[] lanes = [.. Enumerable.Range(0, options.Value.IndexConcurrency)
        .Select(_ => Channel.CreateUnbounded<IndexRequest>(new UnboundedChannelOptions { SingleReader = true }))];

    public async Task SendAsync(IndexRequest request, CancellationToken cancellationToken) =>
        await lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(request.Id) % (uint)lanes.Length)].Writer.WriteAsync(request, cancellationToken);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(lanes.Select(lane => DrainAsync(lane.Reader, stoppingToken)));

    private async Task DrainAsync(ChannelReader<IndexRequest> lane, CancellationToken stoppingToken)
    {
        var function = services.GetRequiredService<IndexFunction>();
        await foreach (var request in lane.ReadAllAsync(stoppingToken))
        {
            try
            {
                await function.Run(request, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // One failing request must not stop the writer; the file's next change or a restart retries it.
                logger.LogError(e, "Index request {Operation} {DocId} ({SourcePath}) failed", request.Operation, request.Id, request.SourcePath);
            }
        }
    }
}
