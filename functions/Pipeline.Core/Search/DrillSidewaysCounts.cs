namespace Pipeline.Core.Search;

/// <summary>The two facet dimensions one search counts; each is counted over documents matching the other's selection.</summary>
internal sealed record DrillSidewaysCounts(FacetFilter Countries, FacetFilter Topics)
{
    /// <summary>Folds the last segment's counts in; call once after the search.</summary>
    public void Finish()
    {
        Countries.Finish();
        Topics.Finish();
    }
}
