namespace Pipeline.Core.Documents;

/// <summary>What normalisation extracts from a file before enrichment: clean title and body text.</summary>
/// <param name="Format">One of "txt", "md", "html", "json".</param>
public sealed record ExtractedDocument(
    string Format,
    string Title,
    string Body,
    DateTimeOffset? Published,
    string? Language);
