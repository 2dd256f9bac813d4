namespace Pipeline.Core.Search;

public sealed record SearchResponse(long Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
