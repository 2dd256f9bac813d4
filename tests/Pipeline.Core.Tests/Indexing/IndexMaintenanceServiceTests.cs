using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Indexing;
using Pipeline.Core.Tests.Search;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>With a refresh interval of a minute, only the early refresh after a quiet spell can make a change visible in the test's time.</summary>
public sealed class IndexMaintenanceServiceTests : IDisposable
{
    private readonly string path = Search.TestIndex.NewFolder();

    [Fact]
    public async Task The_first_change_after_a_quiet_spell_is_visible_without_waiting_for_the_refresh_interval()
    {
        var options = Options.Create(new IndexStoreOptions { Path = path, RefreshIntervalMs = 60_000, CommitIntervalMs = 600_000 });
        using var index = new LuceneIndex(options, NullLogger<LuceneIndex>.Instance);
        using var maintenance = new IndexMaintenanceService(index, options, NullLogger<IndexMaintenanceService>.Instance);
        await maintenance.StartAsync(CancellationToken.None);

        index.Upsert(TestIndex.Doc("a", "Harbour cranes", "Dockworkers unloaded record tonnage."));
        await WaitForDocumentsAsync(index, 1);

        await maintenance.StopAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static async Task WaitForDocumentsAsync(LuceneIndex index, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Visible(index) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{Visible(index)} documents visible, expected {expected}");
            await Task.Delay(20);
        }
    }

    private static int Visible(LuceneIndex index)
    {
        using var lease = index.AcquireSearcher();
        return lease.Searcher.IndexReader.NumDocs;
    }
}
