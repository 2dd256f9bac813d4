using System.Globalization;
using System.Text;
using Pipeline.Bench.Measure;
using Pipeline.Bench.Queries;

namespace Pipeline.Bench;

/// <summary>The figures as a Markdown table: ours, the peer's, the ratio (ours ÷ peer) and the target, met or not.</summary>
public static class Report
{
    private sealed record Row(string Label, string Ours, string? Peer, Func<double, double?, bool?>? Target = null, string TargetText = "", Func<double, bool>? IssueTarget = null);

    public static string Markdown(int docs, PhaseResult result)
    {
        var m = result.Metrics;
        var rows = new List<Row>
        {
            new("Normalise + enrich, 1 core (docs/s)", "ours.enrich.one_core.docs_s", null),
            new("Normalise + enrich, 1 core (MB/s)", "ours.enrich.one_core.mb_s", null),
            new("Normalise + enrich, all cores (docs/s)", "ours.enrich.all_cores.docs_s", null),
            new("Normalise + enrich, all cores (MB/s)", "ours.enrich.all_cores.mb_s", null, (o, _) => o >= 50, "≥ 50 MB/s (enrichment issue)"),
            new("Index build, 1 thread (docs/s)", "ours.index.docs_s", "peer.index.docs_s", (o, p) => p is null ? null : o >= 2 * p, "≥ 2× peer"),
            new("Index build, all cores (docs/s)", "ours.index.all_cores.docs_s", "peer.index.docs_s", (o, p) => p is null ? null : o >= 2 * p, "≥ 2× peer"),
            new("Index build, all cores, median of alternating pairs (docs/s)", "ours.index.paired.docs_s", "peer.index.paired.docs_s", (o, p) => p is null ? null : o >= 2 * p, "≥ 2× peer"),
            new("Index build (text MB/s)", "ours.index.mb_s", "peer.index.mb_s"),
            new("Index size on disk (MB)", "ours.index.size_mb", "peer.index.size_mb"),
            new("Peer's FTS5 'optimize' after the build (s)", "-", "peer.index.optimize_s"),
        };
        foreach (var queryClass in QuerySet.Classes)
        {
            rows.Add(new($"Search p50, {queryClass} (ms)", $"ours.search.{queryClass}.p50_ms", $"peer.search.{queryClass}.p50_ms", (o, _) => o <= 2, "≤ 2 ms (search issue)"));
            rows.Add(new($"Search p99, {queryClass} (ms)", $"ours.search.{queryClass}.p99_ms", $"peer.search.{queryClass}.p99_ms",
                (o, p) => p is null ? null : o <= p / 2, "≤ ½ peer; ≤ 15 ms (search issue)", o => o <= 15));
            rows.Add(new($"  ours p50 without hits (total + facets only), {queryClass} (ms)", $"ours.search.{queryClass}.p50_no_hits_ms", null));
            rows.Add(new($"  ours p50 with an empty term cache (first search of those terms), {queryClass} (ms)", $"ours.search.{queryClass}.p50_first_ms", null));
            rows.Add(new($"  ours p99 with an empty term cache, {queryClass} (ms)", $"ours.search.{queryClass}.p99_first_ms", null));
        }

        // The rows above are the engine without the result cache; these are the same queries repeated through it.
        foreach (var queryClass in QuerySet.Classes)
        {
            rows.Add(new($"WITH RESULT CACHE (repeated queries) p50, {queryClass} (ms)", $"ours.search.{queryClass}.cached_p50_ms", null));
            rows.Add(new($"WITH RESULT CACHE (repeated queries) p99, {queryClass} (ms)", $"ours.search.{queryClass}.cached_p99_ms", null));
        }

        rows.AddRange(
        [
            new("Search QPS, 1 thread", "ours.search.qps_1_thread", "peer.search.qps_1_thread", (o, p) => p is null ? null : o >= 2 * p, "≥ 2× peer"),
            new("Search queries per CPU-second of the process, 1 thread", "ours.search.queries_per_cpu_s", "peer.search.queries_per_cpu_s"),
            new("WITH RESULT CACHE: search QPS, 1 thread", "ours.search.qps_1_thread_cached", null),
            new("Azurite alone, no host: uploads of the bulk's files, 16 at a time (docs/s)", "azurite.ceiling.put_docs_s", null),
            new("Azurite alone, no host: each file uploaded and read back once (docs/s), the most any pipeline could reach", "azurite.ceiling.put_get_docs_s", null),
            new("Azurite alone: CPU per upload (ms)", "azurite.ceiling.put_cpu_ms", null),
            new("Azurite alone: CPU per read (ms)", "azurite.ceiling.get_cpu_ms", null),
            .. BulkRows("straight to Azurite", "ours.service"),
            .. BulkRows("through the host's blob relay, next files", "ours.service.relay"),
            new("Upload → searchable p50, light load (ms)", "ours.service.searchable_p50_ms", null, (o, _) => o <= 250, "≤ 250 ms"),
            new("Upload → searchable p99, light load (ms)", "ours.service.searchable_p99_ms", null, (o, _) => o <= 1000, "≤ 1 s"),
            new("Light load: Azurite CPU busy (cores)", "ours.service.light_azurite_busy", null),
            new("Through the host's blob relay: upload → searchable p50, light load (ms)", "ours.service.relay.searchable_p50_ms", null, (o, _) => o <= 250, "≤ 250 ms"),
            new("Through the host's blob relay: upload → searchable p99, light load (ms)", "ours.service.relay.searchable_p99_ms", null, (o, _) => o <= 1000, "≤ 1 s"),
            new("Through the host's blob relay, light load: Azurite CPU busy (cores)", "ours.service.relay.light_azurite_busy", null),
            .. HttpRows("WITH RESULT CACHE (default), ingest host on the bulk's files, once quiet", "ours.http.steady"),
            .. HttpRows("Restarted host on the bulk's files, result cache off, once its index stopped changing", "ours.http.quiet"),
            new("Restarted host: seconds until its index stopped changing (3 s without a write; limit 180)", "ours.service.restart_quiet_s", null),
            .. HttpRows("Restarted host on the bulk's files (re-ingesting), result cache off", "ours.http"),
            .. HttpRows("WITH RESULT CACHE (default), restarted host on the bulk's files (re-ingesting)", "ours.http.cache"),
            new("Cold start on the full index: process start → first answer (s)", "ours.cold_start_s", "peer.cold_start_s", (o, _) => docs < 100_000 ? null : o <= 2, "≤ 2 s at 100k"),
            new("Searcher cold start, fresh instance: process start → first answer (s)", "ours.searcher.cold_start_s", null, (o, _) => docs < 100_000 ? null : o <= 5, "≤ 5 s at 100k (writer issue)"),
            new("  process start → HTTP answering (any route) (s)", "ours.searcher.http_up_s", null),
            new("  of which snapshot download from Azurite (s)", "ours.searcher.download_s", null),
            new("  of which opening the downloaded snapshot (ms)", "ours.searcher.open_ms", null),
            new("Snapshot size published (MB)", "ours.searcher.snapshot_mb", null),
            new("Peak RSS, fresh searcher after its first answer (MB)", "ours.searcher.rss_mb", null),
            .. HttpRows($"WITH RESULT CACHE (default), search instance on the full index ({docs:N0} docs)", "ours.http.full.cache"),
            .. HttpRows($"Search instance on the full index ({docs:N0} docs), result cache off", "ours.http.full"),
            new("Peak RSS, search instance on the full index after wrk, result cache on (MB)", "ours.searcher.serving_rss_mb", null,
                (o, _) => docs < 100_000 ? null : o <= 500, "≤ 500 MB at 100k"),
            new("Peak RSS, search instance on the full index after wrk, result cache off (MB)", "ours.searcher.nocache_serving_rss_mb", null, (o, _) => docs < 100_000 ? null : o <= 500, "≤ 500 MB at 100k"),
            new("Peak RSS, normalise + enrich (MB)", "ours.enrich.rss_mb", null),
            new("Peak RSS, index build (MB)", "ours.index.rss_mb", "peer.index.rss_mb"),
            new("Peak RSS, in-process search (MB)", "ours.search.rss_mb", "peer.search.rss_mb"),
            new("Peak RSS, LocalHost while ingesting (MB)", "ours.service.ingest_rss_mb", null),
            new("Restart of the ingest host → first answer (s)", "ours.service.restart_s", null),
            new("Peak RSS, LocalHost serving the bulk index after wrk (MB)", "ours.service.serving_rss_mb", null),
            new("Peak RSS, LocalHost cold on the full index, every query once (MB)", "ours.cold.serving_rss_mb", null, (o, _) => docs < 100_000 ? null : o <= 500, "≤ 500 MB at 100k"),
        ]);

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"#### {docs:N0} documents");
        text.AppendLine();
        text.AppendLine("| Measure | Ours | SQLite FTS5 | Ours ÷ peer | Target | Met |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | --- |");
        foreach (var row in rows)
        {
            if (!m.TryGetValue(row.Ours, out var ours) && (row.Peer is null || !m.ContainsKey(row.Peer)))
            {
                continue;
            }

            double? peer = row.Peer is not null && m.TryGetValue(row.Peer, out var p) ? p : null;
            var hasOurs = m.ContainsKey(row.Ours);
            var met = hasOurs && row.Target is not null ? row.Target(ours, peer) : null;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Label} | {(hasOurs ? Format(ours) : "–")} | {(peer is { } pv ? Format(pv) : "–")} | " +
                $"{(hasOurs && peer is { } pr && pr != 0 ? $"{ours / pr:F2}×" : "")} | {row.TargetText} | {(met is null ? "" : met.Value ? "yes" : "**no**")}" +
                $"{(hasOurs && row.IssueTarget is { } issue ? (issue(ours) ? "; yes" : "; **no**") : "")} |");
        }

        text.AppendLine();
        foreach (var note in result.Notes.Distinct())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        return text.ToString();
    }

    private static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("F2", CultureInfo.InvariantCulture),
    };

    /// <summary>One bulk's rows: its rate with the target, and what it cost Azurite and the host per document.</summary>
    private static IEnumerable<Row> BulkRows(string how, string prefix) =>
    [
        new($"Bulk upload → all searchable, {how} (docs/s)", $"{prefix}.bulk_docs_s", null, (o, _) => o >= 1000, "≥ 1,000"),
        new($"Bulk upload → all searchable, {how} (MB/s)", $"{prefix}.bulk_mb_s", null),
        new($"Bulk, {how}: documents uploaded", $"{prefix}.bulk_docs", null),
        new($"Bulk, {how}: upload time alone (s)", $"{prefix}.bulk_upload_s", null),
        new($"Bulk, {how}: Azurite CPU per document (ms)", $"{prefix}.bulk_azurite_cpu_ms_per_doc", null),
        new($"Bulk, {how}: LocalHost CPU per document (ms)", $"{prefix}.bulk_host_cpu_ms_per_doc", null),
    ];

    /// <summary>One wrk run's rows: QPS, p50, p99 and errors at 16 and 64 connections, the 64-connection QPS and errors with the targets.</summary>
    private static IEnumerable<Row> HttpRows(string host, string prefix) =>
    [
        new($"{host}: HTTP QPS in the first 5 s of load, 64 connections (untimed warm-up follows)", $"{prefix}.first_5s.qps", null),
        new($"{host}: HTTP QPS, 16 connections", $"{prefix}.c16.qps", null),
        new($"{host}: HTTP p50, 16 connections (ms)", $"{prefix}.c16.p50_ms", null),
        new($"{host}: HTTP p99, 16 connections (ms)", $"{prefix}.c16.p99_ms", null),
        new($"{host}: HTTP QPS, 64 connections", $"{prefix}.c64.qps", null, (o, _) => o >= 2000, "≥ 2,000"),
        new($"{host}: HTTP p50, 64 connections (ms)", $"{prefix}.c64.p50_ms", null),
        new($"{host}: HTTP p99, 64 connections (ms)", $"{prefix}.c64.p99_ms", null),
        new($"{host}: HTTP errors, 16 connections", $"{prefix}.c16.errors", null),
        new($"{host}: HTTP errors, 64 connections", $"{prefix}.c64.errors", null, (o, _) => o == 0, "0"),
    ];
}
