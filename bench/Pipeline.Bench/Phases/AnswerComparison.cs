using System.Text.Json;

namespace Pipeline.Bench.Phases;

/// <summary>Compares the two engines' totals and facet counts query by query, and lists where they differ.</summary>
public static class AnswerComparison
{
    public static List<string> Compare(BenchPaths paths)
    {
        var ours = JsonSerializer.Deserialize<List<RecordedAnswer>>(File.ReadAllText(paths.Answers("ours")))!;
        var peer = JsonSerializer.Deserialize<List<RecordedAnswer>>(File.ReadAllText(paths.Answers("peer")))!;
        var lines = new List<string>();
        foreach (var (a, b) in ours.Zip(peer))
        {
            var facetDiffs = Differences(a.Countries, b.Countries).Concat(Differences(a.Topics, b.Topics)).ToList();
            if (a.Total != b.Total || facetDiffs.Count > 0)
            {
                lines.Add($"`{a.Query}`: total {a.Total} vs {b.Total}" +
                    (facetDiffs.Count > 0 ? $"; facet counts differ for {facetDiffs.Count} values (e.g. {string.Join(", ", facetDiffs.Take(3))})" : ""));
            }
        }

        lines.Insert(0, $"{ours.Count - lines.Count} of {ours.Count} queries: same total and same facet counts in both engines.");
        return lines;
    }

    private static IEnumerable<string> Differences(Dictionary<string, int> ours, Dictionary<string, int> peer) =>
        ours.Keys.Union(peer.Keys)
            .Where(key => ours.GetValueOrDefault(key) != peer.GetValueOrDefault(key))
            .Select(key => $"{key} {ours.GetValueOrDefault(key)} vs {peer.GetValueOrDefault(key)}");
}
