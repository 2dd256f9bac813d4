using System.Threading.Channels;
using Pipeline.Core.Ingestion;
using Pipeline.Functions;

namespace Pipeline.LocalHost;

/// <summary>Stands in for the storage queue: index requests go straight to the same IndexFunction, in order, one at a time.</summary>
internal sealed class InProcessIndexQueue(IServiceProvider services, ILogger<InProcessIndexQueue> logger)
    : BackgroundService, IIndexRequestSink
{
    private readonly Channel<IndexRequest> channel = Channel.CreateUnbounded<IndexRequest>(new UnboundedChannelOptions { SingleReader = true });

    public async Task SendAsync(IndexRequest request, CancellationToken cancellationToken) =>
        await channel.Writer.WriteAsync(request, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var function = services.GetRequiredService<IndexFunction>();
        await foreach (var request in channel.Reader.ReadAllAsync(stoppingToken))
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
