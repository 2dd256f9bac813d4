using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Pipeline.Core.Search.Postings;

/// <summary>
/// Terms' postings per segment as searches read them (dense for frequent terms), least recently used dropped first when
/// over the budget, like Lucene's per-segment query cache: a segment never changes, so an entry holds for every searcher
/// that has the segment (deletions are applied by the caller). That a segment lacks a term is remembered too: a rare
/// term is absent from most segments and fields, and looking it up again built Lucene's term enumerators each search.
/// </summary>
internal sealed class TermDocsCache(long budgetBytes, int minDenseDocFreq)
{
    /// <summary>What an entry saying "not in this segment" costs: its key, entry and dictionary node.</summary>
    private const long AbsentEntryBytes = 96;

    private readonly ConcurrentDictionary<Key, Entry> entries = new();
    private readonly Lock evicting = new();
    private long bytes;
    private long clock;

    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>The clause's documents in the segment; null when it has none.</summary>
    public TermDocs? Get(AtomicReader reader, TermLeaf leaf)
    {
        var key = new Key(reader.CoreCacheKey, leaf.Field, leaf.Key);
        if (entries.TryGetValue(key, out var hit))
        {
            hit.LastUsed = Interlocked.Increment(ref clock);
            return hit.Docs;
        }

        // Dense only where it will be kept: a dense copy costs a byte per document of the segment.
        var dense = budgetBytes > 0 && reader.MaxDoc + (reader.MaxDoc / 8L) < budgetBytes / 4;
        var docs = leaf.IsPhrase
            ? PhraseDocs.Read(reader, leaf, [.. leaf.Terms.Select(term => Get(reader, new TermLeaf(term, 1f, 1f)))])
            : TermDocs.Read(reader, leaf.Terms[0], dense ? minDenseDocFreq : int.MaxValue);
        var size = docs?.SizeInBytes ?? AbsentEntryBytes;
        if (size > budgetBytes / 4)
        {
            return docs;
        }

        if (entries.TryAdd(key, new Entry(docs, size) { LastUsed = Interlocked.Increment(ref clock) })
            && Interlocked.Add(ref bytes, size) > budgetBytes)
        {
            Evict();
        }

        return docs;
    }

    /// <summary>Drops the least recently used entries until three quarters of the budget are in use.</summary>
    private void Evict()
    {
        lock (evicting)
        {
            if (Bytes <= budgetBytes)
            {
                return;
            }

            foreach (var (key, entry) in entries.ToArray().OrderBy(pair => pair.Value.LastUsed))
            {
                if (Bytes <= budgetBytes * 3 / 4)
                {
                    break;
                }

                if (entries.TryRemove(key, out _))
                {
                    Interlocked.Add(ref bytes, -entry.Size);
                }
            }
        }
    }

    private readonly record struct Key(object Core, string Field, string Term);

    private sealed class Entry(TermDocs? docs, long size)
    {
        /// <summary>The term's documents in the segment; null when the segment does not have the term.</summary>
        public TermDocs? Docs { get; } = docs;

        public long Size { get; } = size;

        public long LastUsed { get; set; }
    }
}
