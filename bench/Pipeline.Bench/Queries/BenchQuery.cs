namespace Pipeline.Bench.Queries;

/// <summary>One query both engines run: free-text terms (all required, or one phrase) plus facet selections and a published range (both ends included).</summary>
public sealed record BenchQuery(
    string Class, IReadOnlyList<string> Terms, bool IsPhrase, IReadOnlyList<string> Countries, IReadOnlyList<string> Topics,
    DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    public bool MatchesAll => Terms.Count == 0;

    /// <summary>Our syntax: Lucene classic, default operator AND.</summary>
    public string? Lucene => MatchesAll ? null : IsPhrase ? $"\"{string.Join(' ', Terms)}\"" : string.Join(' ', Terms);

    /// <summary>The peer's syntax: FTS5 MATCH, every term quoted so no word is read as an operator.</summary>
    public string? Fts5 => MatchesAll ? null : IsPhrase ? $"\"{string.Join(' ', Terms)}\"" : string.Join(" AND ", Terms.Select(t => $"\"{t}\""));

    public override string ToString() =>
        $"{Lucene ?? "*"}{(Countries.Count > 0 ? $" country={string.Join(',', Countries)}" : "")}{(Topics.Count > 0 ? $" topic={string.Join(',', Topics)}" : "")}"
        + (From is null && To is null ? "" : $" published={From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
