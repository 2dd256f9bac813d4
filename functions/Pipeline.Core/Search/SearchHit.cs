namespace Pipeline.Core.Search;

/// <summary>One result; Title and Snippet are HTML with &lt;mark&gt; around matches and everything else escaped.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string Snippet,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> MainCountries,
    IReadOnlyList<string> Topics,
    DateTimeOffset? Published,
    string SourcePath,
    float Score);
