namespace Pipeline.Core.Search;

/// <summary>One dimension's facet list from its counts: top values by count (ties by value) with labels, selected values always kept.</summary>
public static class FacetValues
{
    public static List<FacetValue> Build(
        IFacetVocabulary vocabulary, FacetDimension dimension, IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> selected, int size)
    {
        var selectedSet = selected.ToHashSet(StringComparer.Ordinal);
        var values = counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(size)
            .Select(pair => new FacetValue(pair.Key, vocabulary.Label(dimension, pair.Key), pair.Value, selectedSet.Contains(pair.Key)))
            .ToList();

        // A selected value stays visible (with its count, even 0) so the user can always unselect it.
        foreach (var value in selected.Where(v => values.TrueForAll(f => f.Value != v)))
        {
            values.Add(new FacetValue(value, vocabulary.Label(dimension, value), counts.GetValueOrDefault(value), true));
        }

        return values;
    }
}
