using System.Globalization;

namespace Pipeline.Bench;

/// <summary>Command-line options: `--docs 10000,100000 --phases enrich,index,search,service --seed 42 --samples 200 ...`.</summary>
public sealed record BenchOptions
{
    public static IReadOnlyList<string> AllPhases { get; } = ["enrich", "index", "search", "service"];

    /// <summary>`--phases report` runs nothing and rewrites the reports from the recorded figures.</summary>
    public const string ReportOnly = "report";

    public IReadOnlyList<int> Docs { get; init; } = [10_000, 100_000];

    public IReadOnlyList<string> Phases { get; init; } = AllPhases;

    public string Out { get; init; } = Path.Combine(RepositoryPaths.Root, "bench", "out");

    public int Seed { get; init; } = 42;

    public int SamplesPerClass { get; init; } = 1_000;

    public double QpsSeconds { get; init; } = 5;

    public int OneCoreDocs { get; init; } = 20_000;

    public int ServiceDocs { get; init; } = 5_000;

    public int Probes { get; init; } = 40;

    public int WrkSeconds { get; init; } = 10;

    /// <summary>Alternating builds of ours (all cores) and the peer's, whose median ratio is reported; 0 for none.</summary>
    public int BuildPairs { get; init; } = 3;

    public string? Child { get; init; }

    public string? ResultPath { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            i++;
            options = args[i - 1] switch
            {
                "--docs" => options with { Docs = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] },
                "--phases" => options with { Phases = value == "all" ? AllPhases : value == ReportOnly ? [] : [.. value.Split(',')] },
                "--out" => options with { Out = Path.GetFullPath(value) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--samples" => options with { SamplesPerClass = int.Parse(value, CultureInfo.InvariantCulture) },
                "--qps-seconds" => options with { QpsSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--one-core-docs" => options with { OneCoreDocs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--service-docs" => options with { ServiceDocs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--probes" => options with { Probes = int.Parse(value, CultureInfo.InvariantCulture) },
                "--wrk-seconds" => options with { WrkSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--build-pairs" => options with { BuildPairs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--child" => options with { Child = value },
                "--result" => options with { ResultPath = value },
                var unknown => throw new ArgumentException($"Unknown option {unknown}."),
            };
        }

        string[] partial = [Pipeline.Bench.Phases.ServicePhase.IngestName, Pipeline.Bench.Phases.SearcherColdStartPhase.Name];
        foreach (var phase in options.Phases.Where(p => !AllPhases.Contains(p) && !partial.Contains(p)))
        {
            throw new ArgumentException($"Unknown phase {phase}; phases are {string.Join(", ", AllPhases.Concat(partial))}.");
        }

        return options;
    }

    /// <summary>The arguments that make a child process see the same settings.</summary>
    public IEnumerable<string> ChildArguments(string phase, int docs, string resultPath) =>
    [
        "--child", phase, "--docs", docs.ToString(CultureInfo.InvariantCulture), "--out", Out,
        "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--samples", SamplesPerClass.ToString(CultureInfo.InvariantCulture),
        "--qps-seconds", QpsSeconds.ToString(CultureInfo.InvariantCulture), "--one-core-docs", OneCoreDocs.ToString(CultureInfo.InvariantCulture),
        "--build-pairs", BuildPairs.ToString(CultureInfo.InvariantCulture),
        "--result", resultPath,
    ];
}
