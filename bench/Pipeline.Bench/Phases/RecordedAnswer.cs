namespace Pipeline.Bench.Phases;

/// <summary>One query's answer as recorded for comparing the two engines (highlights: ours only, to compare our builds).</summary>
public sealed record RecordedAnswer(
    string Query, long Total, Dictionary<string, int> Countries, Dictionary<string, int> Topics, List<string> TopIds, List<string>? Highlights = null);
