using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Documents;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Normalization;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Ingestion;

/// <summary>Turns an uploaded blob into normalized/{id}.json and asks the index writer to take it, or records why not.</summary>
public sealed class IngestionService(
    DocumentNormalizer normalizer,
    Enricher enricher,
    NormalizedStore normalized,
    StatusStore status,
    IIndexRequestSink sink,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    public async Task ProcessAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var path = blob.Name;
        var id = DocumentIds.FromPath(path);
        Response<Azure.Storage.Blobs.Models.BlobDownloadResult> download;
        try
        {
            download = await blob.DownloadContentAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            logger.LogInformation("Skipped {SourcePath}: deleted before it could be read", path);
            return;
        }

        var details = download.Value.Details;
        var etag = details.ETag.ToString();
        var previous = await status.GetAsync(id, cancellationToken);
        if (previous is { State: IngestionState.Indexed } && previous.ETag == etag)
        {
            logger.LogDebug("Skipped {SourcePath}: version {ETag} already processed", path, etag);
            return;
        }

        await status.SetAsync(path, IngestionState.Pending, etag, null, (previous?.ETag == etag ? previous.Attempts : 0) + 1, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        NormalizedDocument document;
        try
        {
            document = Normalize(path, id, etag, download.Value.Content.ToMemory(), details.ContentType);
        }
        catch (UnprocessableDocumentException e)
        {
            await FailAsync(path, id, etag, e.Message, cancellationToken);
            return;
        }

        await normalized.WriteAsync(document, cancellationToken);
        await sink.SendAsync(new IndexRequest(id, path, IndexOperation.Upsert, etag), cancellationToken);
        logger.LogInformation(
            "Normalised {SourcePath} as {DocId} ({Format}, {CountryCount} countries, {TopicCount} topics) in {ElapsedMs:F1} ms",
            path, id, document.Format, document.Countries.Count, document.Topics.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var id = DocumentIds.FromPath(path);
        await normalized.DeleteAsync(id, cancellationToken);
        await sink.SendAsync(new IndexRequest(id, path, IndexOperation.Delete, null), cancellationToken);
        logger.LogInformation("Removing {SourcePath} ({DocId})", path, id);
    }

    private NormalizedDocument Normalize(string path, string id, string etag, ReadOnlyMemory<byte> content, string? contentType)
    {
        var extracted = normalizer.Normalize(content, path, contentType);
        var enrichment = enricher.Enrich(extracted.Title, extracted.Subtitle, extracted.Body);
        return new NormalizedDocument(
            id, path, etag, extracted.Format, extracted.Title, extracted.Subtitle, extracted.Body,
            extracted.Published, extracted.Language, enrichment.Countries, enrichment.Topics, clock.GetUtcNow());
    }

    private async Task FailAsync(string path, string id, string etag, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Failed {SourcePath}: {Reason}", path, reason);
        await normalized.DeleteAsync(id, cancellationToken);
        var current = await status.GetAsync(id, cancellationToken);
        await status.SetAsync(path, IngestionState.Failed, etag, reason, current?.Attempts ?? 1, cancellationToken);

        // A path whose new version is unreadable must not keep answering searches with its old text.
        await sink.SendAsync(new IndexRequest(id, path, IndexOperation.Delete, etag), cancellationToken);
    }
}
