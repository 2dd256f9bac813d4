namespace Pipeline.Core.Documents;

/// <summary>A topic from the taxonomy (IPTC Media Topics top level, finer topics beneath), with its evidence.</summary>
/// <param name="Parent">The parent topic id, or null for a top-level topic.</param>
public sealed record TopicTag(
    string Id,
    string Label,
    string? Parent,
    double Score,
    IReadOnlyList<Evidence> Evidence);
