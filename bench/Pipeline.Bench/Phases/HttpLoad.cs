using Pipeline.Bench.Measure;
using Pipeline.Bench.Queries;
using Pipeline.Bench.Service;

namespace Pipeline.Bench.Phases;

/// <summary>
/// wrk over the mixed query list at 16 and 64 connections against a running host, recorded under a metric prefix, after an
/// untimed run as long as a timed one: as the in-process search phase does, so a fresh process's first-tier code and empty
/// term cache are not taken for its serving speed (a fresh host served 450 QPS in its first 5 s and 1,500 from its 15th).
/// </summary>
public static class HttpLoad
{
    public static async Task MeasureAsync(LocalHostProcess host, BenchOptions options, BenchPaths paths, PhaseResult result, string prefix)
    {
        if (!WrkRunner.IsInstalled())
        {
            result.Notes.Add("wrk is not installed: `sudo apt-get install -y wrk` (Debian package), then rerun the service phase.");
            return;
        }

        var urls = QuerySet.Build().Select(q => SearchUrls.For(q)).ToList();
        await WrkRunner.RunAsync(host.BaseAddress, urls, 64, options.WrkSeconds, Path.Combine(paths.Out, "wrk-mixed.lua"));
        foreach (var connections in new[] { 16, 64 })
        {
            var wrk = await WrkRunner.RunAsync(host.BaseAddress, urls, connections, options.WrkSeconds, Path.Combine(paths.Out, "wrk-mixed.lua"));
            result.Metrics[$"{prefix}.c{connections}.qps"] = wrk.RequestsPerSecond;
            result.Metrics[$"{prefix}.c{connections}.p50_ms"] = wrk.P50Ms;
            result.Metrics[$"{prefix}.c{connections}.p99_ms"] = wrk.P99Ms;
            result.Metrics[$"{prefix}.c{connections}.errors"] = wrk.Errors;
        }
    }
}
