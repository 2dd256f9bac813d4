using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Bench.Engines;
using Pipeline.Bench.Measure;
using Pipeline.Core.Configuration;
using Pipeline.Core.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Bench.Phases;

/// <summary>Index build throughput and size on disk, ours (LuceneIndex, as the index function drives it) or the peer's (FTS5).</summary>
public static class IndexPhase
{
    /// <summary>Each engine first builds throwaway indexes of this many documents (or all, if fewer), untimed, so the JIT is not what is measured.</summary>
    private const int WarmupDocs = 20_000;

    /// <summary>Before those, each engine builds this many documents <see cref="SmallWarmupBuilds"/> times.</summary>
    private const int SmallWarmupDocs = 2_000;

    /// <summary>
    /// The runtime optimises a method once it has been called 30 times (DOTNET_TC_CallCountThreshold), and with dynamic PGO
    /// it does so twice (instrumented, then final): code that runs once a build was still compiled in waves of hundreds of
    /// methods around the 30th and the 60th build, taking a core from the build. Small builds get it there cheaply.
    /// </summary>
    private const int SmallWarmupBuilds = 70;

    /// <summary>The paired builds start once a warm-up build spends less than this share of its time compiling code.</summary>
    private const double MaxCompilingShare = 0.05;

    private const int MaxWarmupBuilds = 10;

    /// <summary>
    /// Builds the index twice: from one thread, then from every core at once (IndexWriter takes documents from many threads,
    /// and the hosts index in parallel lanes). The second build is the one left on disk for the search phase.
    /// </summary>
    public static PhaseResult RunOurs(BenchPaths paths)
    {
        var (documents, megabytes) = Load(paths);
        var warmups = WarmUp(set => BuildOurs(paths.OurIndex + "-warmup", set, Environment.ProcessorCount), documents);
        DeleteIfPresent(paths.OurIndex + "-warmup");
        var oneThread = BuildOurs(paths.OurIndex, documents, 1);
        var allCores = BuildOurs(paths.OurIndex, documents, Environment.ProcessorCount);
        var result = Record("ours", documents.Count, megabytes, oneThread, SizeOnDisk.Megabytes(paths.OurIndex));
        result.Metrics["ours.index.all_cores.docs_s"] = documents.Count / allCores.TotalSeconds;
        result.Metrics["ours.index.all_cores.mb_s"] = megabytes / allCores.TotalSeconds;
        result.Notes.Add($"Our index is built twice: from one thread, then from all {Environment.ProcessorCount} cores (IndexWriter is thread-safe); the peer's SQLite writer is one thread. "
            + $"Before them, {WarmupNote(documents.Count, $"{warmups} times")}.");
        return result;
    }

    /// <summary>
    /// Both builds again, alternately, <paramref name="rounds"/> times in one process: this machine's speed drifts by up to
    /// half between minutes, so each ratio is taken between builds seconds apart and the median pair is reported.
    /// </summary>
    public static PhaseResult RunPairs(BenchPaths paths, int rounds)
    {
        var (documents, megabytes) = Load(paths);
        string ours = paths.OurIndex + "-pairs", peer = paths.PeerDatabase + "-pairs";
        var ourWarmups = WarmUp(set => BuildOurs(ours, set, Environment.ProcessorCount), documents);
        var peerWarmups = WarmUp(set => BuildPeer(peer, set).Load, documents);
        var pairs = new List<(double Ours, double Peer)>();
        for (var round = 0; round < rounds; round++)
        {
            var ourRate = documents.Count / BuildOurs(ours, documents, Environment.ProcessorCount).TotalSeconds;
            var peerRate = documents.Count / BuildPeer(peer, documents).Load.TotalSeconds;
            Console.WriteLine($"pair {round + 1}: ours {ourRate:F0} docs/s, peer {peerRate:F0} docs/s, {ourRate / peerRate:F2}x");
            pairs.Add((ourRate, peerRate));
        }

        DeleteIfPresent(ours);
        DeleteDatabase(peer);
        var median = pairs.OrderBy(p => p.Ours / p.Peer).ElementAt(pairs.Count / 2);
        var result = new PhaseResult();
        result.Metrics["ours.index.paired.docs_s"] = median.Ours;
        result.Metrics["peer.index.paired.docs_s"] = median.Peer;
        result.Metrics["ours.index.paired.mb_s"] = megabytes * median.Ours / documents.Count;
        result.Metrics["peer.index.paired.mb_s"] = megabytes * median.Peer / documents.Count;
        result.Notes.Add($"Index build, all cores against the peer in {rounds} alternating pairs (ours / peer docs/s): "
            + string.Join("; ", pairs.Select(p => $"{p.Ours:F0} / {p.Peer:F0} = {p.Ours / p.Peer:F2}x")) + "; the median pair is reported. "
            + $"Before them, {WarmupNote(documents.Count, $"{ourWarmups} times by ours and {peerWarmups} times by the peer")}.");
        return result;
    }

    private static string WarmupNote(int documents, string builds) =>
        $"{Math.Min(SmallWarmupDocs, documents)} documents were built {SmallWarmupBuilds} times, then {Math.Min(WarmupDocs, documents)} documents {builds}, "
        + $"until a build spent under {MaxCompilingShare:P0} of its time compiling code (at most {MaxWarmupBuilds} builds)";

    /// <summary>Runs <paramref name="build"/> untimed on small sets, then on the warm-up set until the JIT settles; returns how many builds of the warm-up set it took.</summary>
    private static int WarmUp(Func<List<NormalizedDocument>, TimeSpan> build, List<NormalizedDocument> documents)
    {
        var small = documents[..Math.Min(SmallWarmupDocs, documents.Count)];
        var compiling = JitInfo.GetCompilationTime();
        var started = Stopwatch.GetTimestamp();
        for (var builds = 0; builds < SmallWarmupBuilds; builds++)
        {
            build(small);
        }

        Console.WriteLine($"{SmallWarmupBuilds} small warm-up builds: {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s, {(JitInfo.GetCompilationTime() - compiling).TotalSeconds:F2} s compiling");
        var warmup = documents[..Math.Min(WarmupDocs, documents.Count)];
        return WarmUntilCompiled(() => build(warmup));
    }

    /// <summary>The peer's database built afresh from <paramref name="documents"/>.</summary>
    private static (TimeSpan Load, TimeSpan Optimize) BuildPeer(string path, IReadOnlyList<NormalizedDocument> documents)
    {
        DeleteDatabase(path);
        return Fts5Store.Build(path, documents);
    }

    /// <summary>Runs <paramref name="build"/> until one spends under <see cref="MaxCompilingShare"/> of its time in the JIT; returns how many it ran.</summary>
    private static int WarmUntilCompiled(Func<TimeSpan> build)
    {
        for (var builds = 1; ; builds++)
        {
            var compiling = JitInfo.GetCompilationTime();
            var elapsed = build();
            var compiled = JitInfo.GetCompilationTime() - compiling;
            Console.WriteLine($"warm-up build {builds}: {elapsed.TotalSeconds:F2} s, {compiled.TotalSeconds:F2} s compiling");
            if (compiled < MaxCompilingShare * elapsed || builds == MaxWarmupBuilds)
            {
                return builds;
            }
        }
    }

    private static TimeSpan BuildOurs(string folder, List<NormalizedDocument> documents, int threads)
    {
        DeleteIfPresent(folder);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var compiling = JitInfo.GetCompilationTime();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var started = Stopwatch.GetTimestamp();
        using (var index = new LuceneIndex(Options.Create(new IndexStoreOptions { Path = folder }), NullLogger<LuceneIndex>.Instance))
        {
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, index.Upsert);
            index.Commit();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine($"{threads} thread(s): {elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU, "
            + $"{(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s paused in {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} collections (gen 0/1/2), "
            + $"{(JitInfo.GetCompilationTime() - compiling).TotalSeconds:F2} s compiling");
        return elapsed;
    }

    public static PhaseResult RunPeer(BenchPaths paths)
    {
        var (documents, megabytes) = Load(paths);
        var warmups = WarmUp(set => BuildPeer(paths.PeerDatabase + "-warmup", set).Load, documents);
        DeleteDatabase(paths.PeerDatabase + "-warmup");
        var (load, optimize) = BuildPeer(paths.PeerDatabase, documents);
        var result = Record("peer", documents.Count, megabytes, load, SizeOnDisk.Megabytes(paths.PeerDatabase));
        result.Metrics["peer.index.optimize_s"] = optimize.TotalSeconds;
        result.Notes.Add("Peer build time excludes FTS5 'optimize' (reported apart); the peer's queries run on the optimised index. "
            + $"Before its timed build, {WarmupNote(documents.Count, $"{warmups} times")}.");
        return result;
    }

    private static (List<NormalizedDocument> Documents, double Megabytes) Load(BenchPaths paths)
    {
        if (!File.Exists(paths.Normalized))
        {
            throw new InvalidOperationException($"{paths.Normalized} is missing: run the enrich phase first.");
        }

        var documents = File.ReadLines(paths.Normalized).Select(PipelineJson.Deserialize<NormalizedDocument>).ToList();
        var megabytes = documents.Sum(d => (long)(d.Title.Length + (d.Subtitle?.Length ?? 0) + d.Body.Length)) / 1048576.0;

        // Settle the loaded corpus in the oldest generation, so that promoting it is not charged to the build timed next.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return (documents, megabytes);
    }

    private static PhaseResult Record(string engine, int count, double megabytes, TimeSpan elapsed, double sizeMb)
    {
        var result = new PhaseResult();
        result.Metrics[$"{engine}.index.docs_s"] = count / elapsed.TotalSeconds;
        result.Metrics[$"{engine}.index.mb_s"] = megabytes / elapsed.TotalSeconds;
        result.Metrics[$"{engine}.index.size_mb"] = sizeMb;
        result.Metrics[$"{engine}.index.rss_mb"] = PeakRss.OfThisProcess();
        return result;
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
