namespace Pipeline.Core.Search.Postings;

/// <summary>
/// A term's documents grouped by impact: (length byte, frequency), frequencies of <see cref="TermDocs.ClassFreqs"/> and
/// more sharing one class per length. BM25 gives every document of a class the same score for the term (the last class
/// of a length: at most its largest frequency's), so visiting classes best first visits documents best first, whatever
/// the boost, idf or average length of the day; that is why they are grouped and not sorted by score.
/// </summary>
internal sealed class ImpactClasses
{
    private const int FreqSlots = TermDocs.ClassFreqs + 1;

    private ImpactClasses(int[] starts, int[] maxFreqs, int[] docs)
    {
        Starts = starts;
        MaxFreqs = maxFreqs;
        Docs = docs;
    }

    public int Count => MaxFreqs.Length;

    /// <summary>Class c's documents, ascending, are Docs[Starts[c]..Starts[c + 1]].</summary>
    public int[] Starts { get; }

    /// <summary>Each class's largest frequency (its frequency, below <see cref="TermDocs.ClassFreqs"/>).</summary>
    public int[] MaxFreqs { get; }

    public int[] Docs { get; }

    private Order? order;

    /// <summary>
    /// The classes best first under the given field statistics (average length), kept for the next search with the same
    /// ones; <paramref name="score"/> scores a class under any boost and idf, which scale every class alike.
    /// </summary>
    public int[] BestFirst((long, long) statsKey, Func<int, float> score)
    {
        var known = Volatile.Read(ref order);
        if (known is not null && known.StatsKey == statsKey)
        {
            return known.Classes;
        }

        var classes = new int[Count];
        var keys = new float[Count];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = c;
            keys[c] = -score(c);
        }

        Array.Sort(keys, classes);
        Volatile.Write(ref order, new Order(statsKey, classes));
        return classes;
    }

    /// <summary>A document of the class (any: they share the length byte).</summary>
    public int First(int c) => Docs[Starts[c]];

    private sealed record Order((long, long) StatsKey, int[] Classes);

    /// <summary>Groups ascending documents and their frequencies by class, each class staying ascending.</summary>
    public static ImpactClasses Group(ReadOnlySpan<int> docs, ReadOnlySpan<int> freqs, byte[] norms)
    {
        // A counting sort over every possible class; its fixed cost only pays off for terms in many documents.
        if (docs.Length < 2048)
        {
            return GroupBySorting(docs, freqs, norms);
        }

        var sizes = new int[256 * FreqSlots];
        var maxFreqs = new int[sizes.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            var key = KeyOf(docs[i], freqs[i], norms);
            sizes[key]++;
            maxFreqs[key] = Math.Max(maxFreqs[key], freqs[i]);
        }

        var classCount = 0;
        foreach (var size in sizes)
        {
            classCount += size > 0 ? 1 : 0;
        }

        var starts = new int[classCount + 1];
        var classMaxFreqs = new int[classCount];
        var next = new int[sizes.Length];
        var c = 0;
        for (var key = 0; key < sizes.Length; key++)
        {
            if (sizes[key] > 0)
            {
                next[key] = starts[c];
                classMaxFreqs[c] = maxFreqs[key];
                starts[c + 1] = starts[c] + sizes[key];
                c++;
            }
        }

        var grouped = new int[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            grouped[next[KeyOf(docs[i], freqs[i], norms)]++] = docs[i];
        }

        return new ImpactClasses(starts, classMaxFreqs, grouped);
    }

    internal static ImpactClasses GroupBySorting(ReadOnlySpan<int> docs, ReadOnlySpan<int> freqs, byte[] norms)
    {
        var pairs = new long[docs.Length];
        Dictionary<int, int>? largest = null;
        for (var i = 0; i < docs.Length; i++)
        {
            var key = KeyOf(docs[i], freqs[i], norms);
            pairs[i] = ((long)key << 32) | (uint)docs[i];
            if (freqs[i] >= TermDocs.ClassFreqs)
            {
                largest ??= [];
                largest[key] = Math.Max(largest.GetValueOrDefault(key), freqs[i]);
            }
        }

        Array.Sort(pairs);
        var starts = new List<int>();
        var maxFreqs = new List<int>();
        var grouped = new int[pairs.Length];
        var previous = -1L;
        for (var i = 0; i < pairs.Length; i++)
        {
            var key = (int)(pairs[i] >> 32);
            if (key != previous)
            {
                starts.Add(i);
                maxFreqs.Add(largest is not null && largest.TryGetValue(key, out var max) ? max : key % FreqSlots);
                previous = key;
            }

            grouped[i] = (int)pairs[i];
        }

        starts.Add(pairs.Length);
        return new ImpactClasses([.. starts], [.. maxFreqs], grouped);
    }

    private static int KeyOf(int doc, int freq, byte[] norms) =>
        ((norms.Length == 0 ? 0 : norms[doc]) * FreqSlots) + Math.Min(freq, TermDocs.ClassFreqs);
}
