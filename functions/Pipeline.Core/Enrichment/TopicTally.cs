using Pipeline.Core.Documents;

namespace Pipeline.Core.Enrichment;

/// <summary>Cue counts and evidence per topic for one document, then scored, thresholded and rolled up to parents.</summary>
internal sealed class TopicTally(TopicTaxonomy taxonomy)
{
    private readonly Dictionary<int, Found> _found = [];

    public void Add(TopicCue cue, Evidence evidence, int combinedOffset)
    {
        if (!_found.TryGetValue(cue.Topic, out var found))
        {
            found = new Found();
            _found.Add(cue.Topic, found);
        }

        found.Weights[cue.Cue] = cue.Weight;
        found.Counts[cue.Cue] = found.Counts.GetValueOrDefault(cue.Cue) + 1;
        found.Evidence.Add((combinedOffset, evidence));
    }

    public IReadOnlyList<TopicTag> ToTags()
    {
        var scoring = taxonomy.Scoring;
        var scores = _found.ToDictionary(p => p.Key, p => Score(p.Value));
        var holding = scores
            .Where(p => (_found[p.Key].Counts.Count >= scoring.MinDistinctCues && p.Value >= scoring.MinScore) || p.Value >= scoring.StrongScore)
            .Select(p => p.Key)
            .ToHashSet();
        var tags = new List<TopicTag>();
        for (var topic = 0; topic < taxonomy.Topics.Count; topic++)
        {
            var entry = taxonomy.Topics[topic];
            var children = holding.Where(c => taxonomy.Topics[c].Parent == entry.Id).ToList();
            if (!holding.Contains(topic) && children.Count == 0)
            {
                continue;
            }

            var ownScore = holding.Contains(topic) || entry.Parent is null ? scores.GetValueOrDefault(topic) : 0;
            var score = ownScore + children.Sum(c => scores[c]);
            var evidence = children.Append(topic)
                .Where(_found.ContainsKey)
                .SelectMany(t => _found[t].Evidence)
                .DistinctBy(e => (e.Evidence.Field, e.Evidence.Offset, e.Evidence.Length))
                .OrderBy(e => e.CombinedOffset)
                .Select(e => e.Evidence)
                .ToList();
            tags.Add(new TopicTag(entry.Id, entry.Label, entry.Parent, Math.Round(score, 2), evidence));
        }

        return tags.OrderByDescending(t => t.Score).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    private static double Score(Found found) => found.Counts.Sum(c => found.Weights[c.Key] * (1 + Math.Log(c.Value)));

    private sealed class Found
    {
        public Dictionary<int, double> Weights { get; } = [];

        public Dictionary<int, int> Counts { get; } = [];

        public List<(int CombinedOffset, Evidence Evidence)> Evidence { get; } = [];
    }
}
