using Azure.Storage.Blobs;

namespace Pipeline.IntegrationTests;

/// <summary>A host restarted on its own index recognises every blob version it already indexed and does no work for it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestartReconcileTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_restarted_host_leaves_already_indexed_files_alone()
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["Pipeline:Storage:IncomingContainer"] = $"in-{unique}",
            ["Pipeline:Storage:NormalizedContainer"] = $"norm-{unique}",
            ["Pipeline:Storage:StatusContainer"] = $"status-{unique}",
            ["Pipeline:Storage:IndexQueue"] = $"index-{unique}",
            ["Pipeline:Index:Path"] = Path.Combine(Path.GetTempPath(), "pipeline-it", unique),
        };
        var service = new BlobServiceClient(azurite.ConnectionString);
        var incoming = service.GetBlobContainerClient($"in-{unique}");
        var statusContainer = service.GetBlobContainerClient($"status-{unique}");

        Dictionary<string, string> before;
        await using (var first = await PipelineHost.StartAsync(azurite, settings))
        {
            foreach (var (name, text) in new[] { ("alpha.txt", "Alpha\nLighthouse keepers retire."), ("beta.md", "# Beta\nLighthouse lamps dim."), ("gamma.txt", "Gamma\nLighthouse tours reopen.") })
            {
                await incoming.GetBlobClient(name).UploadAsync(BinaryData.FromString(text));
            }

            await first.WaitForAsync("/api/search?q=lighthouse", r => r.GetProperty("total").GetInt64() == 3);
            before = await StatusVersionsAsync(statusContainer);
        }

        await using var second = await PipelineHost.StartAsync(azurite, settings);
        await incoming.GetBlobClient("delta.txt").UploadAsync(BinaryData.FromString("Delta\nLighthouse sold at auction."));
        await second.WaitForAsync("/api/search?q=lighthouse", r => r.GetProperty("total").GetInt64() == 4);
        await second.WaitForAsync("/api/status?path=delta.txt", s => s.GetProperty("state").GetString() == "indexed");

        // Index requests run in lanes behind the watcher; give any stray re-processing time to show in the status records.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var after = await StatusVersionsAsync(statusContainer);
        Assert.Equal(4, after.Count);
        foreach (var (name, etag) in before)
        {
            Assert.Equal(etag, after[name]);
        }
    }

    private static async Task<Dictionary<string, string>> StatusVersionsAsync(BlobContainerClient container)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync())
        {
            if (!blob.Name.Contains('/', StringComparison.Ordinal))
            {
                versions[blob.Name] = blob.Properties.ETag!.Value.ToString();
            }
        }

        return versions;
    }
}
