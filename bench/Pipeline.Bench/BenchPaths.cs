namespace Pipeline.Bench;

/// <summary>Where one corpus size's generated files, intermediate documents and indexes live under the output folder.</summary>
public sealed record BenchPaths(string Out, int Docs)
{
    public string Corpus => Path.Combine(Out, $"corpus-{Docs}");

    public string Normalized => Path.Combine(Out, $"normalized-{Docs}.jsonl");

    public string OurIndex => Path.Combine(Out, $"index-ours-{Docs}");

    public string PeerDatabase => Path.Combine(Out, $"peer-fts5-{Docs}.db");

    public string ServiceIndex => Path.Combine(Out, $"index-service-{Docs}");

    public string Answers(string engine) => Path.Combine(Out, $"answers-{engine}-{Docs}.json");

    public string Result(string phase) => Path.Combine(Out, $"result-{phase}-{Docs}.json");
}
