using Azure;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Core.Storage;

/// <summary>status/{id}.json: one record per source path saying what became of it.</summary>
public sealed class StatusStore(PipelineContainers containers, TimeProvider clock)
{
    public async Task<IngestionStatus?> GetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var content = await containers.Status.GetBlobClient(id + ".json").DownloadContentAsync(cancellationToken);
            return PipelineJson.Deserialize<IngestionStatus>(content.Value.Content.ToStream());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task<IngestionStatus> SetAsync(
        string path, IngestionState state, string? etag, string? reason, int attempts, CancellationToken cancellationToken) =>
        PutAsync(new IngestionStatus(path, DocumentIds.FromPath(path), state, reason, attempts, etag, clock.GetUtcNow()), cancellationToken);

    public async Task<IngestionStatus> PutAsync(IngestionStatus status, CancellationToken cancellationToken)
    {
        await containers.Status.GetBlobClient(status.Id + ".json").UploadAsync(
            BinaryData.FromBytes(PipelineJson.SerializeToUtf8(status)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
        return status;
    }
}
