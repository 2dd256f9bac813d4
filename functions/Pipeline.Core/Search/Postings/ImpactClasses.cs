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

    public long SizeInBytes => (Starts.Length + MaxFreqs.Length + Docs.Length) * 4L;

    /// <summary>Groups ascending documents and their frequencies by class, each class staying ascending.</summary>
    public static ImpactClasses Group(ReadOnlySpan<int> docs, ReadOnlySpan<int> freqs, byte[] norms)
    {
        // Sorting (class, document) pairs costs in proportion to the term's documents only, which rare terms need.
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
