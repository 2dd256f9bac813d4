namespace Pipeline.Core.Documents;

/// <summary>The normalised form of one source file: the source of truth the index is built from.</summary>
public sealed record NormalizedDocument(
    string Id,
    string SourcePath,
    string? SourceETag,
    string Format,
    string Title,
    string? Subtitle,
    string Body,
    DateTimeOffset? Published,
    string? Language,
    IReadOnlyList<CountryTag> Countries,
    IReadOnlyList<TopicTag> Topics,
    DateTimeOffset NormalizedAt);
