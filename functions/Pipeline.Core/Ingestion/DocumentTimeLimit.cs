using Pipeline.Core.Documents;

namespace Pipeline.Core.Ingestion;

/// <summary>Runs CPU-bound work on the thread pool and gives up on it after a time limit, failing the document with a reason.</summary>
public static class DocumentTimeLimit
{
    /// <exception cref="UnprocessableDocumentException">The work took longer than <paramref name="limit"/>.</exception>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, T> work, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            // The work checks the token where it loops (PDF pages, DOCX parts); elsewhere it is abandoned and finishes unobserved.
            return await Task.Run(() => work(timeout.Token), timeout.Token).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new UnprocessableDocumentException(
                $"processing took longer than the time limit per document ({limit.TotalMilliseconds:N0} ms, the MaxDocumentMilliseconds limit)");
        }
    }
}
