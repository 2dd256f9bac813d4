using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>The `index` container: Lucene files under files/, and manifest.json naming the published commit (its lease is the write lock).</summary>
public sealed class SnapshotStore(BlobServiceClient blobs, IOptions<IndexReplicationOptions> options)
{
    public const string ManifestName = "manifest.json";
    public const string FilesPrefix = "files/";
    private const int TransferConcurrency = 8;

    // The SDK's first range is 256 MB by default, which would fetch a whole segment file in one request: 8 MB ranges run in parallel.
    private static readonly Azure.Storage.StorageTransferOptions Transfer = new()
    {
        MaximumConcurrency = TransferConcurrency,
        InitialTransferSize = 8 * 1024 * 1024,
        MaximumTransferSize = 8 * 1024 * 1024,
    };

    public BlobContainerClient Container { get; } = blobs.GetBlobContainerClient(options.Value.SnapshotContainer);

    public BlobClient Manifest => Container.GetBlobClient(ManifestName);

    /// <summary>Creates the container and an empty manifest (no snapshot yet), which the write lock leases.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await Manifest.UploadAsync(
                BinaryData.Empty,
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Already there (possibly leased by the writer): nothing to create.
        }
    }

    /// <summary>The published manifest, or null when nothing was published yet.</summary>
    public async Task<SnapshotManifest?> ReadManifestAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await Manifest.DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToMemory().IsEmpty ? null : PipelineJson.Deserialize<SnapshotManifest>(content.Value.Content.ToStream());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest under the writer's lease: storage refuses it from anyone else, so two writers never both publish.</summary>
    public async Task WriteManifestAsync(SnapshotManifest manifest, string leaseId, CancellationToken cancellationToken) =>
        await Manifest.UploadAsync(
            BinaryData.FromBytes(PipelineJson.SerializeToUtf8(manifest)),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                Conditions = new BlobRequestConditions { LeaseId = leaseId },
            },
            cancellationToken);

    /// <summary>Every uploaded file with the length and MD5 storage holds for it.</summary>
    public async Task<Dictionary<string, SnapshotFile>> ListFilesAsync(CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, SnapshotFile>(StringComparer.Ordinal);
        await foreach (var blob in Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, FilesPrefix, cancellationToken))
        {
            var hash = blob.Properties.ContentHash is { Length: > 0 } md5 ? Convert.ToBase64String(md5) : string.Empty;
            var name = blob.Name[FilesPrefix.Length..];
            files[name] = new SnapshotFile(name, blob.Properties.ContentLength ?? -1, hash);
        }

        return files;
    }

    public async Task UploadFileAsync(SnapshotFile file, string localPath, CancellationToken cancellationToken) =>
        await Container.GetBlobClient(FilesPrefix + file.Name).UploadAsync(
            localPath,
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentHash = Convert.FromBase64String(file.Md5), ContentType = "application/octet-stream" },
                TransferOptions = Transfer,
            },
            cancellationToken);

    /// <summary>Downloads beside the target and renames it in only once length and MD5 match the manifest.</summary>
    public async Task DownloadFileAsync(SnapshotFile file, string localPath, CancellationToken cancellationToken)
    {
        var partial = localPath + ".partial";
        await Container.GetBlobClient(FilesPrefix + file.Name).DownloadToAsync(
            partial,
            new BlobDownloadToOptions { TransferOptions = Transfer },
            cancellationToken);
        var downloaded = await FileHashes.DescribeAsync(partial, file.Name, cancellationToken);
        if (downloaded != file)
        {
            File.Delete(partial);
            throw new InvalidDataException($"snapshot file {file.Name} downloaded as {downloaded.Length} bytes, MD5 {downloaded.Md5}; the manifest says {file.Length} bytes, MD5 {file.Md5}");
        }

        File.Move(partial, localPath, overwrite: true);
    }

    public async Task DeleteFileAsync(string name, CancellationToken cancellationToken) =>
        await Container.GetBlobClient(FilesPrefix + name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
}
