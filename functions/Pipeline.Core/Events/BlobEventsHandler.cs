using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Ingestion;
using Pipeline.Core.Problems;

namespace Pipeline.Core.Events;

/// <summary>POST /api/events/blobs: Event Grid's subscription handshake, and BlobDeleted events for the incoming container.</summary>
public sealed class BlobEventsHandler(IngestionService ingestion, IOptions<StorageOptions> options, ILogger<BlobEventsHandler> logger)
{
    /// <summary>Event Grid delivers at most 1 MB per batch; anything larger is not from it.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<ApiResult> HandleAsync(Stream body, CancellationToken cancellationToken)
    {
        var content = await ReadBoundedAsync(body, cancellationToken);
        if (content is null)
        {
            return ApiResult.Problem(ApiProblem.BadRequest($"The body is larger than {MaxBodyBytes} bytes, the most Event Grid sends at once."));
        }

        BlobEventBatch batch;
        try
        {
            batch = BlobEventReader.Read(content, options.Value.IncomingContainer);
        }
        catch (FormatException e)
        {
            logger.LogWarning("Rejected a blob event delivery: {Reason}", e.Message);
            return ApiResult.Problem(ApiProblem.BadRequest(e.Message));
        }

        if (batch.ValidationCode is { } code)
        {
            logger.LogInformation("Answered the Event Grid subscription handshake");
            return ApiResult.Ok(new SubscriptionValidationAnswer(code));
        }

        foreach (var path in batch.DeletedPaths)
        {
            await ingestion.DeleteAsync(path, cancellationToken);
        }

        return ApiResult.Ok(new BlobEventsOutcome(batch.DeletedPaths, batch.Ignored));
    }

    private static async Task<BinaryData?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new BinaryData(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }
}
