using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Pipeline.Core.Search;

/// <summary>
/// One segment's facet ordinals per document, flattened into arrays the first time a search sees the segment: counting then
/// reads two arrays instead of decoding doc values for every matching document (the bulk of a broad query's time).
/// Cached per segment core, which deletions do not change; segments merged away take their entry with them.
/// </summary>
internal sealed class SegmentOrds
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrds>> Cache = new();

    private SegmentOrds(int[] starts, int[] ords)
    {
        Starts = starts;
        Ords = ords;
    }

    /// <summary>Document d's ordinals are Ords[Starts[d]..Starts[d + 1]].</summary>
    public int[] Starts { get; }

    public int[] Ords { get; }

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
        return new SegmentOrds(starts, [.. ords]);
    }
}
