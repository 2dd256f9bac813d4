using System.Diagnostics;
using Pipeline.Bench.Corpus;
using Pipeline.Bench.Measure;
using Pipeline.Core.Documents;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Normalization;
using Pipeline.Core.Storage;

namespace Pipeline.Bench.Phases;

/// <summary>Normalise + enrich throughput on one core and on all cores, files already in memory; writes the documents for the index phases.</summary>
public static class EnrichPhase
{
    public static PhaseResult Run(BenchPaths paths, int oneCoreDocs)
    {
        var store = new CorpusStore(paths.Corpus);
        var manifest = store.ReadManifest();
        var files = store.ReadAll();
        var normalizer = DocumentNormalizer.Default;
        var enricher = Enricher.CreateDefault();
        var result = new PhaseResult();

        // One core: a sample is enough for a rate, and the whole corpus would take minutes at today's enrichment speed.
        var sample = files.Take(Math.Min(oneCoreDocs, files.Count)).ToList();
        Process(normalizer, enricher, sample[0]);
        var started = Stopwatch.GetTimestamp();
        foreach (var file in sample)
        {
            Process(normalizer, enricher, file);
        }

        Record(result, "one_core", sample, Stopwatch.GetElapsedTime(started));

        var documents = new NormalizedDocument[files.Count];
        started = Stopwatch.GetTimestamp();
        Parallel.For(0, files.Count, i => documents[i] = Process(normalizer, enricher, files[i]));
        Record(result, "all_cores", files, Stopwatch.GetElapsedTime(started));
        result.Metrics["ours.enrich.rss_mb"] = PeakRss.OfThisProcess();

        File.WriteAllLines(paths.Normalized, documents.Select(d => PipelineJson.Serialize(d)));
        RecordRecall(result, manifest, documents);
        return result;
    }

    private static NormalizedDocument Process(DocumentNormalizer normalizer, Enricher enricher, (string Path, byte[] Content) file)
    {
        var extracted = normalizer.Normalize(file.Content, file.Path);
        var enrichment = enricher.Enrich(extracted.Title, extracted.Subtitle, extracted.Body);
        return new NormalizedDocument(
            DocumentIds.FromPath(file.Path), file.Path, "bench", extracted.Format, extracted.Title, extracted.Subtitle, extracted.Body,
            extracted.Published, extracted.Language, enrichment.Countries, enrichment.Topics, DateTimeOffset.UnixEpoch);
    }

    private static void Record(PhaseResult result, string name, IReadOnlyList<(string Path, byte[] Content)> files, TimeSpan elapsed)
    {
        result.Metrics[$"ours.enrich.{name}.docs_s"] = files.Count / elapsed.TotalSeconds;
        result.Metrics[$"ours.enrich.{name}.mb_s"] = files.Sum(f => (long)f.Content.Length) / 1048576.0 / elapsed.TotalSeconds;
    }

    /// <summary>How much of what the generator planted the enricher found (a sanity check of the corpus, not a quality measure).</summary>
    private static void RecordRecall(PhaseResult result, IReadOnlyList<ManifestEntry> manifest, NormalizedDocument[] documents)
    {
        int planted = 0, found = 0, plantedTopics = 0, foundTopics = 0;
        for (var i = 0; i < manifest.Count; i++)
        {
            var codes = documents[i].Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            var topics = documents[i].Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            planted += manifest[i].Countries.Count;
            found += manifest[i].Countries.Count(codes.Contains);
            plantedTopics += manifest[i].Topics.Count;
            foundTopics += manifest[i].Topics.Count(topics.Contains);
        }

        result.Metrics["corpus.planted_countries_found_pct"] = 100.0 * found / Math.Max(1, planted);
        result.Metrics["corpus.planted_topics_found_pct"] = 100.0 * foundTopics / Math.Max(1, plantedTopics);
        result.Metrics["corpus.mb"] = manifest.Sum(m => (long)m.Bytes) / 1048576.0;
        result.Metrics["corpus.avg_kb"] = manifest.Average(m => m.Bytes) / 1024.0;
    }
}
