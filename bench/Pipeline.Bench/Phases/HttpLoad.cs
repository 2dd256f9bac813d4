using Pipeline.Bench.Measure;
using Pipeline.Bench.Queries;
using Pipeline.Bench.Service;

namespace Pipeline.Bench.Phases;

/// <summary>
/// wrk over the mixed query list at 16 and 64 connections against a running host, recorded under a metric prefix, after
/// warming up as the in-process search phase does. A fresh host reached its steady rate only after 12–16 s of load at 64
/// connections (its first 4 s runs: 643, 702, 960, 1,909, 2,086 QPS; first-tier code and term caches), so the first 5 s
/// are recorded as their own row and another 15 s go untimed before the measured runs.
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
        var script = Path.Combine(paths.Out, "wrk-mixed.lua");
        result.Metrics[$"{prefix}.first_5s.qps"] = (await WrkRunner.RunAsync(host.BaseAddress, urls, 64, 5, script)).RequestsPerSecond;
        await WrkRunner.RunAsync(host.BaseAddress, urls, 64, Math.Max(15, options.WrkSeconds), script);
        foreach (var connections in new[] { 16, 64 })
        {
            var wrk = await WrkRunner.RunAsync(host.BaseAddress, urls, connections, options.WrkSeconds, script);
            result.Metrics[$"{prefix}.c{connections}.qps"] = wrk.RequestsPerSecond;
            result.Metrics[$"{prefix}.c{connections}.p50_ms"] = wrk.P50Ms;
            result.Metrics[$"{prefix}.c{connections}.p99_ms"] = wrk.P99Ms;
            result.Metrics[$"{prefix}.c{connections}.errors"] = wrk.Errors;
        }
    }
}
