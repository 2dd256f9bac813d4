using Azure;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Storage;

/// <summary>normalized/{id}.json: the source of truth the index is built (and rebuilt) from.</summary>
public sealed class NormalizedStore(PipelineContainers containers)
{
    public static string BlobName(string id) => id + ".json";

    /// <summary>Writes normalized/{id}.json; returns the JSON written, which an index request may carry.</summary>
    public async Task<string> WriteAsync(NormalizedDocument document, CancellationToken cancellationToken)
    {
        var json = PipelineJson.Serialize(document);
        var blob = containers.Normalized.GetBlobClient(BlobName(document.Id));
        await blob.UploadAsync(
            BinaryData.FromString(json),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
        return json;
    }

    public async Task<NormalizedDocument?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var content = await containers.Normalized.GetBlobClient(BlobName(id)).DownloadContentAsync(cancellationToken);
            return PipelineJson.Deserialize<NormalizedDocument>(content.Value.Content.ToStream());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        await containers.Normalized.GetBlobClient(BlobName(id)).ExistsAsync(cancellationToken);

    public async Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        await containers.Normalized.GetBlobClient(BlobName(id)).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public async IAsyncEnumerable<string> ListIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in containers.Normalized.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (item.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                yield return item.Name[..^".json".Length];
            }
        }
    }
}
