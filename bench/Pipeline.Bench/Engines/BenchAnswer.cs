namespace Pipeline.Bench.Engines;

/// <summary>
/// What an engine answered: the exact total, facet counts, and the first page's ids (with their snippets' length); ours also
/// gives each hit's highlighted title and snippet, so a change to our engine can be checked to highlight exactly as before.
/// </summary>
public sealed record BenchAnswer(
    long Total, IReadOnlyDictionary<string, int> Countries, IReadOnlyDictionary<string, int> Topics, IReadOnlyList<string> TopIds, int SnippetChars,
    IReadOnlyList<string>? Highlights = null);
