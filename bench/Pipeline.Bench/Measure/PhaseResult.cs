using System.Text.Json;

namespace Pipeline.Bench.Measure;

/// <summary>What one phase measured, by metric name (e.g. "ours.index.docs_s"), plus notes; passed from child to parent as JSON.</summary>
public sealed class PhaseResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public Dictionary<string, double> Metrics { get; init; } = new(StringComparer.Ordinal);

    public List<string> Notes { get; init; } = [];

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static PhaseResult Load(string path) => JsonSerializer.Deserialize<PhaseResult>(File.ReadAllText(path), Json)!;

    public void Merge(PhaseResult other)
    {
        foreach (var (key, value) in other.Metrics)
        {
            Metrics[key] = value;
        }

        Notes.AddRange(other.Notes);
    }
}
