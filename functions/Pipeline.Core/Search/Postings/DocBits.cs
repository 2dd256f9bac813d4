using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Pipeline.Core.Search.Postings;

/// <summary>Sets of a segment's documents as 64-bit words: bit d of word d / 64 is document d.</summary>
internal static class DocBits
{
    private static readonly ConditionalWeakTable<object, ulong[]> LiveCache = new();

    public static int WordsFor(int maxDoc) => (maxDoc + 63) >> 6;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(Span<ulong> words, int doc) => words[doc >> 6] |= 1UL << doc;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Get(ReadOnlySpan<ulong> words, int doc) => (words[doc >> 6] & (1UL << doc)) != 0;

    public static int Count(ReadOnlySpan<ulong> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    public static void Or(Span<ulong> target, ReadOnlySpan<ulong> other)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] |= other[i];
        }
    }

    public static void And(Span<ulong> target, ReadOnlySpan<ulong> other)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= other[i];
        }
    }

    /// <summary>The segment's live documents as words, cached per set of live documents (a new deletion makes a new one).</summary>
    public static ulong[] Live(AtomicReader reader)
    {
        var live = reader.LiveDocs;
        return live is null
            ? LiveCache.GetValue(reader.CoreCacheKey, _ => AllOf(reader.MaxDoc))
            : LiveCache.GetValue(live, _ => FromBits(live, reader.MaxDoc));
    }

    private static ulong[] AllOf(int maxDoc)
    {
        var words = new ulong[WordsFor(maxDoc)];
        Array.Fill(words, ulong.MaxValue);
        if ((maxDoc & 63) != 0)
        {
            words[^1] = (1UL << maxDoc) - 1;
        }

        return words;
    }

    private static ulong[] FromBits(IBits live, int maxDoc)
    {
        var words = new ulong[WordsFor(maxDoc)];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (live.Get(doc))
            {
                Set(words, doc);
            }
        }

        return words;
    }
}
