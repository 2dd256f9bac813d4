using System.Diagnostics;
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
    public static PhaseResult RunOurs(BenchPaths paths)
    {
        var (documents, megabytes) = Load(paths);
        DeleteIfPresent(paths.OurIndex);
        var started = Stopwatch.GetTimestamp();
        using (var index = new LuceneIndex(Options.Create(new IndexStoreOptions { Path = paths.OurIndex }), NullLogger<LuceneIndex>.Instance))
        {
            foreach (var document in documents)
            {
                index.Upsert(document);
            }

            index.Commit();
        }

        return Record("ours", documents.Count, megabytes, Stopwatch.GetElapsedTime(started), SizeOnDisk.Megabytes(paths.OurIndex));
    }

    public static PhaseResult RunPeer(BenchPaths paths)
    {
        var (documents, megabytes) = Load(paths);
        foreach (var file in new[] { paths.PeerDatabase, paths.PeerDatabase + "-wal", paths.PeerDatabase + "-shm" })
        {
            File.Delete(file);
        }

        var (load, optimize) = Fts5Store.Build(paths.PeerDatabase, documents);
        var result = Record("peer", documents.Count, megabytes, load, SizeOnDisk.Megabytes(paths.PeerDatabase));
        result.Metrics["peer.index.optimize_s"] = optimize.TotalSeconds;
        result.Notes.Add("Peer build time excludes FTS5 'optimize' (reported apart); the peer's queries run on the optimised index.");
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

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
