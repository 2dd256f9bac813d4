namespace Pipeline.Core.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
