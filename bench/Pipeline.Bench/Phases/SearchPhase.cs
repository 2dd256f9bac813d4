using System.Diagnostics;
using System.Text.Json;
using Pipeline.Bench.Engines;
using Pipeline.Bench.Measure;
using Pipeline.Bench.Queries;

namespace Pipeline.Bench.Phases;

/// <summary>Faceted search latency per query class and single-thread QPS, in process, for ours or the peer; records answers for comparison.</summary>
public static class SearchPhase
{
    private const int FacetSize = 20;

    public static PhaseResult Run(BenchPaths paths, string engineName, int samplesPerClass, double qpsSeconds)
    {
        using ISearchEngine engine = engineName == "ours" ? new OurEngine(paths.OurIndex) : new Fts5Engine(paths.PeerDatabase);
        var queries = QuerySet.Build();
        var result = new PhaseResult();

        // Every facet value, so the comparison sees complete counts.
        var answers = queries.Select(q =>
        {
            var answer = engine.Search(q, 300);
            return new RecordedAnswer(q.ToString(), answer.Total, new(answer.Countries), new(answer.Topics), [.. answer.TopIds], answer.Highlights?.ToList());
        }).ToList();
        File.WriteAllText(paths.Answers(engineName), JsonSerializer.Serialize(answers));

        // Warm up for rounds and for time: .NET compiles hot code again, optimised, only after it has run for a while
        // (tiered compilation), so a fixed few rounds measured first-tier code for the first classes (common term p50
        // 3.9 ms in the first second, 1.3 ms from the third on); a serving host runs optimised code.
        var warm = Stopwatch.StartNew();
        for (var round = 0; round < 3 || warm.Elapsed.TotalSeconds < 5; round++)
        {
            foreach (var query in queries)
            {
                engine.Search(query, FacetSize);
            }
        }

        foreach (var queryClass in QuerySet.Classes)
        {
            var ofClass = queries.Where(q => q.Class == queryClass).ToList();
            var samples = new List<double>(samplesPerClass);
            var budget = Stopwatch.StartNew();

            // At least 2 rounds of the class's queries; then up to the sample count or 20 s, whichever comes first.
            for (var i = 0; i < samplesPerClass && (i < 2 * ofClass.Count || budget.Elapsed.TotalSeconds < 20); i++)
            {
                var started = Stopwatch.GetTimestamp();
                engine.Search(ofClass[i % ofClass.Count], FacetSize);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            result.Metrics[$"{engineName}.search.{queryClass}.p50_ms"] = Percentiles.Of(samples, 50);
            result.Metrics[$"{engineName}.search.{queryClass}.p99_ms"] = Percentiles.Of(samples, 99);
            if (engine is OurEngine ours)
            {
                // Where our time goes: the same queries with no page of hits (no stored fields, no highlighting).
                var bare = ofClass.Select(q => Time(() => ours.CountOnly(q, FacetSize))).Concat(ofClass.Select(q => Time(() => ours.CountOnly(q, FacetSize)))).ToList();
                result.Metrics[$"ours.search.{queryClass}.p50_no_hits_ms"] = Percentiles.Of(bare, 50);

                // The first time each query's terms are read: what a query nobody asked before costs.
                var first = ofClass.Concat(ofClass).Select(q => ours.SearchWithEmptyTermCache(q, FacetSize)).ToList();
                result.Metrics[$"ours.search.{queryClass}.p50_first_ms"] = Percentiles.Of(first, 50);
                result.Metrics[$"ours.search.{queryClass}.p99_first_ms"] = Percentiles.Of(first, 99);
            }
        }

        result.Metrics[$"{engineName}.search.qps_1_thread"] = Qps(q => engine.Search(q, FacetSize), queries, qpsSeconds, out var perCpuSecond);
        result.Metrics[$"{engineName}.search.queries_per_cpu_s"] = perCpuSecond;
        if (engine is OurEngine withCache)
        {
            // With the result cache, as the HTTP host runs by default: repeated queries are answered from memory.
            foreach (var queryClass in QuerySet.Classes)
            {
                var ofClass = queries.Where(q => q.Class == queryClass).ToList();
                var samples = Enumerable.Range(0, samplesPerClass).Select(i => Time(() => withCache.SearchCached(ofClass[i % ofClass.Count], FacetSize))).ToList();
                result.Metrics[$"ours.search.{queryClass}.cached_p50_ms"] = Percentiles.Of(samples, 50);
                result.Metrics[$"ours.search.{queryClass}.cached_p99_ms"] = Percentiles.Of(samples, 99);
            }

            result.Metrics["ours.search.qps_1_thread_cached"] = Qps(q => withCache.SearchCached(q, FacetSize), queries, qpsSeconds, out _);
        }

        result.Metrics[$"{engineName}.search.rss_mb"] = PeakRss.OfThisProcess();
        return result;
    }

    /// <summary>Queries per wall-clock second; also per CPU-second of the process, which other work on shared cores disturbs less.</summary>
    private static double Qps(Action<BenchQuery> search, IReadOnlyList<BenchQuery> queries, double seconds, out double perCpuSecond)
    {
        var done = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            search(queries[done++ % queries.Count]);
        }

        perCpuSecond = done / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return done / clock.Elapsed.TotalSeconds;
    }

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Opens the index and answers one search: the peer's cold start (the parent times it from process start).</summary>
    public static void AnswerOnce(BenchPaths paths, string engineName)
    {
        using ISearchEngine engine = engineName == "ours" ? new OurEngine(paths.OurIndex) : new Fts5Engine(paths.PeerDatabase);
        var answer = engine.Search(QuerySet.Build()[0], FacetSize);
        Console.WriteLine($"ANSWERED {answer.Total}");
    }
}
