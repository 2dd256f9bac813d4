namespace Pipeline.Core.Search;

public enum FacetDimension
{
    Country,
    Topic,
}
