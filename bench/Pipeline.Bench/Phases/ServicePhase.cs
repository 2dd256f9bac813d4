using System.Diagnostics;
using Azure.Storage.Blobs;
using Pipeline.Bench.Corpus;
using Pipeline.Bench.Measure;
using Pipeline.Bench.Queries;
using Pipeline.Bench.Service;

namespace Pipeline.Bench.Phases;

/// <summary>
/// The real service: Azurite plus Pipeline.LocalHost as child processes. Bulk upload to all-searchable, upload-to-searchable
/// latency of single files under a light steady load, then a restart (cold start to first answer) and wrk over HTTP.
/// </summary>
public static class ServicePhase
{
    /// <summary>`--phases ingest`: the bulk and latency measurements alone, without the restarts, wrk and cold starts.</summary>
    public const string IngestName = "ingest";

    public static async Task<PhaseResult> RunAsync(BenchPaths paths, BenchOptions options, bool ingestOnly = false)
    {
        var result = new PhaseResult();
        var logs = Path.Combine(paths.Out, "logs");
        Directory.CreateDirectory(logs);
        if (Directory.Exists(paths.ServiceIndex))
        {
            Directory.Delete(paths.ServiceIndex, recursive: true);
        }

        var corpus = new CorpusStore(paths.Corpus).ReadAll().Take(Math.Min(2 * options.ServiceDocs, paths.Docs)).ToList();
        var files = corpus.Take(corpus.Count / 2).ToList();
        await AzuriteCeiling.MeasureAsync(Path.Combine(logs, $"azurite-ceiling-{paths.Docs}.log"), files, result);

        await using var azurite = await AzuriteProcess.StartAsync(Path.Combine(logs, $"azurite-{paths.Docs}.log"));
        var container = new BlobContainerClient(azurite.ConnectionString, "incoming");

        await using (var host = LocalHostProcess.Start(azurite.ConnectionString, paths.ServiceIndex, Path.Combine(logs, $"localhost-ingest-{paths.Docs}.log")))
        {
            await host.WaitForTotalAsync(SearchUrls.ForText(""), 0, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(100));
            await container.CreateIfNotExistsAsync();
            await BulkAsync(host, azurite.Id, container, files, result, "ours.service");
            await ProbeAsync(host, azurite.Id, container, files, options.Probes, 0, result, "ours.service");

            // The same through the host's blob relay, which tells the watcher of each write instead of waiting for a listing.
            var relayed = new BlobContainerClient(azurite.ConnectionStringFor(host.BaseAddress), "incoming");
            await ProbeAsync(host, azurite.Id, relayed, files, options.Probes, options.Probes, result, "ours.service.relay");

            // A second bulk of as many new files through the relay: each write is handled as Azurite answers it, not found by a listing.
            await WaitUntilQuietAsync(host);
            await BulkAsync(host, azurite.Id, relayed, corpus.Skip(files.Count).ToList(), result, "ours.service.relay");
            result.Metrics["ours.service.ingest_rss_mb"] = PeakRss.MegabytesOf(host.Id);
            if (ingestOnly)
            {
                return result;
            }

            // The same host once ingestion is quiet: a restarted host re-processes the whole container (IncomingWatcher
            // matches no ETag at startup), so only this host shows what serving alone costs.
            await WaitUntilQuietAsync(host);
            await HttpLoad.MeasureAsync(host, options, paths, result, "ours.http.steady");
        }

        var started = Stopwatch.GetTimestamp();
        await using (var host = LocalHostProcess.Start(azurite.ConnectionString, paths.ServiceIndex, Path.Combine(logs, $"localhost-serve-{paths.Docs}.log")))
        {
            await host.WaitForTotalAsync(SearchUrls.ForText(Vocabulary.Words[0]), 1, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(10));
            result.Metrics["ours.service.restart_s"] = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await HttpLoad.MeasureAsync(host, options, paths, result, "ours.http.cache");
            result.Metrics["ours.service.serving_rss_mb"] = PeakRss.MegabytesOf(host.Id);
        }

        // The same load on a host without the result cache: what the engine itself serves.
        await using (var host = LocalHostProcess.Start(azurite.ConnectionString, paths.ServiceIndex, Path.Combine(logs, $"localhost-nocache-{paths.Docs}.log"),
            "--Pipeline:Search:ResultCacheMegabytes=0"))
        {
            await host.WaitForTotalAsync(SearchUrls.ForText(Vocabulary.Words[0]), 1, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(10));
            await HttpLoad.MeasureAsync(host, options, paths, result, "ours.http");

            // Once its re-processing of the container has stopped writing the index, the same host serves uncached.
            var quiet = await WaitUntilIndexQuietAsync(paths.ServiceIndex, TimeSpan.FromMinutes(3));
            result.Metrics["ours.service.restart_quiet_s"] = quiet.TotalSeconds;
            await HttpLoad.MeasureAsync(host, options, paths, result, "ours.http.quiet");
        }

        if (Directory.Exists(paths.OurIndex))
        {
            await ColdStartAsync(azurite, paths, logs, result);
            await SearcherColdStartPhase.MeasureAsync(azurite, paths, options, logs, result);
        }

        return result;
    }

    /// <summary>
    /// Cold start on the full in-process index (a copy: this host's reconciliation will remove documents its empty Azurite
    /// lacks, after the first answer): process start to first answered search, and peak RSS after answering every query once.
    /// </summary>
    private static async Task ColdStartAsync(AzuriteProcess azurite, BenchPaths paths, string logs, PhaseResult result)
    {
        var copy = IndexCopy.Fresh(paths.OurIndex, "-cold");

        var started = Stopwatch.GetTimestamp();
        await using var host = LocalHostProcess.Start(azurite.ConnectionString, copy, Path.Combine(logs, $"localhost-cold-{paths.Docs}.log"));
        await host.WaitForTotalAsync(SearchUrls.ForText(Vocabulary.Words[0]), 1, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(10));
        result.Metrics["ours.cold_start_s"] = Stopwatch.GetElapsedTime(started).TotalSeconds;
        foreach (var query in QuerySet.Build())
        {
            await host.TotalAsync(SearchUrls.For(query));
        }

        result.Metrics["ours.cold.serving_rss_mb"] = PeakRss.MegabytesOf(host.Id);
    }

    /// <summary>Uploads <paramref name="files"/> 16 at a time and times until a match-all search counts every one of them.</summary>
    private static async Task BulkAsync(
        LocalHostProcess host, int azurite, BlobContainerClient container, List<(string Path, byte[] Content)> files, PhaseResult result, string prefix)
    {
        var before = await host.TotalAsync(SearchUrls.ForText("")) ?? 0;
        var (azuriteCpu, hostCpu) = (ProcessCpu.SecondsOf(azurite), ProcessCpu.SecondsOf(host.Id));
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (file, token) =>
            await container.GetBlobClient(file.Path).UploadAsync(new BinaryData(file.Content), overwrite: true, token));
        var uploaded = Stopwatch.GetElapsedTime(started);
        await host.WaitForTotalAsync(SearchUrls.ForText(""), before + files.Count, TimeSpan.FromSeconds(Math.Max(600, files.Count / 20)), TimeSpan.FromMilliseconds(100));
        var elapsed = Stopwatch.GetElapsedTime(started);
        result.Metrics[$"{prefix}.bulk_docs"] = files.Count;
        result.Metrics[$"{prefix}.bulk_upload_s"] = uploaded.TotalSeconds;
        result.Metrics[$"{prefix}.bulk_docs_s"] = files.Count / elapsed.TotalSeconds;
        result.Metrics[$"{prefix}.bulk_mb_s"] = files.Sum(f => (long)f.Content.Length) / 1048576.0 / elapsed.TotalSeconds;
        result.Metrics[$"{prefix}.bulk_azurite_cpu_ms_per_doc"] = (ProcessCpu.SecondsOf(azurite) - azuriteCpu) * 1000 / files.Count;
        result.Metrics[$"{prefix}.bulk_host_cpu_ms_per_doc"] = (ProcessCpu.SecondsOf(host.Id) - hostCpu) * 1000 / files.Count;
    }

    /// <summary>
    /// Single probe files, two a second, while a background writer uploads ten corpus files a second, both through
    /// <paramref name="container"/>; probe words start at number <paramref name="first"/> so each round's are new.
    /// </summary>
    private static async Task ProbeAsync(
        LocalHostProcess host, int azurite, BlobContainerClient container, List<(string Path, byte[] Content)> files, int probes, int first,
        PhaseResult result, string prefix)
    {
        var azuriteCpu = ProcessCpu.SecondsOf(azurite);
        var probing = Stopwatch.GetTimestamp();
        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                var file = files[k % files.Count];
                await container.GetBlobClient($"load/{first}-{k}/{file.Path}").UploadAsync(new BinaryData(file.Content), overwrite: true);
                await Task.Delay(100);
            }
        });

        var generator = new CorpusGenerator(1);
        var latencies = new List<double>();
        for (var k = 0; k < probes; k++)
        {
            // Ends in a letter no stemmer strips: "benchprobeaay" and "benchprobeaai" both stem to "benchprobeaai".
            var token = "benchprobe" + Letters(first + k) + "x";
            var started = Stopwatch.GetTimestamp();
            await container.GetBlobClient($"probes/{token}.txt").UploadAsync(new BinaryData(generator.Probe(token, k)), overwrite: true);
            var waited = await host.WaitForTotalAsync(SearchUrls.ForText(token), 1, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(5));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _ = waited;
            var rest = TimeSpan.FromMilliseconds(500) - Stopwatch.GetElapsedTime(started);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest);
            }
        }

        await stop.CancelAsync();
        await load;
        result.Metrics[$"{prefix}.searchable_p50_ms"] = Percentiles.Of(latencies, 50);
        result.Metrics[$"{prefix}.searchable_p99_ms"] = Percentiles.Of(latencies, 99);
        result.Metrics[$"{prefix}.light_azurite_busy"] = (ProcessCpu.SecondsOf(azurite) - azuriteCpu) / Stopwatch.GetElapsedTime(probing).TotalSeconds;
    }

    /// <summary>Until no index file has changed for three seconds (commits come every second while anything changes), or the limit.</summary>
    private static async Task<TimeSpan> WaitUntilIndexQuietAsync(string indexPath, TimeSpan limit)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            var latest = new DirectoryInfo(indexPath).EnumerateFiles().Max(f => f.LastWriteTimeUtc);
            if (DateTime.UtcNow - latest > TimeSpan.FromSeconds(3))
            {
                break;
            }

            await Task.Delay(500);
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Until the match-all total has not moved for two seconds (the last uploads are indexed).</summary>
    private static async Task WaitUntilQuietAsync(LocalHostProcess host)
    {
        var last = await host.TotalAsync(SearchUrls.ForText(""));
        for (var stable = 0; stable < 4;)
        {
            await Task.Delay(500);
            var now = await host.TotalAsync(SearchUrls.ForText(""));
            stable = now == last ? stable + 1 : 0;
            last = now;
        }
    }

    private static string Letters(int k)
    {
        var text = string.Empty;
        do
        {
            text = (char)('a' + (k % 26)) + text;
            k /= 26;
        }
        while (k > 0);
        return text.PadLeft(3, 'a');
    }
}
