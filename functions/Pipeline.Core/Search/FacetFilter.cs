using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Core.Search.Postings;

namespace Pipeline.Core.Search;

/// <summary>One facet dimension during a search: its selection, and its counts as the collector sees documents.</summary>
internal sealed class FacetFilter(string field, IReadOnlyCollection<string> selected)
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;
    private SegmentOrds? segmentOrds;
    private int[] segmentCounts = [];
    private bool[] segmentSelected = [];
    private int loadedStart;
    private int loadedEnd;

    public bool HasSelection => selected.Count > 0;

    public IReadOnlyDictionary<string, int> Counts => counts;

    public void SetNextReader(AtomicReader reader)
    {
        FlushSegment();
        values = reader.GetSortedSetDocValues(field);
        var valueCount = values is null ? 0 : checked((int)values.ValueCount);
        segmentCounts = new int[valueCount];
        segmentSelected = new bool[valueCount];
        segmentOrds = null;
        if (values is null)
        {
            return;
        }

        segmentOrds = SegmentOrds.For(reader, field, values);
        foreach (var value in selected)
        {
            var ord = segmentOrds.Find(value, values);
            if (ord >= 0)
            {
                segmentSelected[ord] = true;
            }
        }
    }

    /// <summary>Reads the document's values; returns whether it satisfies this dimension's selection.</summary>
    public bool Load(int doc)
    {
        var matches = !HasSelection;
        if (segmentOrds is null)
        {
            loadedStart = loadedEnd = 0;
            return matches;
        }

        loadedStart = segmentOrds.Starts[doc];
        loadedEnd = segmentOrds.Starts[doc + 1];
        var ords = segmentOrds.Ords;
        for (var i = loadedStart; i < loadedEnd; i++)
        {
            matches |= segmentSelected[ords[i]];
        }

        return matches;
    }

    /// <summary>Counts the values of the document last loaded.</summary>
    public void CountLoaded()
    {
        if (segmentOrds is null)
        {
            return;
        }

        var ords = segmentOrds.Ords;
        for (var i = loadedStart; i < loadedEnd; i++)
        {
            segmentCounts[ords[i]]++;
        }
    }

    /// <summary>Counts every live document of the segment (from a histogram cached per segment and deletions).</summary>
    public void CountAllLive(IBits? live)
    {
        if (segmentOrds is null)
        {
            return;
        }

        var liveCounts = segmentOrds.LiveCounts(live);
        for (var ord = 0; ord < liveCounts.Length; ord++)
        {
            segmentCounts[ord] += liveCounts[ord];
        }
    }

    /// <summary>Counts one document's values, whatever the selection.</summary>
    public void Count(int doc)
    {
        if (segmentOrds is null)
        {
            return;
        }

        var ords = segmentOrds.Ords;
        for (var i = segmentOrds.Starts[doc]; i < segmentOrds.Starts[doc + 1]; i++)
        {
            segmentCounts[ords[i]]++;
        }
    }

    /// <summary>Sets <paramref name="bit"/> in <paramref name="marks"/> for every document (live or not) that satisfies the selection.</summary>
    public void MarkSelected(byte[] marks, byte bit)
    {
        if (segmentOrds is null)
        {
            return;
        }

        for (var ord = 0; ord < segmentSelected.Length; ord++)
        {
            if (!segmentSelected[ord])
            {
                continue;
            }

            for (var i = segmentOrds.DocStarts[ord]; i < segmentOrds.DocStarts[ord + 1]; i++)
            {
                marks[segmentOrds.Docs[i]] |= bit;
            }
        }
    }

    /// <summary>Sets the bit of every document (live or not) that satisfies the selection.</summary>
    public void MarkSelected(Span<ulong> bits)
    {
        if (segmentOrds is null)
        {
            return;
        }

        for (var ord = 0; ord < segmentSelected.Length; ord++)
        {
            if (segmentSelected[ord])
            {
                for (var i = segmentOrds.DocStarts[ord]; i < segmentOrds.DocStarts[ord + 1]; i++)
                {
                    DocBits.Set(bits, segmentOrds.Docs[i]);
                }
            }
        }
    }

    /// <summary>
    /// Counts the values of a set of live documents the cheapest of three ways: visiting its members, visiting the live
    /// documents it leaves out (from the segment's live histogram), or per value, by AND and popcount over the bits of
    /// frequent values and a membership test for each document of the others.
    /// </summary>
    public void CountSet(ReadOnlySpan<ulong> set, int setCount, ReadOnlySpan<ulong> live, IBits? liveDocs, int liveCount)
    {
        if (segmentOrds is null || setCount == 0)
        {
            return;
        }

        var visits = Math.Min(setCount, liveCount - setCount) * Math.Max(1, segmentOrds.Ords.Length / Math.Max(1, liveCount));
        if (visits > PerValueCost(set.Length))
        {
            CountPerValue(set);
            return;
        }

        var dense = setCount > liveCount / 2;
        if (dense)
        {
            CountAllLive(liveDocs);
        }

        var starts = segmentOrds.Starts;
        var ords = segmentOrds.Ords;
        var step = dense ? -1 : 1;
        for (var w = 0; w < set.Length; w++)
        {
            var word = dense ? live[w] & ~set[w] : set[w];
            while (word != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                for (var i = starts[doc]; i < starts[doc + 1]; i++)
                {
                    segmentCounts[ords[i]] += step;
                }
            }
        }
    }

    /// <summary>Words scanned for the values kept as bits (those in as many documents as there are words), plus one test per document of the others.</summary>
    private int PerValueCost(int words)
    {
        var starts = segmentOrds!.DocStarts;
        var cost = 0;
        for (var ord = 0; ord + 1 < starts.Length; ord++)
        {
            var docs = starts[ord + 1] - starts[ord];
            cost += docs >= words ? words / 4 : docs;
        }

        return cost;
    }

    private void CountPerValue(ReadOnlySpan<ulong> set)
    {
        var bits = segmentOrds!.ValueBits;
        for (var ord = 0; ord < bits.Length; ord++)
        {
            var count = 0;
            if (bits[ord] is { } valueBits)
            {
                for (var w = 0; w < set.Length; w++)
                {
                    count += BitOperations.PopCount(set[w] & valueBits[w]);
                }
            }
            else
            {
                for (var i = segmentOrds.DocStarts[ord]; i < segmentOrds.DocStarts[ord + 1]; i++)
                {
                    count += DocBits.Get(set, segmentOrds.Docs[i]) ? 1 : 0;
                }
            }

            segmentCounts[ord] += count;
        }
    }

    public void Finish() => FlushSegment();

    private void FlushSegment()
    {
        if (values is null || segmentOrds is null)
        {
            return;
        }

        var terms = segmentOrds.Terms;
        for (var ord = 0; ord < segmentCounts.Length; ord++)
        {
            if (segmentCounts[ord] == 0)
            {
                continue;
            }

            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, terms[ord], out _);
            count += segmentCounts[ord];
        }

        values = null;
    }
}
