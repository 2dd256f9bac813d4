using System.Diagnostics;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Indexing.Snapshots;

namespace Pipeline.IntegrationTests.Snapshots;

/// <summary>
/// The issue's test on one machine: two local host processes on one Azurite, one Writer and one Searcher. A document
/// reaches the searcher through a published snapshot; killing the writer mid-publish leaves the searcher on the last
/// complete snapshot, and a restarted writer carries on until everything is searchable there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WriterAndSearcherProcessTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output)
{
    private const int BatchSize = 1500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task The_search_only_process_follows_the_writer_and_survives_its_death_mid_publish()
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        var work = Path.Combine(Path.GetTempPath(), "pipeline-replicas", unique);
        Directory.CreateDirectory(work);
        var common = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Pipeline:LocalHost:StartAzurite"] = "false",
            ["Pipeline:LocalHost:SeedsPath"] = string.Empty,
            ["Pipeline:LocalHost:PollIntervalMs"] = "100",
            ["Pipeline:Storage:IncomingContainer"] = $"in-{unique}",
            ["Pipeline:Storage:NormalizedContainer"] = $"norm-{unique}",
            ["Pipeline:Storage:StatusContainer"] = $"status-{unique}",
            ["Pipeline:Storage:IndexQueue"] = $"index-{unique}",
            ["Pipeline:Index:SnapshotContainer"] = $"index-{unique}",
            ["Pipeline:Index:LeaseDuration"] = "00:00:15",
            ["Pipeline:Index:PublishInterval"] = "00:00:00.200",
            ["Pipeline:Index:SnapshotPollInterval"] = PollInterval.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var writerSettings = new Dictionary<string, string>(common) { ["Pipeline:Index:Role"] = "Writer", ["Pipeline:Index:Path"] = Path.Combine(work, "writer") };
        var searcherSettings = new Dictionary<string, string>(common) { ["Pipeline:Index:Role"] = "Searcher", ["Pipeline:Index:Path"] = Path.Combine(work, "searcher") };
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var incoming = blobs.GetBlobContainerClient($"in-{unique}");
        var snapshots = blobs.GetBlobContainerClient($"index-{unique}");
        await incoming.CreateIfNotExistsAsync();
        try
        {
            using var searcher = await LocalHostProcess.StartAsync(searcherSettings, work);
            var writer = await LocalHostProcess.StartAsync(writerSettings, work);
            try
            {
                await incoming.GetBlobClient("first.txt").UploadAsync(BinaryData.FromString("First dispatch\nThe quay at zanzibarquay reopened."));
                var uploaded = Stopwatch.StartNew();
                await WaitForTotalAsync(searcher, "q=zanzibarquay", total => total == 1, TimeSpan.FromSeconds(60));
                output.WriteLine($"uploaded document found on the search-only process after {uploaded.ElapsedMilliseconds} ms (poll interval {PollInterval.TotalMilliseconds} ms)");
                Assert.Equal(0, await writer.TotalAsync("q=nosuchwordanywhere"));

                var uploads = Task.Run(() => Parallel.ForEachAsync(Enumerable.Range(0, BatchSize), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
                    await incoming.GetBlobClient($"batch/file-{i:D4}.txt").UploadAsync(
                        BinaryData.FromString($"Dispatch {i}\n{string.Join(' ', Enumerable.Repeat($"Port authorities logged cargo under code uniq{i:D4} for the weekly report.", 40))}"), token)));

                var caught = await KillMidPublishAsync(writer, snapshots, TimeSpan.FromSeconds(180));
                await uploads;
                Assert.True(caught, "the writer was never seen in the middle of a publish");
            }
            finally
            {
                writer.Dispose();
            }

            // The searcher serves the last complete snapshot: the manifest's count, never a half-uploaded one.
            var last = await ReadManifestAsync(snapshots);
            Assert.NotNull(last);
            var orphans = (await ListFilesAsync(snapshots)).Keys.Except(last.Files.Select(file => file.Name)).ToList();
            output.WriteLine($"writer killed with snapshot generation {last.Generation} ({last.DocCount} documents) published and {orphans.Count} files of the next one uploaded");
            await WaitForTotalAsync(searcher, string.Empty, total => total == last.DocCount, TimeSpan.FromSeconds(30));
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(last.DocCount, await searcher.TotalAsync(string.Empty));
                await Task.Delay(PollInterval);
            }

            using var restarted = await LocalHostProcess.StartAsync(writerSettings, work);
            await WaitForTotalAsync(searcher, "q=cargo", total => total == BatchSize, TimeSpan.FromSeconds(240));
            Assert.Equal(BatchSize + 1, await searcher.TotalAsync(string.Empty));
            foreach (var i in new[] { 0, 1, BatchSize / 2, BatchSize - 1 })
            {
                Assert.Equal(1, await searcher.TotalAsync($"q=uniq{i:D4}"));
            }
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Watches the container for files uploaded after the newest manifest that it does not name (a publish in progress), then kills the writer.</summary>
    private static async Task<bool> KillMidPublishAsync(LocalHostProcess writer, BlobContainerClient snapshots, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var manifest = snapshots.GetBlobClient(SnapshotStore.ManifestName);
            var properties = (await manifest.GetPropertiesAsync()).Value;
            var named = (await ReadManifestAsync(snapshots))?.Files.Select(file => file.Name).ToHashSet(StringComparer.Ordinal) ?? [];
            await foreach (var blob in snapshots.GetBlobsAsync(BlobTraits.None, BlobStates.None, SnapshotStore.FilesPrefix, CancellationToken.None))
            {
                if (!named.Contains(blob.Name[SnapshotStore.FilesPrefix.Length..]) && blob.Properties.CreatedOn > properties.LastModified)
                {
                    writer.Kill();
                    return true;
                }
            }
        }

        return false;
    }

    private static async Task<SnapshotManifest?> ReadManifestAsync(BlobContainerClient snapshots)
    {
        var content = (await snapshots.GetBlobClient(SnapshotStore.ManifestName).DownloadContentAsync()).Value.Content;
        return content.ToMemory().IsEmpty ? null : Pipeline.Core.Storage.PipelineJson.Deserialize<SnapshotManifest>(content.ToStream());
    }

    private static async Task<Dictionary<string, BlobItem>> ListFilesAsync(BlobContainerClient snapshots)
    {
        var files = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var blob in snapshots.GetBlobsAsync(BlobTraits.None, BlobStates.None, SnapshotStore.FilesPrefix, CancellationToken.None))
        {
            files[blob.Name[SnapshotStore.FilesPrefix.Length..]] = blob;
        }

        return files;
    }

    private static async Task WaitForTotalAsync(LocalHostProcess host, string query, Func<long, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        long total;
        while (!condition(total = await host.TotalAsync(query)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"search '{query}' never met the condition; last total {total}. The host's last output:\n{host.RecentOutput}");
            }

            await Task.Delay(100);
        }
    }
}
