using Pipeline.Core.Configuration;
using Pipeline.Core.Indexing;
using Pipeline.Core.Ingestion;
using Pipeline.Functions;

namespace Pipeline.LocalHost;

/// <summary>
/// `reindex`: rebuilds the Lucene index from normalized/ and exits, printing progress. The index folder takes one writer,
/// so with the host running use POST /api/admin/reindex instead (search stays up either way).
/// </summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<AzuriteLauncher>();
        builder.Services.AddPipeline(builder.Configuration);
        builder.Services.PostConfigure<IndexStoreOptions>(options => options.Path = RepositoryRoot.Resolve(options.Path));
        using var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            await Console.Error.WriteLineAsync("The index is open in a running host: use POST /api/admin/reindex there, or stop it first.");
            return 2;
        }

        var reindex = host.Services.GetRequiredService<ReindexService>();
        var result = await reindex.RunAsync(new ConsoleProgress(), CancellationToken.None);
        await host.StopAsync();
        await Console.Out.WriteLineAsync(result.State == ReindexState.Completed
            ? $"Reindexed {result.Indexed} documents into {host.Services.GetRequiredService<LuceneIndex>().IndexPath}"
            : $"Reindex failed: {result.Error}");
        return result.State == ReindexState.Completed ? 0 : 1;
    }

    // Progress<T> posts to the thread pool, so lines could print after the summary; this prints in order.
    private sealed class ConsoleProgress : IProgress<ReindexProgress>
    {
        public void Report(ReindexProgress value) => Console.WriteLine(
            $"reindex: {value.State} {value.Indexed + value.Skipped}/{value.Total} ({value.Indexed} indexed, {value.Skipped} skipped, {value.Removed} removed)");
    }
}
