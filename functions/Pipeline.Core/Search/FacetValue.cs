namespace Pipeline.Core.Search;

public sealed record FacetValue(string Value, string Label, int Count, bool Selected);
