namespace Pipeline.Core.Search;

/// <summary>Facet counts; each dimension is counted without its own selection (drill-sideways).</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Country, IReadOnlyList<FacetValue> Topic);
