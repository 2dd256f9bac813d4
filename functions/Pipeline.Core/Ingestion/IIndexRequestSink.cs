namespace Pipeline.Core.Ingestion;

/// <summary>Where index requests go: a storage queue in Azure, an in-process channel on one machine.</summary>
public interface IIndexRequestSink
{
    Task SendAsync(IndexRequest request, CancellationToken cancellationToken);
}
