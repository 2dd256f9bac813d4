using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Pipeline.Core.Search;

/// <summary>One facet dimension during a search: its selection, and its counts as the collector sees documents.</summary>
internal sealed class FacetFilter(string field, IReadOnlyCollection<string> selected)
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private SortedSetDocValues? values;
    private int[] segmentCounts = [];
    private bool[] segmentSelected = [];
    private long[] docOrds = new long[16];
    private int docOrdCount;

    public bool HasSelection => selected.Count > 0;

    public IReadOnlyDictionary<string, int> Counts => counts;

    public void SetNextReader(AtomicReader reader)
    {
        FlushSegment();
        values = reader.GetSortedSetDocValues(field);
        var valueCount = values is null ? 0 : checked((int)values.ValueCount);
        segmentCounts = new int[valueCount];
        segmentSelected = new bool[valueCount];
        if (values is null)
        {
            return;
        }

        foreach (var value in selected)
        {
            var ord = values.LookupTerm(new BytesRef(value));
            if (ord >= 0)
            {
                segmentSelected[ord] = true;
            }
        }
    }

    /// <summary>Reads the document's values; returns whether it satisfies this dimension's selection.</summary>
    public bool Load(int doc)
    {
        docOrdCount = 0;
        var matches = !HasSelection;
        if (values is null)
        {
            return matches;
        }

        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (docOrdCount == docOrds.Length)
            {
                Array.Resize(ref docOrds, docOrds.Length * 2);
            }

            docOrds[docOrdCount++] = ord;
            matches |= segmentSelected[ord];
        }

        return matches;
    }

    /// <summary>Counts the values of the document last loaded.</summary>
    public void CountLoaded()
    {
        for (var i = 0; i < docOrdCount; i++)
        {
            segmentCounts[docOrds[i]]++;
        }
    }

    public void Finish() => FlushSegment();

    private void FlushSegment()
    {
        if (values is null)
        {
            return;
        }

        for (var ord = 0; ord < segmentCounts.Length; ord++)
        {
            if (segmentCounts[ord] == 0)
            {
                continue;
            }

            values.LookupOrd(ord, scratch);
            var key = scratch.Utf8ToString();
            counts[key] = counts.GetValueOrDefault(key) + segmentCounts[ord];
        }

        values = null;
    }
}
