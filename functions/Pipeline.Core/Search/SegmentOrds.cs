using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Pipeline.Core.Search;

/// <summary>
/// One segment's facet ordinals per document, flattened into arrays the first time a search sees the segment: counting then
/// reads two arrays instead of decoding doc values for every matching document (the bulk of a broad query's time).
/// Cached per segment core, which deletions do not change; segments merged away take their entry with them.
/// </summary>
internal sealed class SegmentOrds
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrds>> Cache = new();

    private readonly ConditionalWeakTable<object, int[]> liveCounts = new();

    private SegmentOrds(int[] starts, int[] ords, string[] terms)
    {
        Starts = starts;
        Ords = ords;
        Terms = terms;
        (DocStarts, Docs) = Transpose(starts, ords, terms.Length);

        // Ordinals follow UTF-8 byte order, which UTF-16 ordinal order matches unless surrogates meet other high characters.
        termsInOrdinalOrder = true;
        for (var i = 1; i < terms.Length && termsInOrdinalOrder; i++)
        {
            termsInOrdinalOrder = string.CompareOrdinal(terms[i - 1], terms[i]) < 0;
        }
    }

    private readonly bool termsInOrdinalOrder;

    /// <summary>Document d's ordinals are Ords[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Ords { get; }

    /// <summary>Each ordinal's value, decoded once, so folding counts needs no doc-values lookup per search.</summary>
    public string[] Terms { get; }

    /// <summary>Ordinal o's documents, ascending, are Docs[DocStarts[o]..DocStarts[o + 1]] (deleted ones included).</summary>
    public int[] DocStarts { get; }

    public int[] Docs { get; }

    private ulong[]?[]? valueBits;

    /// <summary>
    /// The documents of each value held by at least one in 64 of them, as bits (null for the others): counting such a
    /// value over a set of documents is then a pass of AND and popcount over words instead of a visit of every member.
    /// </summary>
    public ulong[]?[] ValueBits => Volatile.Read(ref valueBits) ?? BuildValueBits();

    private ulong[]?[] BuildValueBits()
    {
        var maxDoc = Starts.Length - 1;
        var words = Postings.DocBits.WordsFor(maxDoc);
        var bits = new ulong[]?[Terms.Length];
        for (var ord = 0; ord < bits.Length; ord++)
        {
            if (DocStarts[ord + 1] - DocStarts[ord] >= words)
            {
                var set = new ulong[words];
                for (var i = DocStarts[ord]; i < DocStarts[ord + 1]; i++)
                {
                    Postings.DocBits.Set(set, Docs[i]);
                }

                bits[ord] = set;
            }
        }

        Volatile.Write(ref valueBits, bits);
        return bits;
    }

    /// <summary>How many live documents have each ordinal; cached per set of live documents (a new deletion makes a new one).</summary>
    public int[] LiveCounts(IBits? live)
    {
        if (live is null)
        {
            return liveCounts.GetValue(this, _ => CountLive(null));
        }

        return liveCounts.GetValue(live, _ => CountLive(live));
    }

    private int[] CountLive(IBits? live)
    {
        var result = new int[Terms.Length];
        for (var ord = 0; ord < result.Length; ord++)
        {
            if (live is null)
            {
                result[ord] = DocStarts[ord + 1] - DocStarts[ord];
                continue;
            }

            for (var i = DocStarts[ord]; i < DocStarts[ord + 1]; i++)
            {
                result[ord] += live.Get(Docs[i]) ? 1 : 0;
            }
        }

        return result;
    }

    /// <summary>Finds a value's ordinal in <see cref="Terms"/>; negative when the segment does not have it.</summary>
    public int Find(string value, SortedSetDocValues values) =>
        termsInOrdinalOrder ? Array.BinarySearch(Terms, value, StringComparer.Ordinal) : (int)values.LookupTerm(new BytesRef(value));

    public static SegmentOrds For(AtomicReader reader, string field, SortedSetDocValues values) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrds>(StringComparer.Ordinal))
            .GetOrAdd(field, _ => Build(reader.MaxDoc, values));

    private static SegmentOrds Build(int maxDoc, SortedSetDocValues values)
    {
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc * 2);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add(checked((int)ord));
            }
        }

        starts[maxDoc] = ords.Count;
        var terms = new string[checked((int)values.ValueCount)];
        var scratch = new BytesRef();
        for (var ord = 0; ord < terms.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            terms[ord] = scratch.Utf8ToString();
        }

        return new SegmentOrds(starts, [.. ords], terms);
    }

    /// <summary>Document → ordinals turned into ordinal → documents (a counting sort, so each list is ascending).</summary>
    private static (int[] DocStarts, int[] Docs) Transpose(int[] starts, int[] ords, int valueCount)
    {
        var docStarts = new int[valueCount + 1];
        foreach (var ord in ords)
        {
            docStarts[ord + 1]++;
        }

        for (var ord = 0; ord < valueCount; ord++)
        {
            docStarts[ord + 1] += docStarts[ord];
        }

        var next = docStarts[..valueCount];
        var docs = new int[ords.Length];
        for (var doc = 0; doc + 1 < starts.Length; doc++)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                docs[next[ords[i]]++] = doc;
            }
        }

        return (docStarts, docs);
    }
}
