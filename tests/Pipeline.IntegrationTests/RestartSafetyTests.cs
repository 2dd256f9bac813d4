using Azure.Storage.Blobs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Core.Indexing.Codecs;

namespace Pipeline.IntegrationTests;

/// <summary>Killing the host mid-ingest and starting it again loses nothing and indexes nothing twice.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestartSafetyTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output)
{
    private const int FileCount = 300;

    [Fact]
    public async Task A_host_killed_mid_ingest_ends_with_every_file_indexed_exactly_once_after_restart()
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        var work = Path.Combine(Path.GetTempPath(), "pipeline-restart", unique);
        var indexPath = Path.Combine(work, "index");
        System.IO.Directory.CreateDirectory(work);
        var settings = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Pipeline:LocalHost:StartAzurite"] = "false",
            ["Pipeline:LocalHost:SeedsPath"] = string.Empty,
            ["Pipeline:LocalHost:PollIntervalMs"] = "100",
            ["Pipeline:Index:Path"] = indexPath,
            ["Pipeline:Storage:IncomingContainer"] = $"in-{unique}",
            ["Pipeline:Storage:NormalizedContainer"] = $"norm-{unique}",
            ["Pipeline:Storage:StatusContainer"] = $"status-{unique}",
            ["Pipeline:Storage:IndexQueue"] = $"index-{unique}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        try
        {
            var incoming = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"in-{unique}");
            await incoming.CreateIfNotExistsAsync();
            await Parallel.ForEachAsync(Enumerable.Range(0, FileCount), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
                await incoming.GetBlobClient($"batch/file-{i:D4}.txt").UploadAsync(
                    BinaryData.FromString($"Dispatch {i}\nPort authorities logged cargo under code uniq{i:D4} for the weekly report."), token));

            long before;
            using (var first = await LocalHostProcess.StartAsync(settings, work))
            {
                var deadline = DateTime.UtcNow.AddSeconds(120);
                while ((before = await first.TotalAsync("q=cargo")) < 20 && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(20);
                }

                first.Kill();
            }

            using (var second = await LocalHostProcess.StartAsync(settings, work))
            {
                var deadline = DateTime.UtcNow.AddSeconds(180);
                while (await second.TotalAsync("q=cargo") < FileCount && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(200);
                }

                Assert.Equal(FileCount, await second.TotalAsync(string.Empty));
                for (var i = 0; i < FileCount; i++)
                {
                    Assert.Equal(1, await second.TotalAsync($"q=uniq{i:D4}"));
                }

                second.Kill();
            }

            output.WriteLine($"killed with {before} of {FileCount} files searchable");
            Assert.InRange(before, 20, FileCount);
            // The host wrote the index with the pipeline's codec; this process must know it by name to read it.
            PipelineCodec.Register();
            using var directory = FSDirectory.Open(indexPath);
            var check = new CheckIndex(directory).DoCheckIndex();
            Assert.True(check.Clean, "the index did not check clean after the second kill");
            using var reader = DirectoryReader.Open(directory);
            Assert.InRange(reader.NumDocs, 0, FileCount);
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
