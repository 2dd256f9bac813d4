namespace Pipeline.Bench.Engines;

/// <summary>What an engine answered: the exact total, facet counts, and the first page's ids (with their snippets' length).</summary>
public sealed record BenchAnswer(long Total, IReadOnlyDictionary<string, int> Countries, IReadOnlyDictionary<string, int> Topics, IReadOnlyList<string> TopIds, int SnippetChars);
