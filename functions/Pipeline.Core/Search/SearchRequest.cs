namespace Pipeline.Core.Search;

/// <summary>A validated search: Lucene-syntax query, facet selections (OR within, AND across), date range, sort and page.</summary>
public sealed record SearchRequest(
    string? Query,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    DateTimeOffset? From,
    DateTimeOffset? To,
    SearchSort Sort,
    int Page,
    int PageSize,
    int FacetSize)
{
    public static SearchRequest All(int pageSize = 10, int facetSize = 50) =>
        new(null, [], [], null, null, SearchSort.Relevance, 1, pageSize, facetSize);
}
