using System.Diagnostics;
using Azure.Storage.Blobs;
using Pipeline.Bench.Measure;
using Pipeline.Bench.Service;

namespace Pipeline.Bench.Phases;

/// <summary>
/// What Azurite alone allows: the bulk's files uploaded 16 at a time to a fresh Azurite with no host, then each read back
/// once. No pipeline through this Azurite can make files searchable faster than it can take and hand back their bytes.
/// </summary>
public static class AzuriteCeiling
{
    public static async Task MeasureAsync(string logPath, List<(string Path, byte[] Content)> files, PhaseResult result)
    {
        await using var azurite = await AzuriteProcess.StartAsync(logPath);
        var container = new BlobContainerClient(azurite.ConnectionString, "ceiling");
        await container.CreateIfNotExistsAsync();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };

        var (cpu, started) = (ProcessCpu.SecondsOf(azurite.Id), Stopwatch.GetTimestamp());
        await Parallel.ForEachAsync(files, parallel, async (file, token) =>
            await container.GetBlobClient(file.Path).UploadAsync(new BinaryData(file.Content), overwrite: true, token));
        var put = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var putCpu = ProcessCpu.SecondsOf(azurite.Id) - cpu;

        (cpu, started) = (ProcessCpu.SecondsOf(azurite.Id), Stopwatch.GetTimestamp());
        await Parallel.ForEachAsync(files, parallel, async (file, token) =>
            await container.GetBlobClient(file.Path).DownloadContentAsync(token));
        var get = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var getCpu = ProcessCpu.SecondsOf(azurite.Id) - cpu;

        result.Metrics["azurite.ceiling.put_docs_s"] = files.Count / put;
        result.Metrics["azurite.ceiling.put_get_docs_s"] = files.Count / (put + get);
        result.Metrics["azurite.ceiling.put_cpu_ms"] = putCpu * 1000 / files.Count;
        result.Metrics["azurite.ceiling.get_cpu_ms"] = getCpu * 1000 / files.Count;
    }
}
