using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>
/// One segment's ids in memory: each document's id ordinal (ordinals follow the ids' byte order) and each ordinal's id
/// bytes, read once per segment core, so breaking score ties by id costs array reads instead of doc-values lookups
/// through the file system (a rare term's hits tie often, and across segments every tie compared ids read from disk).
/// </summary>
internal sealed class IdOrds
{
    private static readonly ConditionalWeakTable<object, IdOrds> Cache = new();

    // Every ordinal's id, back to back; ordinal k's bytes run from starts[k] to starts[k + 1].
    private readonly byte[] ids;
    private readonly int[] starts;

    private IdOrds(int[] ords, int[] docsInIdOrder, byte[] ids, int[] starts, bool hasIds)
    {
        Ords = ords;
        DocsInIdOrder = docsInIdOrder;
        this.ids = ids;
        this.starts = starts;
        HasIds = hasIds;
    }

    /// <summary>Per document; -1 when it has no id (never, for documents the indexer wrote).</summary>
    public int[] Ords { get; }

    /// <summary>Every document (deleted ones included), by id ordinal then document number: the order of equal-score hits.</summary>
    public int[] DocsInIdOrder { get; }

    /// <summary>Whether the segment has id doc values at all.</summary>
    public bool HasIds { get; }

    public static IdOrds For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => Build(reader.MaxDoc, reader.GetSortedDocValues(IndexSchema.IdSort)));

    /// <summary>The id bytes of an ordinal; empty for -1 (no id).</summary>
    public ReadOnlySpan<byte> Id(int ord) => ord < 0 ? [] : ids.AsSpan(starts[ord], starts[ord + 1] - starts[ord]);

    /// <summary>The ordinal of <paramref name="id"/>, or -(insertion point) - 1 when this segment lacks it, as Lucene's LookupTerm.</summary>
    public int Find(ReadOnlySpan<byte> id)
    {
        int low = 0, high = starts.Length - 2;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var order = Id(middle).SequenceCompareTo(id);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -(low + 1);
    }

    private static IdOrds Build(int maxDoc, SortedDocValues? values)
    {
        var ords = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            ords[doc] = values is null ? -1 : values.GetOrd(doc);
        }

        var keys = new long[maxDoc];
        var docs = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            keys[doc] = ((long)ords[doc] << 32) | (uint)doc;
            docs[doc] = doc;
        }

        Array.Sort(keys, docs);

        var count = values?.ValueCount ?? 0;
        var starts = new int[count + 1];
        var bytes = new List<byte>(count * 16);
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            values!.LookupOrd(ord, scratch);
            starts[ord] = bytes.Count;
            bytes.AddRange(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length));
        }

        starts[count] = bytes.Count;
        return new IdOrds(ords, docs, [.. bytes], starts, values is not null);
    }
}
