using Newtonsoft.Json;

namespace Pipeline.Core.Enrichment;

/// <summary>Topics (IPTC Media Topics top level, finer topics beneath) with their weighted cues, compiled to one phrase trie. Immutable.</summary>
public sealed class TopicTaxonomy
{
    private const string ResourceName = "Pipeline.Core.Enrichment.Data.topics.json";

    private readonly Dictionary<string, int> _index;
    private readonly int[][] _children;

    private TopicTaxonomy(IReadOnlyList<TopicEntry> topics, PhraseTrie<TopicCue> trie, TopicScoring scoring, int cueCount)
    {
        Topics = topics;
        CueCount = cueCount;
        _index = topics.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Ids = topics.Select(t => t.Id).ToList();
        Trie = trie;
        Scoring = scoring;
        _children = [.. topics.Select(parent => topics.Select((t, i) => (t, i)).Where(p => p.t.Parent == parent.Id).Select(p => p.i).ToArray())];
    }

    public IReadOnlyCollection<string> Ids { get; }

    internal IReadOnlyList<TopicEntry> Topics { get; }

    internal PhraseTrie<TopicCue> Trie { get; }

    internal TopicScoring Scoring { get; }

    /// <summary>How many cues all topics have together; cue numbers run from 0 to this.</summary>
    internal int CueCount { get; }

    /// <summary>Indexes of the finer topics under a top-level topic (empty for finer topics).</summary>
    internal ReadOnlySpan<int> ChildrenOf(int topic) => _children[topic];

    public static TopicTaxonomy LoadEmbedded()
    {
        using var reader = EmbeddedData.OpenText(ResourceName);
        return Load(reader);
    }

    internal static TopicTaxonomy Load(TextReader reader)
    {
        using var json = new JsonTextReader(reader);
        var file = JsonSerializer.CreateDefault().Deserialize<TopicsFile>(json)
            ?? throw new InvalidDataException("The topics file is empty.");
        var topLevel = file.Topics.Where(t => t.Parent is null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var builder = new PhraseTrie<TopicCue>.Builder();
        var cueNumber = 0;
        for (var topic = 0; topic < file.Topics.Count; topic++)
        {
            var entry = file.Topics[topic];
            if (entry.Parent is not null && !topLevel.Contains(entry.Parent))
            {
                throw new InvalidDataException($"Topic '{entry.Id}' has parent '{entry.Parent}', which is not a top-level topic.");
            }

            foreach (var (text, weight) in entry.Cues)
            {
                if (!builder.Add(text, new TopicCue(topic, cueNumber++, weight)))
                {
                    throw new InvalidDataException($"Topic '{entry.Id}' has an empty or overlong cue '{text}'.");
                }
            }
        }

        return new TopicTaxonomy(file.Topics, builder.Build(), file.Scoring, cueNumber);
    }

    public string LabelOf(string id) => Topics[IndexOf(id)].Label;

    public string? ParentOf(string id) => Topics[IndexOf(id)].Parent;

    internal int IndexOf(string id) =>
        _index.TryGetValue(id, out var index) ? index : throw new KeyNotFoundException($"'{id}' is not a topic id in the taxonomy.");
}
