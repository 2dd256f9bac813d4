using System.Diagnostics;
using Pipeline.Bench;
using Pipeline.Bench.Corpus;
using Pipeline.Bench.Measure;
using Pipeline.Bench.Phases;
using Pipeline.Bench.Service;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("Usage: Pipeline.Bench [--docs 10000,100000] [--phases enrich,index,search,service|ingest|searcher|report] [--out bench/out] [--seed 42]");
    return 2;
}

if (options.Child is { } child)
{
    // A phase in its own process, so its peak RSS is its own.
    var paths = new BenchPaths(options.Out, options.Docs[0]);
    var result = child switch
    {
        "enrich" => EnrichPhase.Run(paths, options.OneCoreDocs),
        "index-ours" => IndexPhase.RunOurs(paths),
        "index-peer" => IndexPhase.RunPeer(paths),
        "index-pairs" => IndexPhase.RunPairs(paths, options.BuildPairs),
        "search-ours" => SearchPhase.Run(paths, "ours", options.SamplesPerClass, options.QpsSeconds),
        "search-peer" => SearchPhase.Run(paths, "peer", options.SamplesPerClass, options.QpsSeconds),
        "cold-peer" => AnswerOnceThen(() => SearchPhase.AnswerOnce(paths, "peer")),
        _ => throw new ArgumentException($"Unknown child phase {child}."),
    };
    result.Save(options.ResultPath!);
    return 0;
}

Directory.CreateDirectory(options.Out);
foreach (var docs in options.Docs)
{
    var paths = new BenchPaths(options.Out, docs);
    var result = new PhaseResult();
    Console.WriteLine($"== {docs} documents ==");
    var clock = Stopwatch.StartNew();
    if (new CorpusStore(paths.Corpus).EnsureGenerated(docs, options.Seed))
    {
        Console.WriteLine($"generated the corpus in {clock.Elapsed.TotalSeconds:F0} s");
    }

    var childPhases = new List<string>();
    if (options.Phases.Contains("enrich"))
    {
        childPhases.Add("enrich");
    }

    if (options.Phases.Contains("index"))
    {
        childPhases.AddRange(["index-ours", "index-peer"]);
        if (options.BuildPairs > 0)
        {
            childPhases.Add("index-pairs");
        }
    }

    if (options.Phases.Contains("search"))
    {
        childPhases.AddRange(["search-ours", "search-peer"]);
    }

    // A phase not rerun keeps its last figures, so a partial rerun still reports everything.
    foreach (var phase in new[] { "enrich", "index-ours", "index-peer", "index-pairs", "search-ours", "search-peer" }.Except(childPhases))
    {
        if (File.Exists(paths.Result(phase)))
        {
            result.Merge(PhaseResult.Load(paths.Result(phase)));
        }
    }

    if (childPhases.Count > 0 || options.Phases.Contains("service") || options.Phases.Contains(ServicePhase.IngestName))
    {
        result.Notes.Add("Each engine's phases and the host ran with the local host's launch-profile environment: "
            + string.Join(", ", HostLaunchProfile.Environment.Select(v => $"{v.Key}={v.Value}")) + ".");
    }

    foreach (var phase in childPhases)
    {
        clock.Restart();
        result.Merge(await RunChildAsync(options, phase, docs, paths));
        Console.WriteLine($"{phase}: {clock.Elapsed.TotalSeconds:F0} s");
    }

    if (options.Phases.Contains("search"))
    {
        result.Metrics["peer.cold_start_s"] = await TimeColdPeerAsync(options, docs, paths);
        result.Notes.AddRange(AnswerComparison.Compare(paths));
    }

    if (options.Phases.Contains("service") || options.Phases.Contains(ServicePhase.IngestName))
    {
        clock.Restart();
        result.Merge(await ServicePhase.RunAsync(paths, options, ingestOnly: !options.Phases.Contains("service")));
        Console.WriteLine($"service: {clock.Elapsed.TotalSeconds:F0} s");
    }

    if (options.Phases.Contains(SearcherColdStartPhase.Name))
    {
        clock.Restart();
        result.Merge(await SearcherColdStartPhase.RunAsync(paths, options));
        Console.WriteLine($"searcher: {clock.Elapsed.TotalSeconds:F0} s");
    }

    var previous = File.Exists(paths.Result("all")) ? PhaseResult.Load(paths.Result("all")) : new PhaseResult();
    if (options.Phases.Count > 0)
    {
        previous.Notes.Clear();
    }

    previous.Merge(result);
    previous.Save(paths.Result("all"));
    var report = Report.Markdown(docs, previous);
    File.WriteAllText(Path.Combine(options.Out, $"report-{docs}.md"), report);
    Console.WriteLine(report);
}

return 0;

static PhaseResult AnswerOnceThen(Action answer)
{
    answer();
    return new PhaseResult();
}

static async Task<PhaseResult> RunChildAsync(BenchOptions options, string phase, int docs, BenchPaths paths)
{
    var resultPath = paths.Result(phase);
    File.Delete(resultPath);
    var (file, prefix) = Self();
    using var process = ChildProcess.Start(file, [.. prefix, .. options.ChildArguments(phase, docs, resultPath)], Path.Combine(options.Out, $"{phase}-{docs}.log"), HostLaunchProfile.Environment);
    await process.WaitForExitAsync();
    return File.Exists(resultPath)
        ? PhaseResult.Load(resultPath)
        : throw new InvalidOperationException($"Phase {phase} failed; see {Path.Combine(options.Out, $"{phase}-{docs}.log")}.");
}

// The peer's cold start: process start to its first answered search, timed by this process as ours is.
static async Task<double> TimeColdPeerAsync(BenchOptions options, int docs, BenchPaths paths)
{
    var (file, prefix) = Self();
    var answered = new TaskCompletionSource<double>();
    var started = Stopwatch.GetTimestamp();
    using var process = ChildProcess.Start(file, [.. prefix, .. options.ChildArguments("cold-peer", docs, paths.Result("cold-peer"))], Path.Combine(options.Out, $"cold-peer-{docs}.log"), HostLaunchProfile.Environment);
    process.Line += line =>
    {
        if (line.StartsWith("ANSWERED", StringComparison.Ordinal))
        {
            answered.TrySetResult(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    };
    await process.WaitForExitAsync();
    answered.TrySetResult(double.NaN);
    return await answered.Task;
}

static (string File, string[] Prefix) Self()
{
    var host = Environment.ProcessPath!;
    return Path.GetFileNameWithoutExtension(host) == "dotnet" ? (host, [typeof(BenchOptions).Assembly.Location]) : (host, []);
}
