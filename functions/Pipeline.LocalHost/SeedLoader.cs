using Azure;
using Microsoft.Extensions.Options;
using Pipeline.Core.Storage;

namespace Pipeline.LocalHost;

/// <summary>Uploads the sample documents to incoming/ at start-up when they are not there yet.</summary>
internal sealed class SeedLoader(PipelineContainers containers, IOptions<LocalHostOptions> options, ILogger<SeedLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SeedsPath))
        {
            return;
        }

        var folder = RepositoryRoot.Resolve(options.Value.SeedsPath);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seeds folder {SeedsPath} does not exist; no samples loaded", folder);
            return;
        }

        var uploaded = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var blob = containers.Incoming.GetBlobClient(Path.GetFileName(file));
            try
            {
                await blob.UploadAsync(file, new Azure.Storage.Blobs.Models.BlobUploadOptions
                {
                    Conditions = new Azure.Storage.Blobs.Models.BlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken);
                uploaded++;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Already there: the user's copy (perhaps edited) wins over the sample.
            }
        }

        logger.LogInformation("Loaded {Count} sample documents from {SeedsPath} into {Container}", uploaded, folder, containers.Incoming.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
