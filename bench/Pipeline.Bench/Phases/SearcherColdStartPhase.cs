using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Bench.Corpus;
using Pipeline.Bench.Measure;
using Pipeline.Bench.Service;
using Pipeline.Core.Configuration;
using Pipeline.Core.Indexing;
using Pipeline.Core.Indexing.Snapshots;

namespace Pipeline.Bench.Phases;

/// <summary>
/// A fresh search instance's cold start: the full in-process index is published to Azurite as a snapshot, then a
/// Searcher-role LocalHost with an empty index folder is timed from process start to its first answered search,
/// with the snapshot download and open times it logs broken out. Then wrk over that instance, which serves the whole
/// index and ingests nothing, with the result cache and again without it.
/// </summary>
public static partial class SearcherColdStartPhase
{
    /// <summary>`--phases searcher` runs this alone; the service phase runs it too.</summary>
    public const string Name = "searcher";
    private const string Container = "index";

    public static async Task<PhaseResult> RunAsync(BenchPaths paths, BenchOptions options)
    {
        var result = new PhaseResult();
        var logs = Path.Combine(paths.Out, "logs");
        Directory.CreateDirectory(logs);
        await using var azurite = await AzuriteProcess.StartAsync(Path.Combine(logs, $"azurite-searcher-{paths.Docs}.log"));
        await MeasureAsync(azurite, paths, options, logs, result);
        return result;
    }

    public static async Task MeasureAsync(AzuriteProcess azurite, BenchPaths paths, BenchOptions options, string logs, PhaseResult result)
    {
        if (!Directory.Exists(paths.OurIndex))
        {
            result.Notes.Add($"Searcher cold start skipped: {paths.OurIndex} is missing (run the index phase).");
            return;
        }

        var manifest = await PublishAsync(azurite, paths);
        result.Metrics["ours.searcher.snapshot_mb"] = manifest.Files.Sum(file => file.Length) / 1048576.0;

        var log = Path.Combine(logs, $"localhost-searcher-cold-{paths.Docs}.log");
        var started = Stopwatch.GetTimestamp();
        await using (var host = StartSearcher(azurite, paths, log, "searcher"))
        {
            var listening = Task.Run(async () =>
            {
                while (!await AnswersAsync(host, "/api/openapi.json"))
                {
                    await Task.Delay(10);
                }

                return Stopwatch.GetElapsedTime(started).TotalSeconds;
            });
            await host.WaitForTotalAsync(SearchUrls.ForText(Vocabulary.Words[0]), 1, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(10));
            result.Metrics["ours.searcher.cold_start_s"] = Stopwatch.GetElapsedTime(started).TotalSeconds;
            result.Metrics["ours.searcher.http_up_s"] = await listening.WaitAsync(TimeSpan.FromMinutes(1));
            result.Metrics["ours.searcher.rss_mb"] = PeakRss.MegabytesOf(host.Id);
            await HttpLoad.MeasureAsync(host, options, paths, result, "ours.http.full.cache");
            result.Metrics["ours.searcher.serving_rss_mb"] = PeakRss.MegabytesOf(host.Id);
        }

        // The same instance's load without the result cache: what the engine serves over HTTP on the whole index.
        await using (var host = StartSearcher(azurite, paths, Path.Combine(logs, $"localhost-searcher-nocache-{paths.Docs}.log"), "searcher-nocache",
            "--Pipeline:Search:ResultCacheMegabytes=0"))
        {
            await host.WaitForTotalAsync(SearchUrls.ForText(Vocabulary.Words[0]), 1, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(10));
            await HttpLoad.MeasureAsync(host, options, paths, result, "ours.http.full");
            result.Metrics["ours.searcher.nocache_serving_rss_mb"] = PeakRss.MegabytesOf(host.Id);
        }

        if (LoadedLine().Match(await File.ReadAllTextAsync(log)) is { Success: true } loaded)
        {
            result.Metrics["ours.searcher.download_s"] = double.Parse(loaded.Groups["download"].Value, CultureInfo.InvariantCulture) / 1000;
            result.Metrics["ours.searcher.open_ms"] = double.Parse(loaded.Groups["open"].Value, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A Searcher-role host on an empty folder of its own, which it fills from the published snapshot.</summary>
    private static LocalHostProcess StartSearcher(AzuriteProcess azurite, BenchPaths paths, string log, string name, params string[] settings)
    {
        var empty = Path.Combine(paths.Out, $"index-{name}-{paths.Docs}");
        if (Directory.Exists(empty))
        {
            Directory.Delete(empty, recursive: true);
        }

        return LocalHostProcess.Start(azurite.ConnectionString, empty, log,
        [
            "--Pipeline:Index:Role=Searcher",
            $"--Pipeline:Index:SnapshotContainer={Container}",
            "--Logging:LogLevel:Pipeline.Core.Indexing.Snapshots=Information",
            .. settings,
        ]);
    }

    private static async Task<bool> AnswersAsync(LocalHostProcess host, string path)
    {
        try
        {
            using var response = await host.Http.GetAsync(new Uri(path, UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Publishes a copy of the full index as the writer would (the copy: opening a writer may touch the folder).</summary>
    private static async Task<SnapshotManifest> PublishAsync(AzuriteProcess azurite, BenchPaths paths)
    {
        var copy = IndexCopy.Fresh(paths.OurIndex, "-publish");

        var options = Options.Create(new IndexReplicationOptions { SnapshotContainer = Container, Role = IndexRole.Writer });
        var store = new SnapshotStore(new BlobServiceClient(azurite.ConnectionString), options);
        await using var writeLock = new IndexWriterLock(store, options, TimeProvider.System, NullLogger<IndexWriterLock>.Instance);
        if (!await writeLock.TryAcquireAsync(TimeSpan.FromMinutes(2), CancellationToken.None))
        {
            throw new InvalidOperationException("Could not take the index write lock on the bench's Azurite.");
        }

        using var index = new LuceneIndex(Options.Create(new IndexStoreOptions { Path = copy }), NullLogger<LuceneIndex>.Instance);
        var publisher = new SnapshotPublisher(store, writeLock, options, TimeProvider.System, NullLogger<SnapshotPublisher>.Instance);
        await publisher.StartAsync(null, CancellationToken.None);
        return await publisher.PublishAsync(index, CancellationToken.None)
            ?? throw new InvalidOperationException("The full index published nothing.");
    }

    [GeneratedRegex(@"downloaded \d+ bytes in (?<download>\d+) ms, opened in (?<open>\d+) ms")]
    private static partial Regex LoadedLine();
}
