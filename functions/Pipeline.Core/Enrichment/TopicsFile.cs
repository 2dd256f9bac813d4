namespace Pipeline.Core.Enrichment;

/// <summary>The shape of Data/topics.json.</summary>
internal sealed record TopicsFile(string Source, string Licence, TopicScoring Scoring, IReadOnlyList<TopicEntry> Topics);

/// <summary>A topic holds with <paramref name="MinDistinctCues"/> different cues scoring <paramref name="MinScore"/>, or alone at <paramref name="StrongScore"/>.</summary>
internal sealed record TopicScoring(int MinDistinctCues, double MinScore, double StrongScore);

internal sealed record TopicEntry(string Id, string Label, string? Parent, IReadOnlyDictionary<string, double> Cues);
