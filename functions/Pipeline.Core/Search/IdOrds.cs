using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>
/// One segment's id ordinal per document (ordinals follow the ids' byte order), read into an array once per segment core,
/// so breaking score ties by id costs an array read instead of a doc-values lookup through the file system.
/// </summary>
internal sealed class IdOrds
{
    private static readonly ConditionalWeakTable<object, IdOrds> Cache = new();

    private IdOrds(SortedDocValues? values, int[] ords, int[] docsInIdOrder)
    {
        Values = values;
        Ords = ords;
        DocsInIdOrder = docsInIdOrder;
    }

    /// <summary>Per document; -1 when it has no id (never, for documents the indexer wrote).</summary>
    public int[] Ords { get; }

    /// <summary>Every document (deleted ones included), by id ordinal then document number: the order of equal-score hits.</summary>
    public int[] DocsInIdOrder { get; }

    /// <summary>The segment's id doc values (for ordinal to id); null when the segment has none.</summary>
    public SortedDocValues? Values { get; }

    public static IdOrds For(AtomicReader reader)
    {
        var values = reader.GetSortedDocValues(IndexSchema.IdSort);
        var cached = Cache.GetValue(reader.CoreCacheKey, _ => Build(reader.MaxDoc, values));
        return new IdOrds(values, cached.Ords, cached.DocsInIdOrder);
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
        return new IdOrds(null, ords, docs);
    }
}
