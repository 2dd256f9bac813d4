namespace Pipeline.Core.Indexing;

/// <summary>What a search hit shows besides its text, stored as one field so a hit needs one read.</summary>
public sealed record HitMetadata(
    string SourcePath,
    string? SourceETag,
    DateTimeOffset? Published,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> MainCountries,
    IReadOnlyList<string> Topics);
