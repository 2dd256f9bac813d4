using Lucene.Net.Index;

namespace Pipeline.Core.Search.Postings;

/// <summary>
/// An exact phrase's documents in one segment and how often each has it: the documents having every word (from the
/// words' arrays), then their positions, as Lucene's exact phrase scorer counts them.
/// </summary>
internal static class PhraseDocs
{
    /// <summary>Null when a word is missing from the segment (no document can have the phrase).</summary>
    public static TermDocs? Read(AtomicReader reader, TermLeaf phrase, TermDocs?[] words)
    {
        if (words.Any(word => word is null))
        {
            return null;
        }

        var positions = new DocsAndPositionsEnum[words.Length];
        for (var k = 0; k < words.Length; k++)
        {
            var terms = reader.GetTerms(phrase.Field)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(phrase.Terms[k].Bytes) || terms.DocsAndPositions(null, null) is not { } enumerator)
            {
                return null;
            }

            positions[k] = enumerator;
        }

        var docs = new List<int>();
        var freqs = new List<int>();
        var seen = new int[words.Length][];
        words.MinBy(word => word!.Count)!.ForEachDoc(doc =>
        {
            if (words.Any(word => word!.Freq(doc) == 0))
            {
                return;
            }

            for (var k = 0; k < words.Length; k++)
            {
                positions[k].Advance(doc);
                seen[k] = ReadPositions(positions[k], seen[k]);
            }

            var count = Count(seen, words, phrase.Positions, doc);
            if (count > 0)
            {
                docs.Add(doc);
                freqs.Add(count);
            }
        });

        return TermDocs.FromLists([.. docs], [.. freqs], SegmentNorms.For(reader, phrase.Field));
    }

    private static int[] ReadPositions(DocsAndPositionsEnum enumerator, int[]? buffer)
    {
        var freq = enumerator.Freq;
        var result = buffer is not null && buffer.Length > freq ? buffer : new int[Math.Max(freq + 1, 16)];
        for (var i = 0; i < freq; i++)
        {
            result[i] = enumerator.NextPosition();
        }

        result[freq] = int.MaxValue;
        return result;
    }

    /// <summary>How many places the first word stands where every other word stands at its offset from it.</summary>
    private static int Count(int[][] seen, TermDocs?[] words, int[] offsets, int doc)
    {
        var count = 0;
        var first = seen[0];
        for (var i = 0; first[i] != int.MaxValue; i++)
        {
            var start = first[i] - offsets[0];
            var all = true;
            for (var k = 1; k < seen.Length && all; k++)
            {
                all = Contains(seen[k], words[k]!.Freq(doc), start + offsets[k]);
            }

            count += all ? 1 : 0;
        }

        return count;
    }

    private static bool Contains(int[] positions, int length, int position) => Array.BinarySearch(positions, 0, length, position) >= 0;
}
