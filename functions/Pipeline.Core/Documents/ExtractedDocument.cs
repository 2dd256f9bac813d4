namespace Pipeline.Core.Documents;

/// <summary>What normalisation extracts from a file before enrichment: clean title and body text.</summary>
/// <param name="Format">One of "txt", "md", "html", "json".</param>
/// <param name="Subtitle">A standfirst or subtitle, when the source has one (or ran it into the title).</param>
public sealed record ExtractedDocument(
    string Format,
    string Title,
    string? Subtitle,
    string Body,
    DateTimeOffset? Published,
    string? Language);
