using Pipeline.Core.Search;

namespace Pipeline.Bench.Engines;

/// <summary>The peer's facet list built the way SearchService builds ours: top values by count with labels, selected ones always kept.</summary>
public static class FacetTop
{
    public static List<FacetValue> Build(
        IFacetVocabulary vocabulary, FacetDimension dimension, Dictionary<string, int> counts, IReadOnlyList<string> selected, int size)
    {
        var values = counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(size)
            .Select(pair => new FacetValue(pair.Key, vocabulary.Label(dimension, pair.Key), pair.Value, selected.Contains(pair.Key)))
            .ToList();
        foreach (var value in selected.Where(v => values.TrueForAll(f => f.Value != v)))
        {
            values.Add(new FacetValue(value, vocabulary.Label(dimension, value), counts.GetValueOrDefault(value), true));
        }

        return values;
    }
}
