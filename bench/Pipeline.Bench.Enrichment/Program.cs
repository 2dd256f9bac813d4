using System.Diagnostics;
using System.Globalization;
using Pipeline.Bench.Enrichment;
using Pipeline.Core.Enrichment;

// Fixed seed and size so that figures from different runs and machines describe the same corpus.
const int Seed = 20261128;
const long CorpusBytes = 64L * 1024 * 1024;
const int Rounds = 3;

// "-- --files a.txt b.md" measures those files instead (first line as title), e.g. the seeds, to compare real text with the generated corpus.
var files = args.SkipWhile(a => a != "--files").Skip(1).ToList();
var corpus = files.Count > 0 ? FileCorpus.Load(files, CorpusBytes) : CorpusGenerator.Generate(Seed, CorpusBytes);
var totalBytes = corpus.Sum(d => (long)d.Utf8Bytes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Corpus: {corpus.Count} documents, {totalBytes / 1e6:F1} MB UTF-8, sizes {corpus.Min(d => d.Utf8Bytes)}-{corpus.Max(d => d.Utf8Bytes)} B, seed {Seed}"));

var enricher = Enricher.CreateDefault();
var checksum = 0L;
if (args.Contains("--digest"))
{
    Console.WriteLine($"Output digest: {OutputDigest.Of(enricher, corpus)}");
    return;
}

// Warm-up: tiered JIT and the pools settle before anything is timed.
for (var i = 0; i < Math.Min(corpus.Count, 2000); i++)
{
    var d = corpus[i];
    checksum += enricher.Enrich(d.Title, null, d.Body).Countries.Count;
}

var one = Measure("1 core", Rounds, () =>
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    foreach (var d in corpus)
    {
        checksum += enricher.Enrich(d.Title, null, d.Body).Countries.Count;
    }

    return GC.GetAllocatedBytesForCurrentThread() - before;
});

var all = Measure($"{Environment.ProcessorCount} cores", Rounds, () =>
{
    var before = GC.GetTotalAllocatedBytes(precise: true);
    Parallel.For(0, corpus.Count, i =>
    {
        var d = corpus[i];
        Interlocked.Add(ref checksum, enricher.Enrich(d.Title, null, d.Body).Topics.Count);
    });
    return GC.GetTotalAllocatedBytes(precise: true) - before;
});

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Parallel speed-up {all / one:F2}x; checksum {checksum}"));

double Measure(string label, int rounds, Func<long> run)
{
    var best = double.MaxValue;
    var bestCpu = double.MaxValue;
    long allocated = 0;
    using var process = Process.GetCurrentProcess();
    for (var r = 0; r < rounds; r++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        allocated = run();
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
        process.Refresh();
        bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    // CPU seconds (all the process's threads, GC included) stay meaningful when other work shares the cores; wall time does not.
    var mbPerSecond = totalBytes / 1e6 / best;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: {mbPerSecond:F1} MB/s wall, {corpus.Count / best:F0} docs/s (best of {rounds}); {totalBytes / 1e6 / bestCpu:F1} MB per CPU-second; {allocated / (totalBytes / 1e6) / 1e6:F2} MB allocated per MB of text"));
    return mbPerSecond;
}
