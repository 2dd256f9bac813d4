namespace Pipeline.Core.Search;

/// <summary>The known values of each facet dimension and their display labels.</summary>
public interface IFacetVocabulary
{
    bool IsKnown(FacetDimension dimension, string value);

    string Label(FacetDimension dimension, string value);
}
