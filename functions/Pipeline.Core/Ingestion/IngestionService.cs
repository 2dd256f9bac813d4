using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Documents;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Normalization;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Ingestion;

/// <summary>
/// Turns an uploaded blob into normalized/{id}.json and asks the index writer to take it, or records why not. Idempotent by
/// id and blob ETag: a repeated or late event for a version already handled does no harm, and every file ends indexed or failed.
/// </summary>
public sealed class IngestionService(
    DocumentNormalizer normalizer,
    Enricher enricher,
    PipelineContainers containers,
    NormalizedStore normalized,
    StatusStore status,
    IIndexRequestSink sink,
    StorageRetryPipeline retry,
    IOptions<NormalizationOptions> limits,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    public async Task ProcessAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await retry.Pipeline.ExecuteAsync(async token => await ProcessOnceAsync(blob, token), cancellationToken);
        }
        catch (Exception e) when (TransientErrors.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(blob.Name, $"storage error after {retry.Attempts} attempts: {e.Message.Split('\n')[0].Trim()}", cancellationToken);
        }
    }

    /// <summary>Removes a deleted blob's document; a late delete event for a path that exists again is ignored.</summary>
    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var id = DocumentIds.FromPath(path);
        await retry.Pipeline.ExecuteAsync(
            async token =>
            {
                if (await containers.Incoming.GetBlobClient(path).ExistsAsync(token))
                {
                    logger.LogInformation("Ignored a delete of {SourcePath}: the blob exists again", path);
                    return;
                }

                await normalized.DeleteAsync(id, token);
                await sink.SendAsync(new IndexRequest(id, path, IndexOperation.Delete, null), token);
                logger.LogInformation("Removing {SourcePath} ({DocId})", path, id);
            },
            cancellationToken);
    }

    /// <summary>Records a file as failed when a host gives up on it for a reason other than its content.</summary>
    public async Task RecordFailureAsync(string path, string reason, CancellationToken cancellationToken)
    {
        var id = DocumentIds.FromPath(path);
        var current = await status.GetAsync(id, cancellationToken);
        await FailAsync(path, id, current?.ETag, reason, current?.Attempts ?? 1, cancellationToken);
    }

    private async Task ProcessOnceAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var path = blob.Name;
        var id = DocumentIds.FromPath(path);

        // The status record and the blob are asked for together; the download's headers give its ETag, size and type.
        var reading = status.GetAsync(id, cancellationToken);
        var opening = OpenAsync(blob, cancellationToken);
        try
        {
            await Task.WhenAll(reading, opening);
        }
        catch
        {
            if (opening.IsCompletedSuccessfully)
            {
                opening.Result?.Dispose();
            }

            throw;
        }

        using var download = opening.Result;
        if (download is null)
        {
            logger.LogInformation("Skipped {SourcePath}: deleted before it could be read", path);
            return;
        }

        var previous = reading.Result;
        var etag = BlobETag.Text(download.Details.ETag);
        if (previous is not null && previous.ETag == etag && await AlreadyHandledAsync(previous, cancellationToken))
        {
            return;
        }

        var attempts = (previous?.ETag == etag ? previous.Attempts : 0) + 1;
        var maxBytes = limits.Value.MaxBlobBytes;
        if (download.Details.ContentLength > maxBytes)
        {
            await status.SetAsync(path, IngestionState.Pending, etag, null, attempts, cancellationToken);
            await FailAsync(path, id, etag, $"file too large: {download.Details.ContentLength:N0} bytes exceeds the MaxBlobBytes limit ({maxBytes:N0})", attempts, cancellationToken);
            return;
        }

        // Reading and normalising overlap the "pending" write, which must land before anything else is written for this file.
        var pending = status.SetPendingAsync(path, etag, attempts, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        NormalizedDocument document;
        try
        {
            var content = await BinaryData.FromStreamAsync(download.Content, cancellationToken);
            document = await DocumentTimeLimit.RunAsync(
                token => Normalize(path, id, etag, content.ToMemory(), download.Details.ContentType, token),
                TimeSpan.FromMilliseconds(limits.Value.MaxDocumentMilliseconds),
                cancellationToken);
        }
        catch (UnprocessableDocumentException e)
        {
            await pending;
            await FailAsync(path, id, etag, e.Message, attempts, cancellationToken);
            return;
        }
        finally
        {
            await pending;
        }

        var json = await normalized.WriteAsync(document, cancellationToken);
        await sink.SendAsync(
            new IndexRequest(id, path, IndexOperation.Upsert, etag, json.Length <= IndexRequest.MaxMessageBytes ? json : null, pending.Result, attempts),
            cancellationToken);
        logger.LogInformation(
            "Normalised {SourcePath} as {DocId} ({Format}, {CountryCount} countries, {TopicCount} topics) in {ElapsedMs:F1} ms",
            path, id, document.Format, document.Countries.Count, document.Topics.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The blob's content stream with its properties, or null when it is gone.</summary>
    private static async Task<BlobDownloadStreamingResult?> OpenAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>True when this blob version needs no new work: it failed for good, or it is indexed (asked again, cheaply, in case the index lost it).</summary>
    private async Task<bool> AlreadyHandledAsync(IngestionStatus previous, CancellationToken cancellationToken)
    {
        switch (previous.State)
        {
            case IngestionState.Failed:
                logger.LogDebug("Skipped {SourcePath}: version {ETag} already failed", previous.Path, previous.ETag);
                return true;
            case IngestionState.Indexed:
                // An index killed before its commit loses recent upserts; the upsert by id is idempotent, so asking again is safe.
                await sink.SendAsync(new IndexRequest(previous.Id, previous.Path, IndexOperation.Upsert, previous.ETag), cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private NormalizedDocument Normalize(string path, string id, string etag, ReadOnlyMemory<byte> content, string? contentType, CancellationToken cancellationToken)
    {
        var extracted = normalizer.Normalize(content, path, contentType, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var enrichment = enricher.Enrich(extracted.Title, extracted.Subtitle, extracted.Body);
        return new NormalizedDocument(
            id, path, etag, extracted.Format, extracted.Title, extracted.Subtitle, extracted.Body,
            extracted.Published, extracted.Language, enrichment.Countries, enrichment.Topics, clock.GetUtcNow());
    }

    private async Task FailAsync(string path, string id, string? etag, string reason, int attempts, CancellationToken cancellationToken)
    {
        logger.LogWarning("Failed {SourcePath}: {Reason}", path, reason);
        await normalized.DeleteAsync(id, cancellationToken);
        await status.SetAsync(path, IngestionState.Failed, etag, reason, attempts, cancellationToken);

        // A path whose new version is unreadable must not keep answering searches with its old text.
        await sink.SendAsync(new IndexRequest(id, path, IndexOperation.Delete, etag ?? string.Empty), cancellationToken);
    }
}
